// Painting for very long blocks and pages, where mark.js would be slow: linear wrapping (one <mark>
// per text-node piece, as mark.js makes them) and, for giant blocks, the CSS Custom Highlight API.
// Ordinary articles never need it, so it is not in the content script's core: it comes with the
// interactive bundle (entrypoints/interactive.ts), which the core's painter loads when a paint plan
// has a very long block or very many blocks (useLongPagePainter). One instance serves both bundles,
// so what either bundle's painter highlights, the other can erase and the UI can reveal.
import { DEFAULT_PAGE_SETTINGS, type Kind } from '../model';
import { applyAttributes, LAYER_ORDER, MARK_CLASS } from './marks';
import { withoutOverlaps } from './plan';
import { walkText } from './text-walk';
import type { LongPagePainter, MarkRange } from './types';

/**
 * Linear wrapping for huge blocks, with the same result as mark.js: one <mark> per text-node piece.
 * Ranges are wrapped from last to first: splitting a text node keeps the original node as the part
 * before the split, so the positions of earlier ranges stay valid.
 */
function wrapDirect(ctx: Element, ranges: MarkRange[], painted: Set<string>): void {
  const doc = ctx.ownerDocument;
  const nodes: Text[] = [];
  const starts: number[] = [];
  walkText(ctx, (node, start) => {
    nodes.push(node);
    starts.push(start);
  });
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
  const kept = withoutOverlaps(ranges);
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

/** The painter's hooks (see LongPagePainter in types.ts). */
export const longPagePainter: LongPagePainter = { wrap: wrapDirect, highlight: highlightGroup, clear: clearHighlights };
