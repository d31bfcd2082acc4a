// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { PageItem } from '../items';
import { CardOpening, HOVER_OPEN_MS } from './card-opening';
import type { ControllerDeps, UiContext } from './in-page-state';
import { PageFocus } from './page-focus';
import { testUiContext } from './test-support';

let timers: Map<number, { fn: () => void; ms: number }>;
let ui: UiContext;
let opening: CardOpening;

const m = (id: string) => `<mark class="claimlight-mark" data-claimlight-id="${id}" tabindex="-1">${id} words</mark>`;
const mark = (id: string) => document.querySelector<HTMLElement>(`mark[data-claimlight-id="${id}"]`)!;
const flush = () => {
  const due = [...timers.values()];
  timers.clear();
  due.forEach((t) => t.fn());
};

beforeEach(() => {
  document.body.innerHTML = `<p>${m('a')} and ${m('b')} and ${m('c')}</p>`; // fixture markup, not page text
  timers = new Map();
  let next = 1;
  const deps = {
    doc: document,
    timers: {
      set: (fn: () => void, ms: number) => (timers.set(next, { fn, ms }), next++),
      clear: (id: number | undefined) => void (id !== undefined && timers.delete(id)),
    },
    focusIn: () => true,
  } as unknown as ControllerDeps;
  ui = testUiContext({
    deps,
    focus: new PageFocus(document),
    items: [{ id: 'a' }, { id: 'b' }] as PageItem[], // c: painted, but not an item (any more)
  });
  opening = new CardOpening(ui);
});

describe('when the card opens', () => {
  it('hovering opens it after the delay, unpinned; a click opens at once, pinned', () => {
    opening.hover(mark('a'), true);
    expect(ui.card).toBeNull();
    expect([...timers.values()].map((t) => t.ms)).toEqual([HOVER_OPEN_MS]);
    flush();
    expect(ui.card).toMatchObject({ id: 'a', pinned: false });
    opening.click(mark('b'));
    expect(ui.card).toMatchObject({ id: 'b', pinned: true });
  });

  it('not for a mark that is no item of the page, nor one taken out of it', () => {
    opening.click(mark('c'));
    expect(ui.card).toBeNull();
    const a = mark('a');
    a.remove();
    opening.click(a);
    expect(ui.card).toBeNull();
  });

  it('a mark under a still pointer never replaces a pinned card', () => {
    opening.click(mark('a'));
    opening.hover(mark('b'), false);
    flush();
    expect(ui.card?.id).toBe('a');
  });

  it('focus we gave a mark ourselves (Esc in the card) does not reopen its card', () => {
    opening.click(mark('a'));
    opening.close(true);
    expect(document.activeElement).toBe(mark('a'));
    opening.focus(mark('a'));
    expect(ui.card).toBeNull();
    opening.focus(mark('a')); // the reader's next focus does
    expect(ui.card).toMatchObject({ id: 'a', pinned: true });
  });

  it('another annotation on the same words replaces the card, but never a note being written', () => {
    opening.click(mark('a'));
    opening.showRelated('b');
    expect(ui.card).toMatchObject({ id: 'b', pinned: true });
    ui.card!.editing = true;
    opening.showRelated('a');
    expect(ui.card?.id).toBe('b');
  });
});

describe('when the card closes', () => {
  it('after the pointer leaves, unless it went into the card; never a pinned card', () => {
    opening.hover(mark('a'), true);
    flush();
    opening.leave();
    opening.pointer(true);
    flush();
    expect(ui.card?.id).toBe('a');
    opening.pointer(false);
    flush();
    expect(ui.card).toBeNull();
    opening.click(mark('a'));
    opening.leave();
    flush();
    expect(ui.card?.id).toBe('a');
  });

  it('coming back to its mark keeps it open', () => {
    opening.hover(mark('a'), true);
    flush();
    opening.leave();
    opening.hover(mark('a'), true);
    flush();
    expect(ui.card?.id).toBe('a');
  });

  it('stopTimers: nothing opens or closes later', () => {
    opening.hover(mark('a'), true);
    opening.stopTimers();
    expect(timers.size).toBe(0);
  });
});
