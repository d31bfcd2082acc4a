import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from '@/lib/browser';
import { browser } from '@/lib/browser';
import { okReply } from '@/lib/messaging/contract';
import { forgetEditorTab } from './editor';
import { classifySender } from './sender';
import { onMessage } from './handlers';

const S1 = '0b6f3f1e-3c1a-4f6e-9d2b-7a8c9e0f1a2b';
const S2 = '9f1d2c3b-4a5e-4f60-8a7b-6c5d4e3f2a1b';
const FRAME_URL = browser.runtime.getURL('/note-frame.html');

const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false, url: 'https://news.example/a' });
/** The content script of tab `id`'s top frame. */
const page = (id: number): Runtime.MessageSender => ({ tab: tab(id), frameId: 0, url: 'https://news.example/a' });
/** The note frame embedded in tab `id`. */
const frame = (id: number, url = `${FRAME_URL}#${S1}`, frameId = 7, documentId?: string): Runtime.MessageSender =>
  ({ tab: tab(id), frameId, url, ...(documentId ? { documentId } : {}) }) as Runtime.MessageSender;

async function send(msg: Record<string, unknown>, sender: Runtime.MessageSender) {
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
  const noteFrameTab = (sender: Runtime.MessageSender) => {
    try {
      const s = classifySender(sender);
      return s.from === 'note-frame' ? s.tabId : null;
    } catch {
      return null;
    }
  };
  it('is our note-frame page inside a tab, nothing else', () => {
    expect(noteFrameTab(frame(3))).toBe(3);
    expect(noteFrameTab(frame(3, FRAME_URL))).toBe(3);
    expect(noteFrameTab({ url: `${FRAME_URL}#${S1}` })).toBeNull(); // not in a tab
    expect(noteFrameTab(frame(3, browser.runtime.getURL('/library.html')))).toBeNull();
    expect(noteFrameTab(frame(3, browser.runtime.getURL('/note-frame.html.evil')))).toBeNull();
    expect(noteFrameTab(frame(3, 'https://evil.example/note-frame.html'))).toBeNull();
    expect(noteFrameTab(page(3))).toBeNull();
    // note-frame.html opened as a tab's top document is not an embedded editor.
    expect(noteFrameTab(frame(3, FRAME_URL, 0))).toBeNull();
  });
});

describe('editor requests', () => {
  it('the frame starts from the text its own tab opened the session with', async () => {
    expect(await send({ type: 'editor/open', session: S1, text: 'old note', label: 'Note' }, page(1))).toEqual(okReply(null));
    expect(await send({ type: 'editor/init', session: S1 }, frame(1))).toEqual(okReply({ text: 'old note', label: 'Note', view: false }));
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
    await send({ type: 'editor/init', session: S1 }, frame(1)); // the frame reads its text first
    expect(await send({ type: 'editor/draft', session: S1, text: 'half' }, frame(1))).toEqual(okReply(null));
    expect(await send({ type: 'editor/save', session: S1, text: 'whole' }, frame(1))).toEqual(okReply({ saved: true }));
    expect(await send({ type: 'editor/cancel', session: S1 }, frame(1))).toEqual(okReply(null));
    expect(relayed).toEqual([
      { tabId: 1, msg: { type: 'editor/draft', session: S1, text: 'half' }, options: { frameId: 0 } },
      { tabId: 1, msg: { type: 'editor/save', session: S1, text: 'whole' }, options: { frameId: 0 } },
      { tabId: 1, msg: { type: 'editor/cancel', session: S1 }, options: { frameId: 0 } },
    ]);
    // A frame that loads again starts from the last text it sent (a refused save keeps the editor open).
    expect(await send({ type: 'editor/init', session: S1 }, frame(1))).toEqual(okReply({ text: 'whole', label: 'Note', view: false }));
  });

  it('a session belongs to the first frame that reads it; reopening hands it to the reloaded frame', async () => {
    await send({ type: 'editor/open', session: S1, text: 'mine', label: 'Note' }, page(1));
    expect(await send({ type: 'editor/init', session: S1 }, frame(1, undefined, 7, 'doc-A'))).toMatchObject({ ok: true });
    // Another frame of the same tab, or another document in the same frame, gets nothing and drives nothing.
    for (const other of [frame(1, undefined, 8, 'doc-B'), frame(1, undefined, 7, 'doc-C')]) {
      expect(await send({ type: 'editor/init', session: S1 }, other)).toMatchObject({ ok: false });
      expect(await send({ type: 'editor/save', session: S1, text: 'x' }, other)).toMatchObject({ ok: false });
      expect(await send({ type: 'editor/cancel', session: S1 }, other)).toMatchObject({ ok: false });
    }
    expect(relayed).toEqual([]);
    // The frame reloaded: the content script opens the session again with its draft.
    await send({ type: 'editor/open', session: S1, text: 'mine, more', label: 'Note' }, page(1));
    expect(await send({ type: 'editor/init', session: S1 }, frame(1, undefined, 7, 'doc-C'))).toEqual(okReply({ text: 'mine, more', label: 'Note', view: false }));
    // Another tab cannot open (take over) a session of this tab.
    expect(await send({ type: 'editor/open', session: S1, text: 'x', label: 'Note' }, page(2))).toMatchObject({ ok: false });
  });

  it('a view session shows a saved note: it closes, but never drafts, saves or reports a size', async () => {
    await send({ type: 'editor/open', session: S2, text: 'saved note', label: 'Your note', view: true }, page(1));
    const viewer = frame(1, `${FRAME_URL}#${S2}`);
    expect(await send({ type: 'editor/init', session: S2 }, viewer)).toEqual(okReply({ text: 'saved note', label: 'Your note', view: true }));
    expect(await send({ type: 'editor/save', session: S2, text: 'x' }, viewer)).toMatchObject({ ok: false });
    expect(await send({ type: 'editor/draft', session: S2, text: 'x' }, viewer)).toMatchObject({ ok: false });
    expect(await send({ type: 'editor/size', session: S2, height: 40 }, viewer)).toMatchObject({ ok: false, error: expect.stringMatching(/Unknown message type "editor\/size"/) });
    expect(await send({ type: 'editor/cancel', session: S2 }, viewer)).toEqual(okReply(null));
    expect(relayed.map((r) => r.msg)).toEqual([{ type: 'editor/cancel', session: S2 }]);
  });

  it('after a worker restart (session unknown) events are still relayed: the content script knows its sessions', async () => {
    expect(await send({ type: 'editor/save', session: S2, text: 'kept' }, frame(1))).toEqual(okReply({ saved: true }));
    expect(relayed).toEqual([{ tabId: 1, msg: { type: 'editor/save', session: S2, text: 'kept' }, options: { frameId: 0 } }]);
    expect(await send({ type: 'editor/init', session: S2 }, frame(1))).toMatchObject({ ok: false });
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
