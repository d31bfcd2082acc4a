import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from '@/lib/browser';
import { browser } from '@/lib/browser';
import { okReply, type BackgroundMessage } from '@/lib/messaging/contract';
import { forgetEditorTab, noteFrameTab } from './editor';
import { onMessage } from './handlers';

const S1 = '0b6f3f1e-3c1a-4f6e-9d2b-7a8c9e0f1a2b';
const S2 = '9f1d2c3b-4a5e-4f60-8a7b-6c5d4e3f2a1b';
const FRAME_URL = browser.runtime.getURL('/note-frame.html');

const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false, url: 'https://news.example/a' });
/** The content script of tab `id`'s top frame. */
const page = (id: number): Runtime.MessageSender => ({ tab: tab(id), frameId: 0, url: 'https://news.example/a' });
/** The note frame embedded in tab `id`. */
const frame = (id: number, url = `${FRAME_URL}#${S1}`): Runtime.MessageSender => ({ tab: tab(id), frameId: 7, url });

async function send(msg: BackgroundMessage | Record<string, unknown>, sender: Runtime.MessageSender) {
  return onMessage(msg, sender);
}

let relayed: { tabId: number; msg: unknown; options: unknown }[];
beforeEach(() => {
  relayed = [];
  vi.spyOn(console, 'warn').mockImplementation(() => {}); // refusals are logged by onMessage
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (tabId: number, msg: unknown, options?: unknown) => {
    relayed.push({ tabId, msg, options });
    return okReply((msg as { type: string }).type === 'editor/save' ? { saved: true } : null);
  }) as typeof browser.tabs.sendMessage);
});
afterEach(() => {
  vi.restoreAllMocks();
  forgetEditorTab(1);
  forgetEditorTab(2);
});

describe('note frame sender', () => {
  it('is our note-frame page inside a tab, nothing else', () => {
    expect(noteFrameTab(frame(3))).toBe(3);
    expect(noteFrameTab(frame(3, FRAME_URL))).toBe(3);
    expect(noteFrameTab({ url: `${FRAME_URL}#${S1}` })).toBeNull(); // not in a tab
    expect(noteFrameTab(frame(3, browser.runtime.getURL('/library.html')))).toBeNull();
    expect(noteFrameTab(frame(3, browser.runtime.getURL('/note-frame.html.evil')))).toBeNull();
    expect(noteFrameTab(frame(3, 'https://evil.example/note-frame.html'))).toBeNull();
    expect(noteFrameTab(page(3))).toBeNull();
  });
});

describe('editor requests', () => {
  it('the frame starts from the text its own tab opened the session with', async () => {
    expect(await send({ type: 'editor/open', session: S1, text: 'old note', label: 'Note' }, page(1))).toEqual(okReply(null));
    expect(await send({ type: 'editor/init', session: S1 }, frame(1))).toEqual(okReply({ text: 'old note', label: 'Note' }));
    // Another tab's frame (a page that embedded our frame and guessed the id) gets nothing.
    expect(await send({ type: 'editor/init', session: S1 }, frame(2))).toMatchObject({ ok: false });
    // An unknown session gets nothing either.
    expect(await send({ type: 'editor/init', session: S2 }, frame(1))).toMatchObject({ ok: false });
  });

  it('only a page\'s top-frame content script opens sessions; frames and extension pages cannot', async () => {
    expect(await send({ type: 'editor/open', session: S1, text: 'x', label: 'Note' }, frame(1))).toMatchObject({ ok: false });
    expect(await send({ type: 'editor/open', session: S1, text: 'x', label: 'Note' }, { ...page(1), frameId: 3 })).toMatchObject({ ok: false });
    expect(await send({ type: 'editor/open', session: S1, text: 'x', label: 'Note' }, { url: browser.runtime.getURL('/popup.html') })).toMatchObject({ ok: false });
    expect(await send({ type: 'editor/init', session: S1 }, frame(1))).toMatchObject({ ok: false });
  });

  it('relays draft, save and cancel to the top frame of the frame\'s own tab, and keeps the latest draft', async () => {
    await send({ type: 'editor/open', session: S1, text: '', label: 'Note' }, page(1));
    expect(await send({ type: 'editor/draft', session: S1, text: 'half' }, frame(1))).toEqual(okReply(null));
    expect(await send({ type: 'editor/save', session: S1, text: 'whole' }, frame(1))).toEqual(okReply({ saved: true }));
    expect(await send({ type: 'editor/cancel', session: S1 }, frame(1))).toEqual(okReply(null));
    expect(relayed).toEqual([
      { tabId: 1, msg: { type: 'editor/draft', session: S1, text: 'half' }, options: { frameId: 0 } },
      { tabId: 1, msg: { type: 'editor/save', session: S1, text: 'whole' }, options: { frameId: 0 } },
      { tabId: 1, msg: { type: 'editor/cancel', session: S1 }, options: { frameId: 0 } },
    ]);
    // A frame that loads again starts from the draft.
    expect(await send({ type: 'editor/init', session: S1 }, frame(1))).toEqual(okReply({ text: 'half', label: 'Note' }));
  });

  it('refuses frame events from anyone but a note frame, and relays nothing for them', async () => {
    for (const sender of [page(1), { url: browser.runtime.getURL('/library.html') }, { url: `${FRAME_URL}#${S1}` }]) {
      expect(await send({ type: 'editor/save', session: S1, text: 'x' }, sender)).toMatchObject({ ok: false });
      expect(await send({ type: 'editor/draft', session: S1, text: 'x' }, sender)).toMatchObject({ ok: false });
      expect(await send({ type: 'editor/cancel', session: S1 }, sender)).toMatchObject({ ok: false });
    }
    expect(relayed).toEqual([]);
  });

  it('forgets a session when its tab closes it (not when another tab asks) or when the tab goes away', async () => {
    await send({ type: 'editor/open', session: S1, text: 'a', label: 'Note' }, page(1));
    await send({ type: 'editor/close', session: S1 }, page(2));
    expect(await send({ type: 'editor/init', session: S1 }, frame(1))).toMatchObject({ ok: true });
    await send({ type: 'editor/close', session: S1 }, page(1));
    expect(await send({ type: 'editor/init', session: S1 }, frame(1))).toMatchObject({ ok: false });
    await send({ type: 'editor/open', session: S2, text: 'b', label: 'Note' }, page(1));
    forgetEditorTab(1);
    expect(await send({ type: 'editor/init', session: S2 }, frame(1))).toMatchObject({ ok: false });
  });

  it('passes on the content script\'s refusal', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: false, error: 'This note editor is closed.' });
    expect(await send({ type: 'editor/save', session: S1, text: 'x' }, frame(1))).toEqual({ ok: false, error: 'This note editor is closed.' });
  });
});
