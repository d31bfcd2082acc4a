// The only code that imports mark.js: paints and erases Claimlight's <mark> elements.
//
// Page contract: every painted annotation is one or more <mark> elements carrying
// data-claimlight-id, data-claimlight-kind and, where known, data-claimlight-speaker and
// data-claimlight-disputed-by. Notes are never written into the page.
//
// Items arrive as DOM points (text node + offset), not live Ranges: live Ranges are updated on
// every DOM change and make batch wrapping 25× slower. Items are grouped by their enclosing block
// (paragraph) and each group is painted with one mark.js markRanges call whose context is that
// block: mark.js recomputes its text table on each call, so block-sized contexts keep a whole layer
// linear in the article's size instead of quadratic.
import Mark from 'mark.js';
import type { Kind } from '../model';

export interface PaintPoint {
  node: Text;
  offset: number;
}

export interface PaintItem {
  id: string;
  kind: Kind;
  start: PaintPoint;
  end: PaintPoint;
  speaker?: string | null;
  disputedBy?: string | null;
  /** Saved by the reader (or an auto-finding the reader acted on): styled a little stronger. */
  saved?: boolean;
}

/** Layers paint from the outside in: sentences first, then quotes inside them, then the reader's own. */
export const LAYER_ORDER: readonly Kind[] = ['disputed', 'claim', 'quote', 'highlight'];

const MARK_CLASS = 'claimlight-mark';
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'MAIN',
  'TD', 'TH', 'DD', 'DT', 'PRE', 'FIGURE', 'ASIDE', 'HEADER', 'FOOTER', 'BODY', 'UL', 'OL', 'TABLE',
]);
// mark.js never marks text whose parent is one of these; our offsets must skip them the same way.
const MARKJS_EXCLUDED = new Set(['SCRIPT', 'STYLE', 'TITLE', 'HEAD', 'HTML']);

function blockOf(node: Node, limit: Element): Element {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && el !== limit && !BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
  return el ?? limit;
}

/** Offsets of text nodes inside `ctx`, counted the way mark.js counts them. */
function indexTextNodes(ctx: Element): Map<Text, number> {
  const doc = ctx.ownerDocument;
  const walker = doc.createTreeWalker(ctx, 0x4 /* SHOW_TEXT */);
  const out = new Map<Text, number>();
  let pos = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t.parentElement && MARKJS_EXCLUDED.has(t.parentElement.tagName)) continue;
    out.set(t, pos);
    pos += t.data.length;
  }
  return out;
}

interface MarkRange {
  start: number;
  length: number;
  item: PaintItem;
}

function applyAttributes(el: HTMLElement, item: PaintItem): void {
  el.setAttribute('data-claimlight-id', item.id);
  el.setAttribute('data-claimlight-kind', item.kind);
  if (item.speaker) el.setAttribute('data-claimlight-speaker', item.speaker);
  if (item.disputedBy) el.setAttribute('data-claimlight-disputed-by', item.disputedBy);
  if (item.saved) el.setAttribute('data-claimlight-saved', '');
  // Reachable by keyboard: the first piece of each annotation takes focus and opens the card.
  el.tabIndex = -1;
}

/**
 * Paint one layer. Items overlapping an earlier item of the same call are skipped (mark.js cannot
 * nest within one pass); different layers nest freely. Returns the ids actually painted.
 */
export function paintLayer(root: Element, items: PaintItem[]): Set<string> {
  const painted = new Set<string>();
  if (!items.length) return painted;
  // 1. Points → (context element, offsets) before touching the DOM.
  const groups = new Map<Element, MarkRange[]>();
  const indexes = new Map<Element, Map<Text, number>>();
  for (const item of items) {
    if (!root.contains(item.start.node) || !root.contains(item.end.node)) continue;
    let ctx = blockOf(item.start.node, root);
    while (ctx !== root && !ctx.contains(item.end.node)) ctx = blockOf(ctx.parentElement ?? root, root);
    let index = indexes.get(ctx);
    if (!index) indexes.set(ctx, (index = indexTextNodes(ctx)));
    const a = index.get(item.start.node);
    const b = index.get(item.end.node);
    if (a == null || b == null) continue;
    const start = a + item.start.offset;
    const end = b + item.end.offset;
    if (end <= start) continue;
    let list = groups.get(ctx);
    if (!list) groups.set(ctx, (list = []));
    list.push({ start, length: end - start, item });
  }
  // 2. One markRanges per block. Nested contexts are safe: offsets are text offsets, which
  //    wrapping never changes.
  for (const [ctx, ranges] of groups) {
    new Mark(ctx as HTMLElement).markRanges(ranges, {
      element: 'mark',
      className: MARK_CLASS,
      each: (el: HTMLElement, range: unknown) => {
        const { item } = range as MarkRange;
        applyAttributes(el, item);
        painted.add(item.id);
      },
    });
  }
  return painted;
}

/** Marks of the given kinds (all kinds when omitted) inside root. */
export function marksOf(root: ParentNode, kinds?: readonly Kind[]): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}[data-claimlight-id]`)];
  return kinds ? all.filter((m) => kinds.includes(m.getAttribute('data-claimlight-kind') as Kind)) : all;
}

/** Marks of one annotation. */
export function marksFor(root: ParentNode, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)].filter((m) => m.getAttribute('data-claimlight-id') === id);
}

/**
 * Remove marks (of the given kinds, or all) and restore the text exactly: each mark is replaced by
 * its children and split text nodes are merged back.
 */
export function erase(root: ParentNode, kinds?: readonly Kind[], ids?: ReadonlySet<string>): number {
  let marks = marksOf(root, kinds);
  if (ids) marks = marks.filter((m) => ids.has(m.getAttribute('data-claimlight-id') ?? ''));
  const parents = new Set<Node>();
  // Innermost first, so an outer mark's children are already plain when it is unwrapped.
  for (let i = marks.length - 1; i >= 0; i--) {
    const m = marks[i]!;
    const parent = m.parentNode;
    if (!parent) continue;
    while (m.firstChild) parent.insertBefore(m.firstChild, m);
    parent.removeChild(m);
    parents.add(parent);
  }
  for (const p of parents) if (p.isConnected || p.parentNode) p.normalize();
  return marks.length;
}
