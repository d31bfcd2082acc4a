// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardFor } from './card-state';
import { follow, resyncCard } from './follow-layout';
import type { ControllerDeps, UiContext } from './in-page-state';
import type { PageFocus } from './page-focus';
import type { PageItem } from '../items';
import { toolbarFor } from './toolbar-state';
import { testUiContext } from './test-support';

const anchor = { left: 0, top: 0, right: 1, bottom: 1 };
let top = 100;
const rect = () => ({ left: 10, top, right: 50, bottom: top + 20, width: 40, height: 20, x: 10, y: top, toJSON: () => ({}) }) as DOMRect;
const saved = { el: Element.prototype.getBoundingClientRect, range: Range.prototype.getBoundingClientRect };

beforeEach(() => {
  top = 100;
  Element.prototype.getBoundingClientRect = rect;
  Range.prototype.getBoundingClientRect = rect;
  document.body.innerHTML = '<p id="p">Alpha <mark class="claimlight-mark" data-claimlight-id="a">said words</mark></p>'; // fixture markup, not page text
});

afterEach(() => {
  Element.prototype.getBoundingClientRect = saved.el;
  Range.prototype.getBoundingClientRect = saved.range;
});

const mark = () => document.querySelector<HTMLElement>('mark')!;

function context(over: Partial<UiContext> = {}, focusInUi = false): UiContext {
  return testUiContext({
    deps: { doc: document } as ControllerDeps,
    focus: { inUi: () => focusInUi } as PageFocus,
    items: [{ id: 'a' } as PageItem],
    ...over,
  });
}

function selection(): Range {
  const r = document.createRange();
  r.selectNodeContents(document.getElementById('p')!.firstChild!);
  return r;
}

describe('following the layout on scroll and resize', () => {
  it('nothing open: nothing to follow', () => {
    expect(follow(context())).toBe(false);
  });

  it('the toolbar and the card move with their words', () => {
    const ui = context({ toolbar: toolbarFor(selection(), anchor, null), card: cardFor(null, 'a', mark(), anchor, true) });
    top = 300;
    expect(follow(ui)).toBe(true);
    expect(ui.toolbar!.anchor.top).toBe(300);
    expect(ui.card!.anchor.top).toBe(300);
  });

  it('what scrolled out of view closes, except a card our UI has focus in', () => {
    const ui = context({ toolbar: toolbarFor(selection(), anchor, null), card: cardFor(null, 'a', mark(), anchor, true) });
    top = -5000;
    expect(follow(ui)).toBe(true);
    expect(ui.toolbar).toBeNull();
    expect(ui.card).toBeNull();
    const focused = context({ card: cardFor(null, 'a', mark(), anchor, true) }, true);
    expect(follow(focused)).toBe(true);
    expect(focused.card).not.toBeNull();
  });

  it('a card whose marks are not painted (hidden layer) stays where it was', () => {
    const ui = context({ card: cardFor(null, 'a', mark(), anchor, true) });
    mark().remove();
    expect(follow(ui)).toBe(false);
    expect(ui.card!.anchor).toBe(anchor);
  });
});

describe('after a repaint', () => {
  it('the card follows its annotation’s new mark', () => {
    const ui = context({ card: cardFor(null, 'a', mark(), anchor, true) });
    const old = mark();
    document.getElementById('p')!.innerHTML = 'Alpha <mark class="claimlight-mark" data-claimlight-id="a">said words</mark>';
    resyncCard(ui);
    expect(ui.card!.origin).toBe(mark());
    expect(ui.card!.origin).not.toBe(old);
    expect(ui.card!.anchor.top).toBe(100);
  });

  it('closes when its annotation is gone; stays put while its layer is hidden', () => {
    const hidden = context({ card: cardFor(null, 'a', mark(), anchor, true) });
    mark().remove();
    resyncCard(hidden);
    expect(hidden.card?.anchor).toBe(anchor);
    const gone = context({ card: cardFor(null, 'a', document.createElement('mark'), anchor, true), items: [] });
    resyncCard(gone);
    expect(gone.card).toBeNull();
  });
});
