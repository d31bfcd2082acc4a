// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTextMap, pointAt } from '../dom/text-map';
import { firstEndingBelow, paintNearViewport } from './lazy';
import { erase } from './erase';
import { marksFor } from './marks';
import { useLongPagePainter } from './long-page-slot';
import type { PaintItem } from './types';
import { longPagePainter } from './long-pages';

// lazy.ts runs in the interactive bundle, which registers the long-page painter with its painter.
useLongPagePainter(longPagePainter);

// happy-dom does no layout: each block gets a box from its index (100 px per paragraph, scrolled by
// `scrollY`), the way a long live blog lays out top to bottom.
let scrollY = 0;
const HEIGHT = 100;
const VIEWPORT = 800;

function layOut(blocks: Element[], hidden: ReadonlySet<number> = new Set()): void {
  blocks.forEach((el, i) => {
    vi.spyOn(el, 'getBoundingClientRect').mockImplementation(() => {
      if (hidden.has(i)) return new DOMRect(0, 0, 0, 0);
      return new DOMRect(0, i * HEIGHT - scrollY, 600, HEIGHT);
    });
  });
}

function blog(posts: number): { root: HTMLElement; items: PaintItem[]; paragraphs: HTMLElement[] } {
  const root = document.body;
  root.replaceChildren();
  for (let i = 0; i < posts; i++) {
    const p = document.createElement('p');
    p.textContent = `Post ${i}: officials said 175 prisoners were freed.`;
    root.append(p);
  }
  const map = buildTextMap(root);
  const items: PaintItem[] = [];
  let from = 0;
  for (let i = 0; i < posts; i++) {
    const start = map.text.indexOf('175 prisoners', from);
    from = start + 1;
    items.push({ id: `c${i}`, kind: 'claim', start: pointAt(map, start, 'start')!, end: pointAt(map, start + 13, 'end')! });
  }
  const paragraphs = [...root.querySelectorAll('p')];
  layOut(paragraphs);
  return { root, items, paragraphs };
}

const painted = (root: Element, n: number) => Array.from({ length: n }, (_, i) => marksFor(root, `c${i}`).length > 0);
const settle = () => new Promise((r) => setTimeout(r, 20));
/** Waits for a condition (polled), with a generous ceiling: the scroll handler paints in slices. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (const t0 = Date.now(); !check(); await settle()) if (Date.now() - t0 > 60_000) throw new Error(`timed out waiting for ${what}`);
}

afterEach(() => {
  scrollY = 0;
  vi.restoreAllMocks();
  Object.defineProperty(window, 'innerHeight', { value: 768, configurable: true });
});

describe('firstEndingBelow', () => {
  it('finds the first block that ends below a line, by binary search', () => {
    const { paragraphs } = blog(50);
    expect(firstEndingBelow(paragraphs, -1)).toBe(0);
    expect(firstEndingBelow(paragraphs, 250)).toBe(2);
    expect(firstEndingBelow(paragraphs, 300)).toBe(2); // ends exactly at 300: not below
    expect(firstEndingBelow(paragraphs, 4999)).toBe(49);
    expect(firstEndingBelow(paragraphs, 5001)).toBe(50);
  });

  it('steps over blocks that take no space (display: none)', () => {
    const { paragraphs } = blog(50);
    layOut(paragraphs, new Set([10, 11, 12, 24, 25, 26]));
    // 9 ends at 1,000; 10–12 are hidden; 13 spans 1,300–1,400. Any index from 10 to 13 is right: the
    // caller walks forward over hidden blocks. Never 9 or earlier, never past 13.
    const a = firstEndingBelow(paragraphs, 1150);
    expect(a).toBeGreaterThanOrEqual(10);
    expect(a).toBeLessThanOrEqual(13);
    const b = firstEndingBelow(paragraphs, 2450);
    expect(b).toBeGreaterThanOrEqual(24);
    expect(b).toBeLessThanOrEqual(27);
    expect(firstEndingBelow(paragraphs, 150)).toBe(1);
  });

  it('handles an empty list and a list where nothing is laid out', () => {
    expect(firstEndingBelow([], 0)).toBe(0);
    const { paragraphs } = blog(5);
    layOut(paragraphs, new Set([0, 1, 2, 3, 4]));
    expect(firstEndingBelow(paragraphs, 0)).toBe(0);
  });
});

describe('paintNearViewport', () => {
  it('paints the blocks within a screen of the viewport first and the rest as the reader scrolls', async () => {
    Object.defineProperty(window, 'innerHeight', { value: VIEWPORT, configurable: true });
    const { root, items } = blog(200);
    const lazy = await paintNearViewport(root, items);
    // Viewport 0–800, one screen below: blocks 0..16 (tops up to 1600).
    let now = painted(root, 200);
    expect(now.slice(0, 17).every(Boolean)).toBe(true);
    expect(now.slice(17).some(Boolean)).toBe(false);
    expect(lazy.waiting).toBe(200 - 17);

    scrollY = 10_000; // the reader jumps to post 100
    window.dispatchEvent(new Event('scroll'));
    await until(() => painted(root, 200).slice(92, 117).every(Boolean), 'the blocks around post 100 to be painted');
    now = painted(root, 200);
    expect(now.slice(92, 117).every(Boolean)).toBe(true); // 9,200–11,600: a screen above to a screen below
    expect(now[60]).toBe(false);
    expect(now[150]).toBe(false);
    lazy.stop();
  });

  it('paintNow paints a waiting item (the popup reveals it) and stop() ends the following', async () => {
    Object.defineProperty(window, 'innerHeight', { value: VIEWPORT, configurable: true });
    const { root, items } = blog(100);
    const lazy = await paintNearViewport(root, items);
    expect(marksFor(root, 'c80')).toHaveLength(0);
    await lazy.paintNow('c80');
    expect(marksFor(root, 'c80').map((m) => m.textContent).join('')).toBe('175 prisoners');
    lazy.stop();
    scrollY = 5000;
    window.dispatchEvent(new Event('scroll'));
    await settle();
    expect(marksFor(root, 'c55')).toHaveLength(0);
  });

  it('paints nothing more once the paint is cancelled (a newer repaint), and erasing restores the page', async () => {
    Object.defineProperty(window, 'innerHeight', { value: VIEWPORT, configurable: true });
    const { root, items } = blog(60);
    const before = root.innerHTML;
    let cancelled = false;
    const lazy = await paintNearViewport(root, items, { cancelled: () => cancelled });
    cancelled = true;
    scrollY = 4000;
    window.dispatchEvent(new Event('scroll'));
    await settle();
    expect(marksFor(root, 'c45')).toHaveLength(0);
    lazy.stop();
    erase(root);
    expect(root.innerHTML).toBe(before);
  });
});

describe('paintNearViewport cancelled by a newer repaint before its caller gets the handle', () => {
  /** Scroll and resize listeners on window that were added and not removed since the call. */
  function followers(): { live: () => number } {
    const live = new Map<EventListenerOrEventListenerObject, Set<string>>();
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    const watched = (type: string) => type === 'scroll' || type === 'resize';
    vi.spyOn(window, 'addEventListener').mockImplementation((type: string, fn: EventListenerOrEventListenerObject, o?: boolean | AddEventListenerOptions) => {
      if (watched(type)) live.set(fn, (live.get(fn) ?? new Set()).add(type));
      add(type, fn, o);
    });
    vi.spyOn(window, 'removeEventListener').mockImplementation((type: string, fn: EventListenerOrEventListenerObject, o?: boolean | EventListenerOptions) => {
      live.get(fn)?.delete(type);
      remove(type, fn, o);
    });
    return { live: () => [...live.values()].reduce((n, types) => n + types.size, 0) };
  }

  it('while painting the first screen: it stops following the reader on its own', async () => {
    Object.defineProperty(window, 'innerHeight', { value: VIEWPORT, configurable: true });
    const { root, items, paragraphs } = blog(120);
    const f = followers();
    let cancelled = false;
    // The newer repaint arrives during the first screen's paint (its first slice).
    const slice = (work: () => void) => {
      cancelled = true;
      work();
    };
    await paintNearViewport(root, items, { cancelled: () => cancelled, slice }); // the handle is dropped, as a cancelled repaint does
    expect(f.live()).toBe(0);
    // Scrolling reads no layout for it.
    let reads = 0;
    paragraphs.forEach((p) => vi.spyOn(p, 'getBoundingClientRect').mockImplementation(() => (reads++, new DOMRect(0, 0, 600, HEIGHT))));
    scrollY = 6000;
    window.dispatchEvent(new Event('scroll'));
    await settle();
    expect(reads).toBe(0);
  });

  it('while grouping the items: it never starts following nor reads layout', async () => {
    const { root, items, paragraphs } = blog(120);
    const f = followers();
    let reads = 0;
    paragraphs.forEach((p) => vi.spyOn(p, 'getBoundingClientRect').mockImplementation(() => (reads++, new DOMRect(0, 0, 600, HEIGHT))));
    let cancelled = false;
    let pauses = 0;
    const lazy = await paintNearViewport(root, items, {
      cancelled: () => cancelled,
      yieldToPage: () => ((cancelled = ++pauses >= 2), Promise.resolve()),
    });
    expect(f.live()).toBe(0);
    expect(reads).toBe(0);
    lazy.stop(); // harmless on a stopped handle
    expect(f.live()).toBe(0);
  });

  it('a paint that is not cancelled keeps following until stopped', async () => {
    Object.defineProperty(window, 'innerHeight', { value: VIEWPORT, configurable: true });
    const { root, items } = blog(120);
    const f = followers();
    const lazy = await paintNearViewport(root, items, { cancelled: () => false });
    expect(f.live()).toBe(2); // scroll and resize
    lazy.stop();
    expect(f.live()).toBe(0);
  });
});

describe('paintNearViewport on a slow CPU', () => {
  it('gives the page its thread back before grouping the items and before the first layout read', async () => {
    const { root, items, paragraphs } = blog(300);
    let reads = 0;
    paragraphs.forEach((p, i) => {
      vi.spyOn(p, 'getBoundingClientRect').mockImplementation(() => (reads++, new DOMRect(0, i * HEIGHT - scrollY, 600, HEIGHT)));
    });
    const readsAtPause: number[] = [];
    const lazy = await paintNearViewport(root, items, { yieldToPage: () => (readsAtPause.push(reads), new Promise((r) => setTimeout(r, 0))) });
    lazy.stop();
    // The first pauses come before any layout read (grouping needs none; the first read forces the
    // page's layout, in a task of its own).
    expect(readsAtPause.length).toBeGreaterThanOrEqual(2);
    expect(readsAtPause[0]).toBe(0);
    expect(readsAtPause[1]).toBe(0);
    expect(reads).toBeGreaterThan(0);
    // and the blocks near the viewport are painted as before
    expect(painted(root, 3)).toEqual([true, true, true]);
  });
});

describe('paintNearViewport: the layout read counts in the task budget', () => {
  it('pauses after a slow first layout read, before writing the first mark, and paints the same blocks', async () => {
    Object.defineProperty(window, 'innerHeight', { value: VIEWPORT, configurable: true });
    const { root, items, paragraphs } = blog(300);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    let reads = 0;
    paragraphs.forEach((p, i) => {
      vi.spyOn(p, 'getBoundingClientRect').mockImplementation(() => {
        if (reads++ === 0) now += 30; // the first box forces the page's layout: slow on a slow CPU
        return new DOMRect(0, i * HEIGHT - scrollY, 600, HEIGHT);
      });
    });
    const log: string[] = [];
    const lazy = await paintNearViewport(root, items, {
      budgetMs: 8,
      yieldToPage: () => (log.push(`pause reads=${reads > 0} marks=${root.querySelector('mark') !== null}`), Promise.resolve()),
    });
    lazy.stop();
    // a pause came after the layout read and before the first mark
    expect(log).toContain('pause reads=true marks=false');
    expect(painted(root, 3)).toEqual([true, true, true]);
  });
});
