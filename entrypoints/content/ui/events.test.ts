// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InPageController } from './controller';
import { SELECTION_DEBOUNCE_MS, travelDirection, wirePageEvents, type Wake } from './events';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });

describe('travelDirection', () => {
  it('Alt+Shift+N is next, Alt+Shift+P previous, by key code', () => {
    expect(travelDirection(key({ altKey: true, shiftKey: true, code: 'KeyN', key: '˜' }))).toBe(1);
    expect(travelDirection(key({ altKey: true, shiftKey: true, code: 'KeyP' }))).toBe(-1);
    expect(travelDirection(key({ altKey: true, code: 'KeyN' }))).toBe(0);
    expect(travelDirection(key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyN' }))).toBe(0);
  });
});

describe('wirePageEvents', () => {
  let abort: AbortController;
  let seen: string[];
  let controller: InPageController;
  let wake: Wake;
  /** happy-dom marks every event untrusted: the tests play the browser by choosing which to trust. */
  let fromBrowser: (e: Event) => boolean;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = `<p id="p">Some words <mark class="claimlight-mark" data-claimlight-id="a" data-claimlight-kind="quote" tabindex="-1">quoted</mark>
      and <mark class="claimlight-mark" data-claimlight-id="b" data-claimlight-kind="claim" tabindex="-1">claimed</mark>.</p>
      <div data-claimlight-ui id="ui"><button id="inside">x</button></div>`;
    seen = [];
    const record = (name: string) => (arg?: unknown) => {
      seen.push(arg instanceof Element ? `${name}:${arg.getAttribute('data-claimlight-id')}` : arg === null ? `${name}:null` : name);
      return false;
    };
    controller = {
      selectionChanged: (r: Range | null) => seen.push(r ? `selection:${r.toString()}` : 'selection:null'),
      pointerDownOutside: record('outside'),
      hoverMark: record('hover'),
      leaveMark: record('leave'),
      focusMark: record('focus'),
      blurMark: record('blur'),
      clickMark: record('click'),
      tabIntoCard: record('tab'),
      escape: record('escape'),
      reposition: record('reposition'),
      pageHidden: record('pagehide'),
    } as unknown as InPageController;
    abort = new AbortController();
    fromBrowser = () => true;
    wake = wirePageEvents(document, controller, abort.signal, (e) => fromBrowser(e));
  });

  afterEach(() => {
    abort.abort();
    vi.useRealTimers();
  });

  it('reports the selection once it settles', () => {
    const r = document.createRange();
    r.setStart(document.getElementById('p')!.firstChild!, 0);
    r.setEnd(document.getElementById('p')!.firstChild!, 4);
    document.getSelection()!.addRange(r);
    document.dispatchEvent(new Event('selectionchange'));
    document.dispatchEvent(new Event('selectionchange'));
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(SELECTION_DEBOUNCE_MS + 1);
    expect(seen).toEqual(['selection:Some']);
  });

  it('hover, leave and focus on marks; nothing from our own UI', () => {
    const a = document.querySelector('mark')!;
    a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    a.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    a.focus();
    document.getElementById('inside')!.dispatchEvent(key({ key: 'Escape' }));
    expect(seen).toEqual(['hover:a', 'leave', 'focus:a']);
  });

  it('tells a mark the pointer moved onto from one that came under a still pointer', () => {
    const moves: boolean[] = [];
    (controller as unknown as { hoverMark: (m: Element, moved: boolean) => void }).hoverMark = (_m, moved) => void moves.push(moved);
    const a = document.querySelector('mark')!;
    // A real move: mouseover at the new place, then mousemove there.
    a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, clientX: 10, clientY: 20 }));
    a.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 10, clientY: 20 }));
    // The layout changed under the pointer: another mark is there, the pointer did not move.
    const b = document.querySelectorAll('mark')[1]!;
    b.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, clientX: 10, clientY: 20 }));
    expect(moves).toEqual([true, false]);
  });

  it('Alt+Shift+N moves focus to the next annotation; Esc in the page reaches the controller', () => {
    document.body.dispatchEvent(key({ altKey: true, shiftKey: true, code: 'KeyN' }));
    expect(document.activeElement?.getAttribute('data-claimlight-id')).toBe('a');
    document.activeElement!.dispatchEvent(key({ altKey: true, shiftKey: true, code: 'KeyN' }));
    expect(document.activeElement?.getAttribute('data-claimlight-id')).toBe('b');
    document.body.dispatchEvent(key({ key: 'Escape' }));
    expect(seen.at(-1)).toBe('escape');
  });

  it('ignores events the page made up, and acts on the event that woke the UI when handed over', () => {
    fromBrowser = (e) => e.isTrusted; // the real check: every event dispatched by a script is untrusted
    const a = document.querySelector('mark')!;
    a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    a.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    a.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    document.body.dispatchEvent(key({ key: 'Escape' }));
    window.dispatchEvent(new Event('pagehide'));
    document.dispatchEvent(new Event('selectionchange'));
    vi.advanceTimersByTime(SELECTION_DEBOUNCE_MS + 1);
    expect(seen).toEqual([]);
    // ui-loader.ts hands over the reader's event that woke the UI (it checked isTrusted itself).
    wake('mouseover', a);
    wake('focusin', a);
    wake('focusin', document.body); // not a mark: nothing
    wake('selectionchange', document);
    vi.advanceTimersByTime(SELECTION_DEBOUNCE_MS + 1);
    expect(seen).toEqual(['hover:a', 'focus:a', 'selection:null']);
  });

  it('leaving the page closes the UI (its note sessions with it)', () => {
    window.dispatchEvent(new Event('pagehide'));
    expect(seen).toEqual(['pagehide']);
  });

  it('stops listening when the context is invalidated', () => {
    abort.abort();
    document.querySelector('mark')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(seen).toEqual([]);
  });
});
