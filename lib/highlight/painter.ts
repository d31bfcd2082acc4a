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
import { DEFAULT_PAGE_SETTINGS, type Kind } from '../model';
import { runNow, runSliced, yieldToPage, type Steps } from '../dom/steps';

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

/** The nearest block element (paragraph, list item, …) holding `node`, or `limit`. */
export function blockOf(node: Node, limit: Element): Element {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && el !== limit && !BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
  return el ?? limit;
}

/** Offsets of text nodes inside a block, counted the way mark.js counts them, and the block's text length. */
interface TextIndex {
  offsets: Map<Text, number>;
  length: number;
}

function indexTextNodes(ctx: Element): TextIndex {
  const doc = ctx.ownerDocument;
  const walker = doc.createTreeWalker(ctx, 0x4 /* SHOW_TEXT */);
  const offsets = new Map<Text, number>();
  let pos = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t.parentElement && MARKJS_EXCLUDED.has(t.parentElement.tagName)) continue;
    offsets.set(t, pos);
    pos += t.data.length;
  }
  return { offsets, length: pos };
}

/**
 * Linear wrapping for huge blocks, with the same result as mark.js: one <mark> per text-node piece.
 * Ranges are wrapped from last to first: splitting a text node keeps the original node as the part
 * before the split, so the positions of earlier ranges stay valid.
 */
function wrapDirect(ctx: Element, ranges: MarkRange[], painted: Set<string>): void {
  const doc = ctx.ownerDocument;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let pos = 0;
  const walker = doc.createTreeWalker(ctx, 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t.parentElement && MARKJS_EXCLUDED.has(t.parentElement.tagName)) continue;
    nodes.push(t);
    starts.push(pos);
    pos += t.data.length;
  }
  const nodeAt = (offset: number): number => {
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Same-layer overlaps are dropped, as mark.js does (first one wins).
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const kept: MarkRange[] = [];
  let last = -1;
  for (const r of sorted) if (r.start >= last) kept.push(r), (last = r.start + r.length);
  for (let k = kept.length - 1; k >= 0; k--) {
    const r = kept[k]!;
    const end = r.start + r.length;
    const first = nodeAt(r.start);
    const lastNode = nodeAt(Math.max(r.start, end - 1));
    for (let i = lastNode; i >= first; i--) {
      let node = nodes[i]!;
      const from = Math.max(r.start, starts[i]!) - starts[i]!;
      const to = Math.min(end, starts[i]! + node.data.length) - starts[i]!;
      if (to <= from || !node.data.slice(from, to).trim()) continue;
      if (to < node.data.length) node.splitText(to);
      if (from > 0) node = node.splitText(from);
      const mark = doc.createElement('mark');
      mark.setAttribute('data-markjs', 'true');
      mark.className = MARK_CLASS;
      node.parentNode!.insertBefore(mark, node);
      mark.appendChild(node);
      applyAttributes(mark, r.item);
      painted.add(r.item.id);
    }
  }
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

/** Ranges to paint inside one block, with the block's text length (which decides how it is painted). */
type Group = [ctx: Element, ranges: MarkRange[], length: number];

interface LayerPlan {
  groups: Group[];
}

/**
 * Points → (context block, text offsets), computed before touching the DOM. Text offsets are
 * stable under wrapping: mark.js splits text nodes but the node a point refers to keeps its start
 * within its block, so plans of later layers stay valid while earlier layers are painted.
 */
function planLayer(root: Element, items: readonly PaintItem[]): LayerPlan {
  return runNow(planLayerSteps(root, items));
}

/** planLayer as a pass that can pause (see lib/dom/steps.ts): it reads the DOM only. */
function* planLayerSteps(root: Element, items: readonly PaintItem[]): Steps<LayerPlan> {
  const groups = new Map<Element, MarkRange[]>();
  const indexes = new Map<Element, TextIndex>();
  let seen = 0;
  for (const item of items) {
    if (++seen % 200 === 0) yield;
    if (!root.contains(item.start.node) || !root.contains(item.end.node)) continue;
    let ctx = blockOf(item.start.node, root);
    while (ctx !== root && !ctx.contains(item.end.node)) ctx = blockOf(ctx.parentElement ?? root, root);
    let index = indexes.get(ctx);
    if (!index) indexes.set(ctx, (index = indexTextNodes(ctx)));
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
  // Same-layer overlaps are dropped (the earlier range wins, as in mark.js), then a block with very
  // many ranges (one giant paragraph) is painted in chunks, each a slice of work of its own.
  const out: Group[] = [];
  for (const [ctx, list] of groups) {
    const length = indexes.get(ctx)!.length;
    list.sort((x, y) => x.start - y.start);
    const kept: MarkRange[] = [];
    let last = -1;
    for (const r of list) if (r.start >= last) kept.push(r), (last = r.start + r.length);
    for (let i = 0; i < kept.length; i += RANGES_PER_CHUNK) out.push([ctx, kept.slice(i, i + RANGES_PER_CHUNK), length]);
  }
  return { groups: out };
}

/** Ranges painted in one go inside a single block. */
const RANGES_PER_CHUNK = 200;

/**
 * Blocks longer than this are wrapped by wrapDirect: mark.js rebuilds its copy of the block's text
 * after every wrap, which is quadratic on a pathological block (a 5 MB paragraph).
 */
const DIRECT_WRAP_CHARS = 50_000;

/**
 * More blocks than this in one paint, and every block is wrapped by wrapDirect too: each mark.js
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

/** Items painted as highlights rather than marks: id → its range. */
const highlighted = new Map<string, StaticRange>();

const registry = (): HighlightRegistry | null => (typeof Highlight === 'function' && globalThis.CSS?.highlights) || null;

/**
 * The ::highlight() colours, adopted by the document only while highlights are painted: in the
 * manifest's stylesheet (on every page) they cost Chromium ~30 MB on a 10,000-post live blog
 * (measured: every element gets highlight styles once any ::highlight rule exists).
 */
let highlightSheet: CSSStyleSheet | null = null;
const UNDERLINES: Partial<Record<Kind, string>> = { quote: 'dotted', claim: 'dashed', disputed: 'wavy' };

function adoptHighlightStyles(doc: Document): boolean {
  try {
    if (!highlightSheet) {
      highlightSheet = new CSSStyleSheet();
      highlightSheet.replaceSync(
        // Kinds differ by underline as well as colour, as the marks do.
        LAYER_ORDER.map((k) => `::highlight(claimlight-${k}){background-color:color-mix(in srgb,var(--claimlight-${k},${DEFAULT_PAGE_SETTINGS.colors[k]}) 35%,transparent);${k === 'highlight' ? '' : `text-decoration:underline ${UNDERLINES[k]}`}}`).join(''),
      );
    }
    if (!doc.adoptedStyleSheets.includes(highlightSheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, highlightSheet];
    return true;
  } catch {
    return false; // no constructable stylesheets here: wrap instead
  }
}

function highlightGroup(ctx: Element, ranges: MarkRange[], painted: Set<string>): boolean {
  const reg = registry();
  if (!reg || !adoptHighlightStyles(ctx.ownerDocument)) return false;
  try {
    addHighlights(reg, ranges, painted);
    return true;
  } catch {
    // The registry refused our objects (a content-script sandbox may): wrap instead.
    clearHighlights();
    return false;
  }
}

function addHighlights(reg: HighlightRegistry, ranges: MarkRange[], painted: Set<string>): void {
  for (const { item } of ranges) {
    const name = `claimlight-${item.kind}`;
    let h = reg.get(name);
    if (!h) {
      reg.set(name, (h = new Highlight()));
      h.priority = LAYER_ORDER.indexOf(item.kind);
    }
    const { start, end } = item;
    const r = new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });
    h.add(r);
    highlighted.set(item.id, r);
    painted.add(item.id);
  }
}

/** The range of an item painted as a highlight (see HIGHLIGHT_CHARS), if it is one. */
export const highlightRange = (id: string): StaticRange | undefined => highlighted.get(id);

function clearHighlights(): void {
  const doc = globalThis.document;
  const adopted = !!highlightSheet && !!doc?.adoptedStyleSheets.includes(highlightSheet);
  if (!highlighted.size && !adopted) return; // the usual case: nothing was highlighted
  highlighted.clear();
  try {
    const reg = registry();
    if (reg) for (const k of LAYER_ORDER) reg.delete(`claimlight-${k}`);
    if (adopted) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== highlightSheet);
  } catch {
    // nothing of ours is left that could be removed
  }
}

function paintGroup([ctx, ranges, length]: Group, painted: Set<string>, linear = false): void {
  if (length > HIGHLIGHT_CHARS && highlightGroup(ctx, ranges, painted)) return;
  if (linear || length > DIRECT_WRAP_CHARS) return wrapDirect(ctx, ranges, painted);
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

/**
 * Paint one layer. Items overlapping an earlier item of the same call are skipped (mark.js cannot
 * nest within one pass); different layers nest freely. Returns the ids actually painted.
 */
export function paintLayer(root: Element, items: readonly PaintItem[]): Set<string> {
  const painted = new Set<string>();
  const { groups } = planLayer(root, items);
  const linear = groups.length > MARKJS_MAX_BLOCKS;
  for (const group of groups) paintGroup(group, painted, linear);
  return painted;
}

export interface PaintOptions {
  /** Layers in painting order (outermost first). */
  order?: readonly Kind[];
  /** Longest stretch of work before yielding to the page, in ms. */
  budgetMs?: number;
  /** Give the main thread back to the page. */
  yieldToPage?: () => Promise<void>;
  /** Stop early (a newer paint started, the script was invalidated). */
  cancelled?: () => boolean;
  /** Runs each synchronous slice of DOM writes (e.g. with a MutationObserver paused). */
  slice?: (work: () => void) => void;
  /** Wrap with the linear wrapper even when there are few blocks (many small paints, see MARKJS_MAX_BLOCKS). */
  linear?: boolean;
}

const direct = (work: () => void) => work();

/** Give the page its main thread back (not through a throttled timer in a hidden tab): lib/dom/steps.ts. */
export { yieldToPage };

/**
 * Paint every layer, one markRanges per block, yielding to the page whenever a stretch of work
 * exceeds the budget, so even a 10,000-paragraph live blog never blocks the page for long.
 */
export async function paintLayers(root: Element, items: readonly PaintItem[], opts: PaintOptions = {}): Promise<Set<string>> {
  const { order = LAYER_ORDER, budgetMs = 12, cancelled = () => false, slice = direct } = opts;
  const pause = opts.yieldToPage ?? yieldToPage;
  const painted = new Set<string>();
  const byKind = new Map<Kind, PaintItem[]>();
  for (const it of items) {
    let list = byKind.get(it.kind);
    if (!list) byKind.set(it.kind, (list = []));
    list.push(it);
  }
  // Plan every layer first: plans stay valid while earlier layers are painted (see planLayer).
  // Planning reads the DOM only, so the page may run between plans.
  const plans: LayerPlan[] = [];
  for (const k of order) {
    plans.push(await runSliced(planLayerSteps(root, byKind.get(k) ?? []), { budgetMs, pause }));
    if (cancelled()) return painted;
  }
  const groups = plans.flatMap((p) => p.groups);
  const linear = opts.linear || groups.length > MARKJS_MAX_BLOCKS;
  let i = 0;
  while (i < groups.length) {
    slice(() => {
      const t0 = performance.now();
      do {
        paintGroup(groups[i++]!, painted, linear);
      } while (i < groups.length && performance.now() - t0 < budgetMs);
    });
    if (i < groups.length) {
      await pause();
      if (cancelled()) break;
    }
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
  if (!kinds && !ids) clearHighlights();
  const marks = selectMarks(root, kinds, ids);
  unwrap(marks, 0, marks.length);
  return marks.length;
}

/** erase() in slices, yielding to the page between them (unwrapping costs more than wrapping). */
export async function eraseGradually(root: ParentNode, opts: Pick<PaintOptions, 'budgetMs' | 'yieldToPage' | 'slice'> = {}): Promise<number> {
  const { budgetMs = 12, slice = direct } = opts;
  const pause = opts.yieldToPage ?? yieldToPage;
  clearHighlights();
  const marks = selectMarks(root);
  // Innermost marks come last in document order: unwrap from the end, one slice at a time.
  let end = marks.length;
  while (end > 0) {
    slice(() => {
      const t0 = performance.now();
      while (end > 0 && performance.now() - t0 < budgetMs) {
        const next = Math.max(0, end - 200);
        unwrap(marks, next, end);
        end = next;
      }
    });
    if (end > 0) await pause();
  }
  return marks.length;
}

function selectMarks(root: ParentNode, kinds?: readonly Kind[], ids?: ReadonlySet<string>): HTMLElement[] {
  let marks = marksOf(root, kinds);
  if (ids) marks = marks.filter((m) => ids.has(m.getAttribute('data-claimlight-id') ?? ''));
  return marks;
}

/** Unwrap marks[from..to), innermost (last) first, then merge the text nodes they split. */
function unwrap(marks: readonly HTMLElement[], from: number, to: number): void {
  const parents = new Set<Node>();
  for (let i = to - 1; i >= from; i--) {
    const m = marks[i]!;
    const parent = m.parentNode;
    if (!parent) continue;
    while (m.firstChild) parent.insertBefore(m.firstChild, m);
    parent.removeChild(m);
    parents.add(parent);
  }
  for (const p of parents) p.normalize();
}
