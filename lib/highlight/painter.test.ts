// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTextMap, pointAt } from '../dom/text-map';
import { paintLayer, paintLayers } from './painter';
import { erase, eraseGradually } from './erase';
import { marksFor, marksOf } from './marks';
import { useLongPagePainter } from './long-page-slot';
import type { PaintItem } from './types';
import { highlightRange, longPagePainter } from './long-pages';
import type { Kind } from '../model';
import { taskElapsed } from '../dom/steps';

function page(html: string): HTMLElement {
  document.body.innerHTML = html; // fixture markup for the test, not page text
  return document.body;
}

function item(root: Element, id: string, kind: Kind, text: string, extra: Partial<PaintItem> = {}): PaintItem {
  const map = buildTextMap(root);
  const start = map.text.indexOf(text);
  if (start < 0) throw new Error('fixture text missing: ' + text);
  const a = pointAt(map, start, 'start')!;
  const b = pointAt(map, start + text.length, 'end')!;
  return { id, kind, start: a, end: b, ...extra };
}

const textOf = (root: ParentNode, id: string) => marksFor(root, id).map((m) => m.textContent).join('');

// These tests run with the long-page painter registered, as the content script has it once the
// interactive bundle is loaded (one block below checks loading it on demand).
useLongPagePainter(longPagePainter);

describe('painter', () => {
  it('paints with the page contract attributes and erases back to the exact original DOM', () => {
    const root = page('<article><p>He said “we will <em>fight</em> on” today.</p><p>Second 175 prisoners.</p></article>');
    const before = root.innerHTML;
    paintLayer(root, [item(root, 'q1', 'quote', 'we will fight on', { speaker: 'Jane Doe' })]);
    paintLayer(root, [item(root, 'c1', 'claim', 'Second 175 prisoners.')]);
    expect(textOf(root, 'q1')).toBe('we will fight on');
    const q = marksFor(root, 'q1');
    expect(q.length).toBe(3); // split around <em>
    expect(q.every((m) => m.getAttribute('data-claimlight-kind') === 'quote' && m.getAttribute('data-claimlight-speaker') === 'Jane Doe')).toBe(true);
    expect(textOf(root, 'c1')).toBe('Second 175 prisoners.');
    expect(erase(root)).toBeGreaterThan(0);
    expect(root.innerHTML).toBe(before);
  });

  it('keeps overlaps visible across layers: a quote inside a disputed sentence, a highlight across both', () => {
    const root = page('<p>He said Russian forces have “surrounded” troops, an assertion disputed by Mr Zelensky. Next one.</p>');
    const before = root.innerHTML;
    paintLayer(root, [item(root, 'd1', 'disputed', 'He said Russian forces have “surrounded” troops, an assertion disputed by Mr Zelensky.', { disputedBy: 'Volodymyr Zelensky' })]);
    paintLayer(root, [item(root, 'q1', 'quote', 'surrounded', { speaker: 'Donald Trump' })]);
    paintLayer(root, [item(root, 'h1', 'highlight', 'Mr Zelensky. Next')]);
    expect(textOf(root, 'd1')).toBe('He said Russian forces have “surrounded” troops, an assertion disputed by Mr Zelensky.');
    expect(textOf(root, 'q1')).toBe('surrounded');
    expect(textOf(root, 'h1')).toBe('Mr Zelensky. Next');
    expect(marksFor(root, 'q1')[0]!.closest('[data-claimlight-kind="disputed"]')).not.toBeNull();
    expect(marksFor(root, 'd1')[0]!.getAttribute('data-claimlight-disputed-by')).toBe('Volodymyr Zelensky');
    // Erase one kind only, then the rest: the text and structure come back exactly.
    erase(root, ['quote']);
    expect(marksOf(root, ['quote'])).toHaveLength(0);
    expect(textOf(root, 'd1')).toContain('surrounded');
    erase(root);
    expect(root.innerHTML).toBe(before);
  });

  it('skips an item overlapping an earlier one of the same layer, paints the rest', () => {
    const root = page('<p>alpha beta gamma delta</p>');
    const painted = paintLayer(root, [item(root, 'a', 'claim', 'alpha beta'), item(root, 'b', 'claim', 'beta gamma'), item(root, 'c', 'claim', 'delta')]);
    expect([...painted].sort()).toEqual(['a', 'c']);
  });

  it('paints ranges that span paragraphs and ignores items outside the root', () => {
    const root = page('<div id="a"><p>one two</p><p>three four</p></div><p id="out">outside</p>');
    const art = root.querySelector('#a')!;
    const outside = item(root, 'o', 'claim', 'outside');
    paintLayer(art, [item(art, 'x', 'highlight', 'two'), outside]);
    const map = buildTextMap(art);
    const s = map.text.indexOf('two');
    paintLayer(art, [{ id: 'span', kind: 'claim', start: pointAt(map, s, 'start')!, end: pointAt(map, map.text.indexOf('three') + 5, 'end')! }]);
    expect(textOf(root, 'span')).toBe('twothree');
    expect(marksFor(root, 'o')).toHaveLength(0);
  });
});

describe('the long-page painter is loaded only when a plan needs it', () => {
  afterEach(() => useLongPagePainter(longPagePainter));
  const filler = 'Lorem ipsum dolor sit amet. '.repeat(3000); // one block above DIRECT_WRAP_CHARS

  it('an ordinary article is painted by mark.js without loading it', async () => {
    const load = vi.fn(async () => longPagePainter);
    useLongPagePainter(null, load);
    const root = page('<p>He said “we will fight on” today.</p>');
    const painted = await paintLayers(root, [item(root, 'q', 'quote', 'we will fight on')]);
    expect([...painted]).toEqual(['q']);
    expect(load).not.toHaveBeenCalled();
  });

  it('a very long block loads it once; while it cannot be loaded, mark.js paints the same marks', async () => {
    const root = page(`<article><p>${filler}Said “we will fight on” today.</p></article>`);
    const paint = () => paintLayers(root, [item(root, 'q', 'quote', 'we will fight on')]);
    const failing = vi.fn(async (): Promise<typeof longPagePainter> => {
      throw new Error('no bundle');
    });
    useLongPagePainter(null, failing);
    await paint();
    erase(root);
    await paint(); // a failed load is tried again by the next paint
    expect(failing).toHaveBeenCalledTimes(2);
    const byMarkJs = root.innerHTML;
    expect(textOf(root, 'q')).toBe('we will fight on');
    erase(root);

    const load = vi.fn(async () => longPagePainter);
    useLongPagePainter(null, load);
    await paint();
    expect(load).toHaveBeenCalledTimes(1);
    expect(root.innerHTML).toBe(byMarkJs);
    erase(root);
    await paint();
    expect(load).toHaveBeenCalledTimes(1); // kept once loaded
  });

  it('hundreds of blocks load it too (they are wrapped linearly)', async () => {
    const load = vi.fn(async () => longPagePainter);
    useLongPagePainter(null, load);
    const root = page(Array.from({ length: 450 }, (_, i) => `<p>Post ${i}: officials said 175 prisoners were freed.</p>`).join(''));
    const items = [...root.querySelectorAll('p')].map((p, i) => item(p, `c${i}`, 'claim', `Post ${i}: officials said 175 prisoners were freed.`));
    const painted = await paintLayers(root, items);
    expect(load).toHaveBeenCalledTimes(1);
    expect(painted.size).toBe(450);
    expect(textOf(root, 'c449')).toBe('Post 449: officials said 175 prisoners were freed.');
  });
});

describe('painter on a huge block', () => {
  it('wraps linearly with the same marks as mark.js and erases back exactly', () => {
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(3000); // ~84k characters in one text node
    const root = page(`<article><p>${filler}The council spent £2.4m on the <b>flood</b> barrier. ${filler}Said “we will fight on” today.</p></article>`);
    const before = root.innerHTML;
    paintLayer(root, [item(root, 'c', 'claim', 'The council spent £2.4m on the flood barrier.')]);
    paintLayer(root, [item(root, 'q', 'quote', 'we will fight on', { speaker: 'X' }), item(root, 'h', 'quote', 'flood barrier')]);
    expect(textOf(root, 'c')).toBe('The council spent £2.4m on the flood barrier.');
    expect(textOf(root, 'q')).toBe('we will fight on');
    expect(textOf(root, 'h')).toBe('flood barrier');
    expect(marksFor(root, 'h')[0]!.closest('[data-claimlight-kind="claim"]')).not.toBeNull();
    expect(marksFor(root, 'q')[0]!.getAttribute('data-claimlight-speaker')).toBe('X');
    erase(root);
    expect(root.innerHTML).toBe(before);
  });
});

describe('painter on a page with thousands of blocks', () => {
  it('paints every block (linearly) and erases back exactly', async () => {
    const paras = Array.from({ length: 600 }, (_, i) => `<p>Post ${i}: the council spent £${i}m, “we will act” said X.</p>`).join('');
    const root = page(`<div>${paras}</div>`);
    const before = root.innerHTML;
    const map = buildTextMap(root);
    const items: PaintItem[] = [];
    let from = 0;
    for (let i = 0; i < 600; i++) {
      const s = map.text.indexOf('we will act', from);
      items.push({ id: `q${i}`, kind: 'quote', start: pointAt(map, s, 'start')!, end: pointAt(map, s + 11, 'end')! });
      from = s + 11;
    }
    const painted = await paintLayers(root, items, { yieldToPage: async () => {} });
    expect(painted.size).toBe(600);
    expect(textOf(root, 'q599')).toBe('we will act');
    expect(marksOf(root)).toHaveLength(600);
    await eraseGradually(root, { yieldToPage: async () => {} });
    expect(root.innerHTML).toBe(before);
  });
});

describe('painter: giant blocks use the CSS Custom Highlight API', () => {
  class FakeHighlight extends Set<AbstractRange> {
    priority = 0;
  }

  it('highlights items in a block of over 200,000 characters without touching the DOM; erase clears them', async () => {
    const registry = new Map<string, FakeHighlight>();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
    // happy-dom has no StaticRange: the browser's holds the four boundary fields, as this does.
    vi.stubGlobal('StaticRange', class {
      constructor(init: StaticRangeInit) {
        Object.assign(this, init);
      }
    });
    try {
      const filler = 'Officials said the plan worked. '.repeat(7000);
      const root = page(`<p>${filler}“We will win,” she said. ${filler}</p><p>A short paragraph with 175 prisoners.</p>`);
      const before = root.innerHTML;
      const items = [item(root, 'q1', 'quote', 'We will win,'), item(root, 'c1', 'claim', '175 prisoners')];
      const painted = await paintLayers(root, items);
      expect([...painted].sort()).toEqual(['c1', 'q1']);
      expect(marksFor(root, 'q1')).toHaveLength(0); // the giant paragraph is untouched…
      const quotes = [...(registry.get('claimlight-quote') ?? [])];
      expect(quotes).toHaveLength(1); // …its quote is a highlight range
      expect(quotes[0]!.startContainer.textContent!.slice(quotes[0]!.startOffset, quotes[0]!.endOffset)).toBe('We will win,');
      expect(highlightRange('q1')).toBe(quotes[0]);
      expect(textOf(root, 'c1')).toBe('175 prisoners'); // ordinary blocks still get marks
      expect(registry.get('claimlight-quote')!.priority).toBeGreaterThan(registry.get('claimlight-disputed')?.priority ?? -1);
      // Their colours come in a stylesheet adopted only while highlights are painted.
      // (happy-dom drops ::highlight rules when parsing, so the sheet is told by being the one we added.)
      const adopted = () => document.adoptedStyleSheets;
      expect(adopted()).toHaveLength(1);
      await eraseGradually(root);
      expect(registry.size).toBe(0);
      expect(adopted()).toHaveLength(0);
      expect(highlightRange('q1')).toBeUndefined();
      expect(root.innerHTML).toBe(before);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('falls back to wrapping where the browser has no highlight registry', () => {
    const filler = 'Officials said the plan worked. '.repeat(7000);
    const root = page(`<p>${filler}“We will win,” she said.</p>`);
    paintLayer(root, [item(root, 'q1', 'quote', 'We will win,')]);
    expect(textOf(root, 'q1')).toBe('We will win,');
  });
});

describe('painter: a highlight registry that refuses our objects', () => {
  it('falls back to wrapping and leaves no stylesheet behind', () => {
    vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
    vi.stubGlobal('CSS', { highlights: { get: () => undefined, set: () => { throw new Error('Permission denied'); }, delete: () => true } });
    try {
      const filler = 'Officials said the plan worked. '.repeat(7000);
      const root = page(`<p>${filler}“We will win,” she said.</p>`);
      paintLayer(root, [item(root, 'q1', 'quote', 'We will win,')]);
      expect(textOf(root, 'q1')).toBe('We will win,');
      expect(document.adoptedStyleSheets).toHaveLength(0);
      expect(highlightRange('q1')).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('painter: one budget per task', () => {
  it('pauses before the first mark when the task already spent its budget, and paints the same', async () => {
    const html = Array.from({ length: 5 }, (_, i) => `<p>Post ${i}: “we will act” said X.</p>`).join('');
    const at = async (spentMs: number) => {
      const root = page(`<div>${html}</div>`);
      const map = buildTextMap(root);
      const items: PaintItem[] = [];
      for (let i = 0, from = 0; i < 5; i++) {
        const s = map.text.indexOf('we will act', from);
        items.push({ id: `q${i}`, kind: 'quote', start: pointAt(map, s, 'start')!, end: pointAt(map, s + 11, 'end')! });
        from = s + 11;
      }
      let now = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => now);
      await new Promise((r) => setTimeout(r, 0)); // a new task
      taskElapsed(); // our work in this task starts…
      now = spentMs; // …and spends this much before painting (a layout read, a plan)
      const marksAtPause: number[] = [];
      const painted = await paintLayers(root, items, { budgetMs: 8, yieldToPage: async () => void marksAtPause.push(marksOf(root).length) });
      vi.restoreAllMocks();
      return { painted: [...painted].sort(), html: root.innerHTML, marksAtPause };
    };
    const fresh = await at(0);
    const spent = await at(20);
    expect(fresh.marksAtPause).toEqual([]); // the clock stands still: one slice
    expect(spent.marksAtPause[0]).toBe(0); // the page got its thread back before any mark was written
    expect(spent.painted).toEqual(fresh.painted);
    expect(spent.html).toBe(fresh.html);
  });

  it('erasing pauses first too when the task spent its budget, and restores the page exactly', async () => {
    const root = page(`<div>${'<p>He said “we will act” today.</p>'.repeat(3)}</div>`);
    const before = root.innerHTML;
    const map = buildTextMap(root);
    const s = map.text.indexOf('we will act');
    paintLayer(root, [{ id: 'q', kind: 'quote', start: pointAt(map, s, 'start')!, end: pointAt(map, s + 11, 'end')! }]);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    await new Promise((r) => setTimeout(r, 0));
    taskElapsed();
    now = 20;
    const marksAtPause: number[] = [];
    await eraseGradually(root, { budgetMs: 8, yieldToPage: async () => void marksAtPause.push(marksOf(root).length) });
    vi.restoreAllMocks();
    expect(marksAtPause).toEqual([1]); // one pause, before unwrapping
    expect(root.innerHTML).toBe(before);
  });
});
