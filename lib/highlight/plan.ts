// Planning a layer before any DOM write: each item's DOM points become (context block, text
// offsets), and each block gets one of the three painting paths. Reads the DOM only.
//
// Items arrive as DOM points (text node + offset), not live Ranges: live Ranges are updated on
// every DOM change and make batch wrapping 25× slower. Items are grouped by their enclosing block
// (paragraph) and each group is painted in one call whose context is that block: mark.js recomputes
// its text table on each call, so block-sized contexts keep a whole layer linear in the article's
// size instead of quadratic.
import { STEP_NODES, type Steps } from '../dom/steps';
import { blockOf, walkText } from './text-walk';
import type { MarkRange, PaintItem } from './types';

/** Ranges to paint inside one block, with the block's text length (which decides how it is painted). */
export type Group = [ctx: Element, ranges: MarkRange[], length: number];

export interface LayerPlan {
  groups: Group[];
}

/** Ranges painted in one go inside a single block. */
const RANGES_PER_CHUNK = 200;

/**
 * Blocks longer than this are wrapped linearly (long-pages.ts): mark.js rebuilds its copy of the block's text
 * after every wrap, which is quadratic on a pathological block (a 5 MB paragraph).
 */
const DIRECT_WRAP_CHARS = 50_000;

/**
 * More blocks than this in one paint, and every block is wrapped linearly too: each mark.js
 * call leaves a NodeIterator alive until garbage collection, and Chromium updates every live
 * NodeIterator on each DOM removal — with thousands of blocks (a long live blog) painting and
 * erasing turn quadratic (measured: 10,000 removals take 4 ms with no live iterators, 2.8 s with
 * 5,000). Ordinary articles (tens of paragraphs) are painted by mark.js.
 */
const MARKJS_MAX_BLOCKS = 400;

/**
 * Blocks longer than this are not wrapped at all where the browser can highlight ranges without a
 * DOM change (the CSS Custom Highlight API): any change inside one giant paragraph makes the browser
 * lay all of it out again (a 5 MB paragraph: 0.5–1 s per change, measured). No real article has such
 * a block; the items there are shown (and listed, and revealed) but have no card.
 */
const HIGHLIGHT_CHARS = 200_000;

/** The three ways a block is painted: mark.js, linear wrapping, CSS highlights (which fall back to wrapping). */
type PaintPath = 'markjs' | 'wrap' | 'highlight';

/** Wrap every block linearly: too many blocks for mark.js (see MARKJS_MAX_BLOCKS), or asked to. */
export const paintsLinearly = (groups: readonly Group[], asked = false): boolean => asked || groups.length > MARKJS_MAX_BLOCKS;

/** How a block of `length` characters is painted; without the long-page painter, always by mark.js. */
export function paintPath(length: number, linear: boolean, haveLongPages: boolean): PaintPath {
  if (!haveLongPages) return 'markjs';
  if (length > HIGHLIGHT_CHARS) return 'highlight';
  return linear || length > DIRECT_WRAP_CHARS ? 'wrap' : 'markjs';
}

/** Whether painting these groups needs the long-page painter (linear wrapping, or a very long block). */
export const needsLongPages = (groups: readonly Group[], linear: boolean): boolean => linear || groups.some((g) => g[2] > DIRECT_WRAP_CHARS);

/** Ranges sorted by start, without those overlapping an earlier one (the earlier range wins, as in mark.js). */
export function withoutOverlaps(ranges: readonly MarkRange[]): MarkRange[] {
  const sorted = [...ranges].sort((x, y) => x.start - y.start);
  const kept: MarkRange[] = [];
  let last = -1;
  for (const r of sorted) if (r.start >= last) kept.push(r), (last = r.start + r.length);
  return kept;
}

/** A block's text nodes and where each starts in its text (walkText), and the text's length. */
interface TextIndex {
  offsets: Map<Text, number>;
  length: number;
}

function indexText(ctx: Element): TextIndex {
  const offsets = new Map<Text, number>();
  const length = walkText(ctx, (node, start) => void offsets.set(node, start));
  return { offsets, length };
}

/**
 * Points → (context block, text offsets), as a pass that can pause (lib/dom/steps.ts). Text offsets
 * are stable under wrapping: a split text node keeps its start within its block, so plans of later
 * layers stay valid while earlier layers are painted.
 */
export function* planLayerSteps(root: Element, items: readonly PaintItem[]): Steps<LayerPlan> {
  const groups = new Map<Element, MarkRange[]>();
  const indexes = new Map<Element, TextIndex>();
  let seen = 0;
  for (const item of items) {
    if (++seen % STEP_NODES === 0) yield;
    if (!root.contains(item.start.node) || !root.contains(item.end.node)) continue;
    let ctx = blockOf(item.start.node, root);
    while (ctx !== root && !ctx.contains(item.end.node)) ctx = blockOf(ctx.parentElement ?? root, root);
    let index = indexes.get(ctx);
    if (!index) indexes.set(ctx, (index = indexText(ctx)));
    const a = index.offsets.get(item.start.node);
    const b = index.offsets.get(item.end.node);
    if (a == null || b == null) continue;
    const start = a + item.start.offset;
    const end = b + item.end.offset;
    if (end <= start) continue;
    let list = groups.get(ctx);
    if (!list) groups.set(ctx, (list = []));
    list.push({ start, length: end - start, item });
  }
  // Same-layer overlaps are dropped, then a block with very many ranges (one giant paragraph) is
  // painted in chunks, each a slice of work of its own.
  const out: Group[] = [];
  for (const [ctx, list] of groups) {
    const length = indexes.get(ctx)!.length;
    const kept = withoutOverlaps(list);
    for (let i = 0; i < kept.length; i += RANGES_PER_CHUNK) out.push([ctx, kept.slice(i, i + RANGES_PER_CHUNK), length]);
  }
  return { groups: out };
}
