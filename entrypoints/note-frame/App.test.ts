// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import type { VisibilityGate } from '@/lib/dom/visibility';

const sent: { type: string; payload: Record<string, unknown> }[] = [];
let saveResult: { saved: boolean } | Error = { saved: true };
let start: { text: string; label: string; view?: boolean } | null = { text: 'old note', label: 'Note' };
vi.mock('@/lib/messaging/client', () => ({
  sendToBackground: async (type: string, payload: Record<string, unknown>) => {
    sent.push({ type, payload });
    if (type === 'editor/init') {
      if (!start) throw new Error('This note editor is closed.');
      return start;
    }
    if (type === 'editor/save') {
      if (saveResult instanceof Error) throw saveResult;
      return saveResult;
    }
    return null;
  },
}));

const { NoteFrameApp } = await import('./App');

/** The clickjacking guard, as the test decides: seen (the default) or covered. */
let seen = true;
const gate: VisibilityGate = { whenSeen: async () => seen, dispose: () => undefined };

const ID = '0b6f3f1e-3c1a-4f6e-9d2b-7a8c9e0f1a2b';
let host: HTMLElement;
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

beforeEach(() => {
  sent.length = 0;
  saveResult = { saved: true };
  start = { text: 'old note', label: 'Note' };
  seen = true;
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

async function mount(session: string | null) {
  await act(() => render(h(NoteFrameApp, { session, gate }), host));
  await settle();
  return host.querySelector('textarea');
}

describe('NoteFrameApp', () => {
  it('starts from the session\'s text, focused; reports drafts; Ctrl+Enter saves; Esc cancels', async () => {
    const ta = (await mount(ID))!;
    expect(sent[0]).toEqual({ type: 'editor/init', payload: { session: ID } });
    expect(ta.value).toBe('old note');
    expect(ta.getAttribute('aria-label')).toBe('Note');
    expect(document.title).toBe('Note'); // the session's label names the frame's document
    expect(document.activeElement).toBe(ta);
    ta.value = 'old note, and more';
    await act(() => {
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    await settle();
    // Sent only once the shortcut's key is up: the frame closes on save, and the page must not get the key-up.
    expect(sent.map((m) => m.type)).toEqual(['editor/init', 'editor/draft']);
    ta.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true }));
    await settle();
    await act(() => {
      ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    ta.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape', bubbles: true }));
    await settle();
    expect(sent.slice(1)).toEqual([
      { type: 'editor/draft', payload: { session: ID, text: 'old note, and more' } },
      { type: 'editor/save', payload: { session: ID, text: 'old note, and more' } },
      { type: 'editor/cancel', payload: { session: ID } },
    ]);
  });

  it('a save the page refused leaves the text editable; an unreachable background is shown here', async () => {
    saveResult = { saved: false };
    const ta = (await mount(ID))!;
    const saveButton = () => host.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    await act(() => saveButton().click());
    await settle();
    expect(saveButton().disabled).toBe(false);
    saveResult = new Error('Claimlight could not reach its background. Nothing was saved; please try again.');
    await act(() => saveButton().click());
    await settle();
    expect(saveButton().disabled).toBe(false);
    expect(host.querySelector('[role="status"]')!.textContent).toMatch(/could not reach/);
    expect(ta.value).toBe('old note');
    // The text that did not reach the page is reported again as the draft.
    expect(sent.at(-1)).toEqual({ type: 'editor/draft', payload: { session: ID, text: 'old note' } });
  });

  it('a view session shows the saved note as text (never HTML), tells nothing of its size, and Esc closes it', async () => {
    start = { text: 'my <b>private</b>\nnote', label: 'Your note', view: true };
    expect(await mount(ID)).toBeNull();
    const view = host.querySelector('.cl-noteview')!;
    expect(view.textContent).toBe('my <b>private</b>\nnote');
    expect(view.querySelector('b')).toBeNull();
    expect(document.title).toBe('Your note');
    expect(host.querySelector('button')).toBeNull();
    expect(sent.map((m) => m.type)).toEqual(['editor/init']);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape' })); // sent once the key is up
    await settle();
    expect(sent.at(-1)).toEqual({ type: 'editor/cancel', payload: { session: ID } });
  });

  it('while editing, Esc cancels once from the textarea and also with focus on the frame\'s body; the key listener is not re-added on every render', async () => {
    const ta = (await mount(ID))!;
    const add = vi.spyOn(window, 'addEventListener');
    try {
      saveResult = { saved: false };
      await act(() => host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click()); // busy: re-renders
      await settle();
      expect(add.mock.calls.filter(([type]) => type === 'keydown')).toEqual([]);
    } finally {
      add.mockRestore();
    }
    const cancels = () => sent.filter((m) => m.type === 'editor/cancel').length;
    ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    ta.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape', bubbles: true }));
    await settle();
    expect(cancels()).toBe(1);
    ta.blur();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape', bubbles: true }));
    await settle();
    expect(cancels()).toBe(2);
  });

  it('Esc closes a frame that could not load its session', async () => {
    start = null;
    vi.useFakeTimers();
    try {
      await act(() => render(h(NoteFrameApp, { session: ID, gate }), host));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })); // while loading
      await act(async () => {
        await vi.runAllTimersAsync();
      });
      expect(host.querySelector('[role="alert"]')!.textContent).toMatch(/closed/);
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })); // failed
      await act(async () => {
        await vi.runAllTimersAsync();
      });
    } finally {
      vi.useRealTimers();
    }
    expect(sent.filter((m) => m.type === 'editor/cancel')).toEqual([
      { type: 'editor/cancel', payload: { session: ID } },
      { type: 'editor/cancel', payload: { session: ID } },
    ]);
  });

  it('a save while the frame was not seen (covered, transparent) is not sent, and says why', async () => {
    seen = false;
    await mount(ID);
    await act(() => host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    await settle();
    expect(sent.map((m) => m.type)).not.toContain('editor/save');
    expect(host.querySelector('[role="status"]')!.textContent).toMatch(/not fully visible/);
    expect(host.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(false);
  });

  it('without a valid session it says so and shows no editor', async () => {
    expect(await mount(null)).toBeNull();
    expect(host.querySelector('[role="alert"]')!.textContent).toMatch(/no session/);
    expect(sent).toEqual([]);
  });
});
