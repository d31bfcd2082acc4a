// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { runNow } from '../dom/steps';
import { needsLongPages, paintPath, paintsLinearly, planLayerSteps, withoutOverlaps, type Group } from './plan';
import { walkText } from './text-walk';
import type { MarkRange, PaintItem } from './types';

function page(html: string): HTMLElement {
  document.body.innerHTML = html; // fixture markup for the test, not page text
  return document.body;
}

/** The first text node whose data contains `text`. */
function textNode(root: Node, text: string): Text {
  const walker = document.createTreeWalker(root, 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(text)) return n as Text;
  throw new Error('fixture text missing: ' + text);
}

function itemOn(id: string, node: Text, text: string, endNode: Text = node, endText: string = text): PaintItem {
  const start = node.data.indexOf(text);
  const end = endNode.data.indexOf(endText) + endText.length;
  return { id, kind: 'quote', start: { node, offset: start }, end: { node: endNode, offset: end } };
}

const range = (start: number, length: number, id: string): MarkRange => ({ start, length, item: { id } as PaintItem });

describe('walkText: the one walk over a block’s text', () => {
  it('visits the text nodes mark.js counts, each with its start, and skips script and style', () => {
    const root = page('<p>One <b>two</b><script>var x;</script><style>p{}</style> three</p>');
    const seen: [string, number][] = [];
    const length = walkText(root.querySelector('p')!, (node, start) => seen.push([node.data, start]));
    expect(seen).toEqual([['One ', 0], ['two', 4], [' three', 7]]);
    expect(length).toBe(13);
  });
});

describe('planLayerSteps', () => {
  it('turns DOM points into offsets within their block, one group per block', () => {
    const root = page('<p>First <i>para</i>graph here.</p><p>Second one.</p>');
    const [p1, p2] = [...root.querySelectorAll('p')];
    const graph = textNode(p1!, 'graph');
    const a = itemOn('a', graph, 'here');
    const b = itemOn('b', textNode(p2!, 'Second'), 'Second');
    const { groups } = runNow(planLayerSteps(root, [a, b]));
    expect(groups.map(([ctx, ranges, length]) => [ctx, ranges.map((r) => [r.item.id, r.start, r.length]), length])).toEqual([
      [p1, [['a', 'First paragraph '.length, 4]], 'First paragraph here.'.length],
      [p2, [['b', 0, 6]], 'Second one.'.length],
    ]);
  });

  it('takes the block that holds both ends of an item that crosses blocks', () => {
    const root = page('<div id="outer"><p>Alpha beta.</p><p>Gamma delta.</p></div>');
    const it = itemOn('x', textNode(root, 'Alpha'), 'beta', textNode(root, 'Gamma'), 'Gamma');
    const { groups } = runNow(planLayerSteps(root, [it]));
    expect(groups).toHaveLength(1);
    expect((groups[0]![0] as Element).id).toBe('outer');
    expect(groups[0]![1][0]).toMatchObject({ start: 6, length: 'beta.Gamma'.length });
  });

  it('skips items outside the root, empty items and same-layer overlaps (the earlier wins)', () => {
    const root = page('<p>The quick brown fox jumps.</p>');
    const outside = document.createTextNode('not in the page');
    const t = textNode(root, 'quick');
    const items = [
      itemOn('late', t, 'brown fox'),
      itemOn('early', t, 'quick brown'),
      itemOn('after', t, 'jumps'),
      { ...itemOn('empty', t, 'fox'), end: { node: t, offset: t.data.indexOf('fox') } },
      itemOn('gone', outside, 'page'),
    ];
    const { groups } = runNow(planLayerSteps(root, items));
    expect(groups[0]![1].map((r) => r.item.id)).toEqual(['early', 'after']);
  });

  it('cuts a block with very many ranges into chunks that each know the block’s length', () => {
    const root = page(`<p>${'word '.repeat(450)}</p>`);
    const t = textNode(root, 'word');
    const items: PaintItem[] = Array.from({ length: 450 }, (_, i) => ({
      id: `w${i}`, kind: 'claim', start: { node: t, offset: i * 5 }, end: { node: t, offset: i * 5 + 4 },
    }));
    const { groups } = runNow(planLayerSteps(root, items));
    expect(groups.map((g) => g[1].length)).toEqual([200, 200, 50]);
    expect(new Set(groups.map((g) => g[2]))).toEqual(new Set([450 * 5]));
  });
});

describe('choosing a painting path', () => {
  it('paints with mark.js whenever the long-page painter is not there', () => {
    expect(paintPath(1_000_000, true, false)).toBe('markjs');
  });
  it('paints ordinary blocks with mark.js, long ones or linear paints by wrapping, giant ones as highlights', () => {
    expect(paintPath(2_000, false, true)).toBe('markjs');
    expect(paintPath(2_000, true, true)).toBe('wrap');
    expect(paintPath(60_000, false, true)).toBe('wrap');
    expect(paintPath(250_000, false, true)).toBe('highlight');
  });
  it('wraps every block linearly past 400 blocks, or when asked', () => {
    const groups = (n: number, length = 10): Group[] => Array.from({ length: n }, () => [document.body, [], length]);
    expect(paintsLinearly(groups(400))).toBe(false);
    expect(paintsLinearly(groups(401))).toBe(true);
    expect(paintsLinearly(groups(1), true)).toBe(true);
    expect(needsLongPages(groups(3), false)).toBe(false);
    expect(needsLongPages(groups(3), true)).toBe(true);
    expect(needsLongPages([...groups(2), [document.body, [], 50_001]], false)).toBe(true);
  });
});

describe('withoutOverlaps', () => {
  it('sorts by start and keeps the first of overlapping ranges; touching ranges both stay', () => {
    const kept = withoutOverlaps([range(10, 5, 'c'), range(0, 5, 'a'), range(3, 4, 'b'), range(5, 5, 'd')]);
    expect(kept.map((r) => r.item.id)).toEqual(['a', 'd', 'c']);
  });
});
