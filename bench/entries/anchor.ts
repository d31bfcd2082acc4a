// In-page bench tools for re-anchoring: our anchorAll versus dom-anchor-text-quote's toRange (one
// call per annotation), on the element #bench-root. Exposed as window.__anchorBench.
import { toRange } from 'dom-anchor-text-quote';
import { anchorAll, describe } from '@/lib/anchoring';
import { buildTextMap, rangeAt } from '@/lib/dom/text-map';
import type { Selector } from '@/lib/model';

export interface TextEdit {
  /** [p, p + d) of the root's text is replaced by r. */
  p: number;
  d: number;
  r: string;
  /** Insert r (ending in "\n") as a new paragraph before the paragraph whose text starts at p. */
  para?: boolean;
}

export interface QuoteTarget {
  exact: string;
  prefix: string;
  suffix: string;
  hint: number;
}

const root = (): Element => {
  const el = document.getElementById('bench-root');
  if (!el) throw new Error('no #bench-root');
  return el;
};

/** The root's text (all text nodes, no separators: the same text both libraries count in) and paragraph starts. */
function text() {
  const map = buildTextMap(root());
  const starts = new Map(map.nodes.map((n, i) => [n, map.starts[i]!]));
  const paragraphStarts: number[] = [];
  for (const p of root().querySelectorAll('p')) {
    const first = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
    if (first && starts.has(first)) paragraphStarts.push(starts.get(first)!);
  }
  return { text: map.text, paragraphStarts };
}

/** Our describe() on a few spans, to check the selectors built in Node are the same. */
function describeSpans(spans: [number, number][]): Selector[][] {
  const map = buildTextMap(root());
  return spans.map(([s, e]) => describe(root(), rangeAt(map, s, e)!));
}

/** Apply edits given in descending order of position, so each one's offsets are still valid. */
function applyEdits(edits: TextEdit[]): void {
  const map = buildTextMap(root());
  const { nodes, starts } = map;
  const nodeAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const originalLength = nodes.map((n) => n.data.length);
  for (const e of edits) {
    let i = nodeAt(e.p);
    // At a node boundary, the edit belongs to the node that starts there.
    while (i + 1 < nodes.length && starts[i + 1] === e.p && originalLength[i] === e.p - starts[i]!) i++;
    if (e.para) {
      const para = nodes[i]!.parentElement!.closest('p')!;
      const p = document.createElement('p');
      p.textContent = e.r.slice(0, -1);
      para.parentNode!.insertBefore(p, para);
      para.parentNode!.insertBefore(document.createTextNode('\n'), para);
      continue;
    }
    const node = nodes[i]!;
    const local = e.p - starts[i]!;
    const cutHere = Math.min(e.d, node.data.length - local);
    node.data = node.data.slice(0, local) + e.r + node.data.slice(local + cutHere);
    // Deletions running into following nodes (words split by inline markup).
    let remaining = e.d - cutHere;
    while (remaining > 0 && ++i < nodes.length) {
      const next = nodes[i]!;
      const cut = Math.min(remaining, next.data.length);
      next.data = next.data.slice(cut);
      remaining -= cut;
    }
  }
}

function offsetsOf(ranges: (Range | null)[]): ([number, number] | null)[] {
  const map = buildTextMap(root());
  const starts = new Map(map.nodes.map((n, i) => [n as Node, map.starts[i]!]));
  const at = (node: Node, offset: number): number | null => {
    if (node.nodeType === 3) return (starts.get(node) ?? NaN) + offset;
    const r = document.createRange();
    r.setStart(root(), 0);
    r.setEnd(node, offset);
    return r.toString().length;
  };
  return ranges.map((r) => {
    if (!r) return null;
    const s = at(r.startContainer, r.startOffset);
    const e = at(r.endContainer, r.endOffset);
    return s == null || e == null || Number.isNaN(s) || Number.isNaN(e) ? null : [s, e];
  });
}

function anchorOurs(list: Selector[][]) {
  const t0 = performance.now();
  const ranges = anchorAll(root(), list);
  const ms = performance.now() - t0;
  return { ms, offsets: offsetsOf(ranges) };
}

function anchorTheirs(list: QuoteTarget[]) {
  const el = root();
  const t0 = performance.now();
  const ranges = list.map((q) => {
    try {
      return toRange(el, { exact: q.exact, prefix: q.prefix, suffix: q.suffix }, { hint: q.hint }) as Range | null;
    } catch {
      return null;
    }
  });
  const ms = performance.now() - t0;
  return { ms, offsets: offsetsOf(ranges) };
}

(window as unknown as { __anchorBench: unknown }).__anchorBench = { text, describeSpans, applyEdits, anchorOurs, anchorTheirs };
