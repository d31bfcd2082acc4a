// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import type { Annotation, Kind } from '@/lib/model';
import type { AnnotationPatch, SelectionAction } from '@/lib/messaging/contract';
import { InPageView } from '@/components/inpage/InPageView';
import type { PageItem } from '../items';
import { FOCUS_TARGETS } from './focus-targets';
import { InPageController } from './controller';
import { HOVER_OPEN_MS } from './card-opening';
import type { Timers } from './in-page-state';
import type { EditorFrames } from './note-sessions';
import type { UiSession } from '../session-api';

function annotation(id: string, over: Partial<Annotation> = {}): Annotation {
  return {
    id, pageKey: 'k', url: 'https://news.example/a', title: 'T', kind: 'quote', source: 'auto', exact: 'said words', selectors: [],
    note: '', tags: [], color: null, speaker: 'Jane Doe', disputedBy: null, claimant: null, reason: 'attributed by "said"',
    dismissed: false, createdAt: 1, updatedAt: 1, ...over,
  };
}

const autoQuote: PageItem = {
  id: 'auto-quote-1', kind: 'quote', source: 'auto', text: 'said words', speaker: 'Jane Doe', disputedBy: null, claimant: null,
  reason: 'attributed by "said"', note: '', saved: false, orphan: false, annotation: null, finding: null,
};

/** A session double that repaints the way the real one does: fresh mark elements on every paint. */
class FakeSession implements UiSession {
  items: PageItem[] = [autoQuote];
  calls: string[] = [];
  selectionSeen: string[] = [];
  onPainted: (items: PageItem[]) => void = () => {};
  private n = 0;

  get currentItems() {
    return this.items;
  }

  paint() {
    const p = document.getElementById('p')!;
    p.textContent = '';
    p.append('Alpha ');
    for (const item of this.items) {
      const m = document.createElement('mark');
      m.className = 'claimlight-mark';
      m.setAttribute('data-claimlight-id', item.id);
      m.setAttribute('data-claimlight-kind', item.kind);
      m.tabIndex = -1;
      m.textContent = item.text;
      p.append(m);
    }
    p.append(' tail');
    this.onPainted(this.items);
  }

  createFails: string | null = null;
  /** When set, a create waits for it (a slow save). */
  createGate: Promise<void> | null = null;

  async createFromSelection(action: SelectionAction, note = '') {
    this.calls.push(`create:${action}:${note}`);
    this.selectionSeen.push(document.getSelection()?.toString() ?? '');
    if (this.createGate) await this.createGate;
    if (this.createFails) return { ok: false, message: this.createFails };
    const a = annotation(`user-${++this.n}`, { source: 'user', kind: 'highlight', exact: 'Alpha', note, speaker: null, reason: null });
    this.items = [...this.items, { ...autoQuote, id: a.id, kind: 'highlight', source: 'user', text: 'new', note, saved: true, annotation: a }];
    document.getSelection()?.removeAllRanges();
    this.paint();
    return { ok: true, annotation: a };
  }

  async keep(id: string, patch: AnnotationPatch) {
    this.calls.push(`keep:${id}:${JSON.stringify(patch)}`);
    const item = this.items.find((i) => i.id === id);
    if (!item) return null;
    const a = item.annotation ? { ...item.annotation, ...patch } as Annotation : annotation(`saved-${++this.n}`, { ...patch } as Partial<Annotation>);
    this.items = a.dismissed
      ? this.items.filter((i) => i.id !== id)
      : this.items.map((i) => (i.id === id ? { ...i, id: a.id, kind: a.kind, note: a.note, saved: true, annotation: a } : i));
    this.paint();
    return a;
  }

  async remove(id: string) {
    this.calls.push(`remove:${id}`);
    const item = this.items.find((i) => i.id === id);
    this.items = this.items.filter((i) => i.id !== id);
    this.paint();
    return item?.annotation ? [item.annotation] : [];
  }

  async restore(records: Annotation[]) {
    this.calls.push(`restore:${records.map((r) => r.id).join(',')}`);
  }
}

class FakeTimers implements Timers {
  private next = 1;
  pending = new Map<number, () => void>();
  set(fn: () => void) {
    const id = this.next++;
    this.pending.set(id, fn);
    return id;
  }
  clear(id: number | undefined) {
    if (id !== undefined) this.pending.delete(id);
  }
  flush() {
    const fns = [...this.pending.values()];
    this.pending.clear();
    fns.forEach((f) => f());
  }
}

/** Editor sessions as the background would see them. */
class FakeEditors implements EditorFrames {
  opened: { session: string; text: string; label: string; view?: boolean }[] = [];
  reopened: { session: string; text: string }[] = [];
  closed: string[] = [];
  private n = 0;
  open(text: string, label: string, view = false, again?: string) {
    if (again) {
      this.reopened.push({ session: again, text });
      return again;
    }
    const session = `00000000-0000-4000-8000-${String(++this.n).padStart(12, '0')}`;
    this.opened.push({ session, text, label, ...(view ? { view } : {}) });
    return session;
  }
  close(session: string) {
    this.closed.push(session);
  }
  src(session: string) {
    return `about:blank#${session}`; // the real one: chrome-extension://…/note-frame.html#<session>
  }
  get last() {
    return this.opened.at(-1)!.session;
  }
}

let session: FakeSession;
let editors: FakeEditors;
let timers: FakeTimers;
let ui: HTMLElement;
let copied: string[];
let c: InPageController;

const settle = () => new Promise((r) => setTimeout(r, 0));
const mark = () => document.querySelector<HTMLElement>('mark[data-claimlight-id]')!;
const button = (name: string) =>
  [...ui.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
const card = () => ui.querySelector<HTMLElement>('[role="dialog"]');

/** What the card's visibility guard answers (lib/dom/visibility.ts in the product). */
let cardSeen = true;

beforeEach(() => {
  cardSeen = true;
  // happy-dom has no layout: give ranges and marks a place in the viewport.
  const rect = { left: 100, top: 200, right: 300, bottom: 220, width: 200, height: 20, x: 100, y: 200, toJSON: () => ({}) } as DOMRect;
  Range.prototype.getBoundingClientRect = () => rect;
  document.body.innerHTML = '<p id="p"></p><div id="ui" data-claimlight-ui></div>';
  ui = document.getElementById('ui')!;
  session = new FakeSession();
  timers = new FakeTimers();
  editors = new FakeEditors();
  copied = [];
  c = new InPageController({
    session: () => session,
    show: (view) => render(h(InPageView, view), ui),
    copy: async (t) => {
      copied.push(t);
      return true;
    },
    page: () => ({ title: 'Talks resume', url: 'https://news.example/a' }),
    focusIn: (what) => {
      const el = FOCUS_TARGETS[what].map((sel) => ui.querySelector<HTMLElement>(sel)).find(Boolean);
      el?.focus();
      return !!el;
    },
    timers,
    doc: document,
    editors,
    cardSeen: async () => cardSeen,
  });
  session.onPainted = (items) => c.update(items);
  session.paint();
});

afterEach(() => {
  c.dispose();
  render(null, ui);
});

function selectAlpha(): Range {
  const r = document.createRange();
  const text = document.getElementById('p')!.firstChild!;
  r.setStart(text, 0);
  r.setEnd(text, 5);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(r);
  return r;
}

describe('selection toolbar', () => {
  it('appears for a selection, saves a highlight and goes away; hides when the selection collapses', async () => {
    c.selectionChanged(selectAlpha());
    expect(ui.querySelector('[role="toolbar"]')).toBeTruthy();
    button('Highlight')!.click();
    await settle();
    expect(session.calls).toEqual(['create:highlight:']);
    expect(ui.querySelector('[role="toolbar"]')).toBeNull();

    c.selectionChanged(selectAlpha());
    expect(ui.querySelector('[role="toolbar"]')).toBeTruthy();
    c.selectionChanged(null);
    expect(ui.querySelector('[role="toolbar"]')).toBeNull();
  });

  it('Note: the editor frame in place; its save puts the selection back for the session and saves the note', async () => {
    c.selectionChanged(selectAlpha());
    button('Note')!.click();
    const frame = ui.querySelector('iframe')!;
    expect(editors.opened).toEqual([{ session: editors.last, text: '', label: 'Note' }]);
    expect(frame.getAttribute('src')).toBe(`about:blank#${editors.last}`);
    expect(frame.title).toBe('Claimlight: write a note');
    expect(ui.querySelector('textarea')).toBeNull();
    // Typing in the frame takes the page selection away; the toolbar must survive that.
    document.getSelection()!.removeAllRanges();
    c.selectionChanged(null);
    expect(ui.querySelector('iframe')).toBe(frame);
    expect(await c.editorEvent({ type: 'editor/draft', session: editors.last, text: 'check' })).toBeNull();
    expect(await c.editorEvent({ type: 'editor/save', session: editors.last, text: 'check this' })).toEqual({ saved: true });
    expect(session.calls).toEqual(['create:note:check this']);
    expect(session.selectionSeen).toEqual(['Alpha']);
    expect(ui.querySelector('iframe')).toBeNull();
    expect(editors.closed).toEqual([editors.last]);
  });

  it('a failed save keeps the editor and the draft, and says why', async () => {
    session.createFails = 'That text changed.';
    c.selectionChanged(selectAlpha());
    button('Note')!.click();
    const s1 = editors.last;
    expect(await c.editorEvent({ type: 'editor/save', session: s1, text: 'keep me' })).toEqual({ saved: false });
    expect(ui.querySelector('iframe')).toBeTruthy();
    expect(ui.querySelector('[role="status"]')!.textContent).toBe('That text changed.');
    expect(editors.closed).toEqual([]);
    // The words are not thrown away by an outside click or Esc either.
    c.pointerDownOutside(false);
    expect(c.escape()).toBe(false);
    expect(ui.querySelector('iframe')).toBeTruthy();
  });

  it('cancel from the frame closes the toolbar and its session', async () => {
    c.selectionChanged(selectAlpha());
    button('Note')!.click();
    await c.editorEvent({ type: 'editor/cancel', session: editors.last });
    expect(ui.querySelector('[role="group"]')).toBeNull();
    expect(editors.closed).toEqual([editors.last]);
  });

  it('ignores editor events for sessions it did not open (or has closed)', async () => {
    c.selectionChanged(selectAlpha());
    button('Note')!.click();
    const open = editors.last;
    const forged = '11111111-2222-4333-8444-555555555555';
    await expect(c.editorEvent({ type: 'editor/save', session: forged, text: 'x' })).rejects.toThrow(/closed/);
    await expect(c.editorEvent({ type: 'editor/cancel', session: forged })).rejects.toThrow(/closed/);
    expect(session.calls).toEqual([]);
    expect(ui.querySelector('iframe')).toBeTruthy();
    await c.editorEvent({ type: 'editor/cancel', session: open });
    await expect(c.editorEvent({ type: 'editor/save', session: open, text: 'late' })).rejects.toThrow(/closed/);
    expect(session.calls).toEqual([]);
  });

  it('a double save makes one annotation; the second is refused with a message', async () => {
    let release!: () => void;
    session.createGate = new Promise<void>((r) => (release = r));
    c.selectionChanged(selectAlpha());
    button('Note')!.click();
    const s1 = editors.last;
    const first = c.editorEvent({ type: 'editor/save', session: s1, text: 'once' });
    expect(await c.editorEvent({ type: 'editor/save', session: s1, text: 'once' })).toEqual({ saved: false });
    expect(ui.querySelector('[role="status"]')!.textContent).toMatch(/Still saving/);
    release();
    expect(await first).toEqual({ saved: true });
    expect(session.calls).toEqual(['create:note:once']);
  });

  it('after a note is saved focus goes to its new mark (without opening its card); a cancel leaves the selection', async () => {
    c.selectionChanged(selectAlpha());
    button('Note')!.click();
    await c.editorEvent({ type: 'editor/save', session: editors.last, text: 'mine' });
    const mine = document.querySelector<HTMLElement>('mark[data-claimlight-id="user-1"]')!;
    expect(document.activeElement).toBe(mine);
    c.focusMark(mine); // the focus event our own focus() caused
    expect(card()).toBeNull();

    const r = selectAlpha();
    c.selectionChanged(r);
    button('Note')!.click();
    document.getSelection()!.removeAllRanges(); // typing in the frame took it away
    await c.editorEvent({ type: 'editor/cancel', session: editors.last });
    expect(ui.querySelector('iframe')).toBeNull();
    expect(document.getSelection()!.toString()).toBe('Alpha');
  });

  it('a cancelled toolbar note gives focus back to what had it before the selection, not to <body>', async () => {
    const before = document.createElement('button');
    document.body.prepend(before);
    before.focus();
    c.selectionChanged(selectAlpha());
    button('Note')!.click();
    ui.querySelector('iframe')!.focus();
    await c.editorEvent({ type: 'editor/cancel', session: editors.last });
    expect(ui.querySelector('iframe')).toBeNull();
    expect(document.activeElement).toBe(before);
    expect(document.getSelection()!.toString()).toBe('Alpha');
  });

  it('with nothing focused before, a cancelled toolbar note focuses the selection\'s nearest focusable ancestor', async () => {
    const p = document.getElementById('p')!;
    p.tabIndex = -1;
    c.selectionChanged(selectAlpha());
    button('Note')!.click();
    ui.querySelector('iframe')!.focus();
    await c.editorEvent({ type: 'editor/cancel', session: editors.last });
    expect(document.activeElement).toBe(p);
    expect(document.getSelection()!.toString()).toBe('Alpha');
  });

  it('leaving the page closes the toolbar, the card and their sessions', () => {
    c.selectionChanged(selectAlpha());
    button('Note')!.click();
    c.pageHidden();
    expect(ui.querySelector('iframe')).toBeNull();
    expect(editors.closed).toEqual([editors.last]);
  });

  it('Esc closes the toolbar', () => {
    c.selectionChanged(selectAlpha());
    expect(c.escape()).toBe(true);
    expect(ui.querySelector('[role="toolbar"]')).toBeNull();
  });
});

describe('annotation card', () => {
  it('opens after the hover delay, stays while the pointer is on it, closes after leaving', () => {
    c.hoverMark(mark());
    expect(card()).toBeNull();
    expect([...timers.pending.keys()].length).toBe(1);
    timers.flush();
    expect(card()!.textContent).toContain('Said by Jane Doe');
    expect(card()!.textContent).toContain('Why: attributed by "said"');
    c.leaveMark();
    c.cardPointer(true);
    timers.flush();
    expect(card()).toBeTruthy();
    c.cardPointer(false);
    timers.flush();
    expect(card()).toBeNull();
    expect(HOVER_OPEN_MS).toBeGreaterThan(0);
  });

  it('a mark that comes under a still pointer does not replace a card the reader opened; a real move does', () => {
    session.items = [autoQuote, { ...autoQuote, id: 'q2', text: 'other words', speaker: 'Donald Trump' }];
    session.paint();
    c.clickMark(mark());
    const other = document.querySelector<HTMLElement>('mark[data-claimlight-id="q2"]')!;
    // The card shrank after a save and the page's words slid under the pointer.
    c.hoverMark(other, false);
    timers.flush();
    expect(c.cardId).toBe('auto-quote-1');
    c.hoverMark(other, true);
    timers.flush();
    expect(c.cardId).toBe('q2');
  });

  it('editing the note of an auto-finding keeps it and follows its new id', async () => {
    c.clickMark(mark());
    button('Add note')!.click();
    expect(card()!.querySelector('iframe')!.title).toBe('Claimlight: edit the note');
    expect(editors.opened).toEqual([{ session: editors.last, text: '', label: 'Note' }]);
    expect(await c.editorEvent({ type: 'editor/save', session: editors.last, text: 'source?' })).toEqual({ saved: true });
    expect(session.calls).toEqual(['keep:auto-quote-1:{"note":"source?"}']);
    expect(c.cardId).toBe('saved-1');
    // The saved note is shown in a view frame, never as text of the card.
    expect(card()!.textContent).not.toContain('source?');
    expect(editors.opened.at(-1)).toEqual({ session: editors.last, text: 'source?', label: 'Your note', view: true });
    const view = card()!.querySelector('iframe')!;
    expect(view.title).toBe('Your note');
    expect(view.getAttribute('src')).toBe(`about:blank#${editors.last}`);
    expect(card()!.querySelector('[role="status"]')!.textContent).toBe('Note saved.');
    expect(editors.closed).toEqual([editors.opened[0]!.session]);
    // Focus is back in the card.
    expect(document.activeElement).toBe(button('Edit note'));
    expect(button('Delete')).toBeTruthy();
    // Editing again starts the frame from the saved note, in a new session; the view's session closes.
    const viewSession = editors.last;
    button('Edit note')!.click();
    expect(editors.opened.at(-1)).toEqual({ session: editors.last, text: 'source?', label: 'Note' });
    expect(editors.last).not.toBe(editors.opened[0]!.session);
    expect(editors.closed).toContain(viewSession);
    expect(card()!.querySelectorAll('iframe').length).toBe(1);
  });

  it('the view frame of a saved note has one size whatever the note, and Esc in it closes the card; it cannot save', async () => {
    const saved = annotation('a1', { source: 'user', kind: 'highlight', note: 'my secret doubt' });
    session.items = [{ ...autoQuote, id: 'a1', kind: 'highlight', source: 'user', note: 'my secret doubt', saved: true, annotation: saved }];
    session.paint();
    const m = mark();
    c.clickMark(m);
    expect(document.body.textContent).not.toContain('my secret doubt');
    const viewer = editors.last;
    expect(editors.opened).toEqual([{ session: viewer, text: 'my secret doubt', label: 'Your note', view: true }]);
    expect(card()!.querySelector('iframe')!.getAttribute('style')).toBeNull(); // sized by the stylesheet alone
    await expect(c.editorEvent({ type: 'editor/save', session: viewer, text: 'pwned' })).rejects.toThrow(/read-only/);
    await expect(c.editorEvent({ type: 'editor/draft', session: viewer, text: 'pwned' })).rejects.toThrow(/read-only/);
    expect(session.calls).toEqual([]);
    // The frame reloaded: its session is opened again, with the same note.
    c.view().card!.noteView!.onReload!();
    expect(editors.reopened).toEqual([{ session: viewer, text: 'my secret doubt' }]);
    await c.editorEvent({ type: 'editor/cancel', session: viewer });
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(m);
    expect(editors.closed).toEqual([viewer]);
  });

  it('a reloaded editor frame gets its session again with the latest draft', async () => {
    c.clickMark(mark());
    button('Add note')!.click();
    const s1 = editors.last;
    await c.editorEvent({ type: 'editor/draft', session: s1, text: 'half a' });
    await c.editorEvent({ type: 'editor/draft', session: s1, text: 'half a thought' });
    c.view().card!.editor!.onReload!();
    expect(editors.reopened).toEqual([{ session: s1, text: 'half a thought' }]);
  });

  it('while a note is being written, other annotations on the same words are not offered', async () => {
    document.getElementById('p')!.innerHTML =
      '<mark class="claimlight-mark" data-claimlight-id="auto-quote-1" tabindex="-1">said <mark class="claimlight-mark" data-claimlight-id="auto-claim-2" tabindex="-1">words</mark></mark>';
    session.items = [autoQuote, { ...autoQuote, id: 'auto-claim-2', kind: 'claim' }];
    c.update(session.items);
    c.clickMark(document.querySelector<HTMLElement>('[data-claimlight-id="auto-claim-2"]')!);
    expect(c.view().card!.related.map((r) => r.id)).toEqual(['auto-quote-1']);
    button('Add note')!.click();
    await c.editorEvent({ type: 'editor/draft', session: editors.last, text: 'keep me' });
    expect(c.view().card!.related).toEqual([]);
    c.showRelated('auto-quote-1');
    expect(c.cardId).toBe('auto-claim-2');
    expect(card()!.querySelector('iframe')).toBeTruthy();
    expect(editors.closed).toEqual([]);
  });

  it('a save that arrives while another is on its way is refused, and the card says so', async () => {
    let release!: () => void;
    const keep = session.keep.bind(session);
    session.keep = async (id, patch) => {
      await new Promise<void>((r) => (release = r));
      return keep(id, patch);
    };
    c.clickMark(mark());
    button('Add note')!.click();
    const s1 = editors.last;
    const first = c.editorEvent({ type: 'editor/save', session: s1, text: 'one' });
    expect(await c.editorEvent({ type: 'editor/save', session: s1, text: 'one' })).toEqual({ saved: false });
    expect(card()!.querySelector('[role="status"]')!.textContent).toMatch(/Still saving/);
    release();
    expect(await first).toEqual({ saved: true });
    expect(session.calls).toEqual(['keep:auto-quote-1:{"note":"one"}']);
  });

  it('cancel from the frame leaves editing, returns focus to the card and closes the session', async () => {
    c.clickMark(mark());
    button('Add note')!.click();
    await c.editorEvent({ type: 'editor/cancel', session: editors.last });
    expect(card()).toBeTruthy();
    expect(card()!.querySelector('iframe')).toBeNull();
    expect(document.activeElement).toBe(button('Add note'));
    expect(editors.closed).toEqual([editors.last]);
    expect(session.calls).toEqual([]);
  });

  it('closing the card closes its editor session', () => {
    c.clickMark(mark());
    button('Add note')!.click();
    c.closeCard(true);
    expect(editors.closed).toEqual([editors.last]);
  });

  it('changes the kind', async () => {
    c.clickMark(mark());
    const select = card()!.querySelector('select')!;
    select.value = 'claim' satisfies Kind;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(session.calls).toEqual(['keep:auto-quote-1:{"kind":"claim"}']);
    expect(card()!.getAttribute('aria-label')).toBe('Claimlight: Claim');
    expect(mark().getAttribute('data-claimlight-kind')).toBe('claim');
  });

  it('dismiss hides the finding and offers an undo that forgets the dismissal', async () => {
    c.clickMark(mark());
    button('Dismiss')!.click();
    await settle();
    expect(session.calls).toEqual(['keep:auto-quote-1:{"dismissed":true}']);
    expect(card()).toBeNull();
    expect(document.querySelector('mark')).toBeNull();
    expect(ui.querySelector('.cl-toast')!.textContent).toContain('Dismissed.');
    button('Undo')!.click();
    await settle();
    expect(session.calls.at(-1)).toBe('remove:saved-1');
    expect(ui.querySelector('.cl-toast')).toBeNull();
  });

  it('delete removes a saved annotation with an undo that restores the records', async () => {
    const saved = annotation('a1', { source: 'user', kind: 'highlight', speaker: null, reason: null });
    session.items = [{ ...autoQuote, id: 'a1', kind: 'highlight', source: 'user', speaker: null, reason: null, saved: true, annotation: saved }];
    session.paint();
    c.clickMark(mark());
    expect(button('Dismiss')).toBeUndefined();
    button('Delete')!.click();
    await settle();
    expect(card()).toBeNull();
    expect(ui.querySelector('.cl-toast')!.textContent).toContain('Annotation deleted.');
    button('Undo')!.click();
    await settle();
    expect(session.calls).toEqual(['remove:a1', 'restore:a1']);
  });

  it('a card the page covered deletes and dismisses nothing, and says why', async () => {
    const saved = annotation('a1', { source: 'user', kind: 'highlight', speaker: null, reason: null });
    session.items = [{ ...autoQuote, id: 'a1', kind: 'highlight', source: 'user', speaker: null, reason: null, saved: true, annotation: saved }, autoQuote];
    session.paint();
    cardSeen = false;
    c.clickMark(document.querySelector<HTMLElement>('mark[data-claimlight-id="a1"]')!);
    button('Delete')!.click();
    await settle();
    expect(session.calls).toEqual([]);
    expect(card()!.querySelector('[role="status"]')!.textContent).toMatch(/^Nothing was changed: this card was not fully visible/);
    expect(ui.querySelector('.cl-toast')).toBeNull();
    c.closeCard(false);
    c.clickMark(document.querySelector<HTMLElement>('mark[data-claimlight-id="auto-quote-1"]')!);
    button('Dismiss')!.click();
    await settle();
    expect(session.calls).toEqual([]);
    // Once it is seen, the same click acts.
    cardSeen = true;
    button('Dismiss')!.click();
    await settle();
    expect(session.calls).toEqual(['keep:auto-quote-1:{"dismissed":true}']);
  });

  it('the undo toast goes away by itself', async () => {
    const saved = annotation('a1', { source: 'user' });
    session.items = [{ ...autoQuote, id: 'a1', source: 'user', saved: true, annotation: saved }];
    session.paint();
    c.clickMark(mark());
    button('Delete')!.click();
    await settle();
    timers.flush();
    expect(ui.querySelector('.cl-toast')).toBeNull();
  });

  it('copy puts the words with their attribution on the clipboard', async () => {
    c.clickMark(mark());
    button('Copy')!.click();
    await settle();
    expect(copied).toEqual(['“said words” — Jane Doe, Talks resume https://news.example/a']);
    expect(card()!.querySelector('[role="status"]')!.textContent).toBe('Copied with attribution.');
  });

  it('keyboard: focus opens the card, Tab enters it, Esc closes it and returns focus without reopening', () => {
    const m = mark();
    m.focus();
    c.focusMark(m);
    expect(card()).toBeTruthy();
    expect(c.tabIntoCard(m)).toBe(true);
    expect(card()!.contains(document.activeElement)).toBe(true);
    card()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(m);
    c.focusMark(m); // the focus event our own focus() caused
    expect(card()).toBeNull();
  });

  it('closes when its annotation is gone after a repaint, follows the new mark otherwise', () => {
    c.clickMark(mark());
    session.paint();
    expect(card()).toBeTruthy();
    session.items = [];
    session.paint();
    expect(card()).toBeNull();
  });

  it('an outside click closes the card, but not while a note is being written', () => {
    c.clickMark(mark());
    c.pointerDownOutside(false);
    expect(card()).toBeNull();
    c.clickMark(mark());
    button('Add note')!.click();
    void c.editorEvent({ type: 'editor/draft', session: editors.last, text: 'half a thought' });
    c.pointerDownOutside(false);
    expect(card()).toBeTruthy();
    expect(card()!.querySelector('iframe')).toBeTruthy();
    expect(editors.closed).toEqual([]);
  });
});

describe('correcting who said it, in the card', () => {
  const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  const typeName = (input: HTMLInputElement, v: string) => {
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  it('opens a Speaker combobox with the page’s names; Enter saves; the card says it was corrected and offers an alias', async () => {
    const aliases: string[] = [];
    (c as unknown as { deps: { addAlias: (f: string, t: string) => Promise<void> } }).deps.addAlias = async (f, t) => void aliases.push(`${f}→${t}`);
    session.items = [autoQuote, { ...autoQuote, id: 'q2', text: 'other words', speaker: 'Donald Trump' }];
    // The fake store keeps what the analysis had said, as the real one does.
    const keep = session.keep.bind(session);
    session.keep = async (id, patch) => {
      const a = await keep(id, patch);
      if (a && patch.speaker !== undefined) {
        a.originalSpeaker = 'Jane Doe';
        session.items = session.items.map((i) => (i.id === a.id ? { ...i, speaker: a.speaker, originalSpeaker: 'Jane Doe' } : i));
        session.paint();
      }
      return a;
    };
    session.paint();
    c.clickMark(mark());
    expect(card()!.textContent).toContain('Said by Jane Doe');
    button('Change speaker')!.click();
    const input = card()!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    expect(card()!.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('Speaker');
    expect(document.activeElement).toBe(input);
    typeName(input, 'don');
    await settle();
    expect([...card()!.querySelectorAll('[role="option"]')].map((o) => o.textContent)).toEqual(['Donald Trump']);
    key(input, 'ArrowDown');
    await settle();
    key(input, 'Enter');
    await settle();
    expect(session.calls).toEqual(['keep:auto-quote-1:{"speaker":"Donald Trump"}']);
    expect(card()!.textContent).toContain('Said by Donald Trump');
    expect(card()!.textContent).toContain('Corrected by you · Claimlight said Jane Doe');
    expect(card()!.querySelector('[role="status"]')!.textContent).toBe('Speaker saved.');
    expect(document.activeElement).toBe(button('Change speaker'));
    button('Always read “Jane Doe” as Donald Trump')!.click();
    await settle();
    expect(aliases).toEqual(['Jane Doe→Donald Trump']);
    expect(card()!.querySelector('[role="status"]')!.textContent).toBe('From now on Claimlight reads “Jane Doe” as Donald Trump.');
  });

  it('a card the page covered adds no alias (it would change every later page), and says why', async () => {
    const aliases: string[] = [];
    (c as unknown as { deps: { addAlias: (f: string, t: string) => Promise<void> } }).deps.addAlias = async (f, t) => void aliases.push(`${f}→${t}`);
    const keep = session.keep.bind(session);
    session.keep = async (id, patch) => {
      const a = await keep(id, patch);
      if (a && patch.speaker !== undefined) {
        a.originalSpeaker = 'Jane Doe';
        session.items = session.items.map((i) => (i.id === a.id ? { ...i, speaker: a.speaker, originalSpeaker: 'Jane Doe' } : i));
        session.paint();
      }
      return a;
    };
    session.paint();
    c.clickMark(mark());
    button('Change speaker')!.click();
    const input = card()!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    typeName(input, 'Donald Trump');
    await settle();
    key(input, 'Enter');
    await settle();
    expect(session.calls).toEqual(['keep:auto-quote-1:{"speaker":"Donald Trump"}']);
    cardSeen = false;
    button('Always read “Jane Doe” as Donald Trump')!.click();
    await settle();
    expect(aliases).toEqual([]);
    expect(card()!.querySelector('[role="status"]')!.textContent).toMatch(/^Nothing was changed: this card was not fully visible/);
    cardSeen = true;
    button('Always read “Jane Doe” as Donald Trump')!.click();
    await settle();
    expect(aliases).toEqual(['Jane Doe→Donald Trump']);
  });

  it('Esc in the field cancels without saving and without closing the card', async () => {
    c.clickMark(mark());
    button('Change speaker')!.click();
    const input = card()!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    typeName(input, 'Someone');
    await settle();
    key(input, 'Escape'); // closes the suggestions
    await settle();
    key(input, 'Escape'); // cancels
    await settle();
    expect(card()).toBeTruthy();
    expect(card()!.querySelector('input[role="combobox"]')).toBeNull();
    expect(session.calls).toEqual([]);
    expect(document.activeElement).toBe(button('Change speaker'));
  });

  it('offers "Disputed by" for a disputed assertion', () => {
    session.items = [{ ...autoQuote, kind: 'disputed', speaker: null, disputedBy: 'Auditor' }];
    session.paint();
    c.clickMark(mark());
    expect(card()!.textContent).toContain('Disputed by Auditor');
    button('Change who disputes it (Disputed by)')!.click();
    const input = card()!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    expect(card()!.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('Disputed by');
  });
});

describe('keyboard and sight', () => {
  it('Tab after a selection moves into the toolbar; a highlight made from there gets focus', async () => {
    selectAlpha();
    c.selectionChanged(document.getSelection()!.getRangeAt(0));
    expect(c.tabIntoToolbar()).toBe(true);
    expect(document.activeElement).toBe(button('Highlight'));
    button('Highlight')!.click();
    await settle();
    expect(ui.querySelector('[role="toolbar"]')).toBeNull();
    expect(document.activeElement?.getAttribute('data-claimlight-id')).toBe('user-1');
    expect(card()).toBeNull(); // focused quietly: its card does not pop up
  });

  it('draws a sign (no text) for each painted highlight with a note, only in our UI', () => {
    Element.prototype.getClientRects = function () {
      return [{ left: 10, top: 50, right: 90, bottom: 70, width: 80, height: 20 }] as unknown as DOMRectList;
    };
    const saved = annotation('n1', { source: 'user', kind: 'highlight', note: 'private thought' });
    session.items = [autoQuote, { ...autoQuote, id: 'n1', kind: 'highlight', source: 'user', note: 'private thought', saved: true, annotation: saved }];
    session.paint();
    const badges = ui.querySelectorAll('.cl-notebadge');
    expect(badges).toHaveLength(1);
    expect(badges[0]!.getAttribute('aria-hidden')).toBe('true');
    expect(badges[0]!.textContent).toBe('');
    expect((badges[0] as HTMLElement).style.left).toBe('90px');
    // Nothing about the note reaches the page's marks.
    const m = document.querySelector('mark[data-claimlight-id="n1"]')!;
    expect([...m.attributes].map((a) => a.name).sort()).toEqual(['class', 'data-claimlight-id', 'data-claimlight-kind', 'tabindex']);
  });

  it('the card takes the page’s dark or light background', () => {
    document.getElementById('p')!.style.backgroundColor = 'rgb(16, 16, 20)';
    c.clickMark(mark());
    expect(ui.querySelector('.cl-inpage')!.classList.contains('cl-inpage--dark')).toBe(true);
    c.closeCard(false);
    document.getElementById('p')!.style.backgroundColor = 'rgb(250, 250, 250)';
    c.clickMark(mark());
    expect(ui.querySelector('.cl-inpage')!.classList.contains('cl-inpage--light')).toBe(true);
  });
});
