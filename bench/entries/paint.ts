// In-page bench tools for painting: our painter as the content script uses it versus mark.js as it
// is usually used (one call per finding on document.body). Exposed as window.__paintBench.
import Mark from 'mark.js';
import { extractArticle, type ArticleExtract } from '@/lib/article';
import { pointAt } from '@/lib/dom/text-map';
import { paintLayer } from '@/lib/highlight/painter';
import { erase } from '@/lib/highlight/erase';
import { LAYER_ORDER } from '@/lib/highlight/marks';
import { useLongPagePainter } from '@/lib/highlight/long-page-slot';
import type { PaintItem } from '@/lib/highlight/types';
import { longPagePainter } from '@/lib/highlight/long-pages';
import type { ArticleInput, FindingKind } from '@/lib/model';

export interface BenchFinding {
  id: string;
  kind: FindingKind;
  start: number;
  end: number;
  text: string;
}

let article: ArticleExtract | null = null;

// The content script paints a page of hundreds of blocks (the live blog) with the long-page painter,
// which it loads with the interactive bundle: registered here from the start.
useLongPagePainter(longPagePainter);

/** Forces the style and layout work a DOM change causes, so both sides pay for it. */
const settle = () => document.body.getBoundingClientRect().height;

/** Plain text and node count of the body: equal before painting and after erasing when the DOM is restored. */
function signature(): string {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let length = 0;
  let hash = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const d = (n as Text).data;
    nodes++;
    length += d.length;
    for (let i = 0; i < d.length; i += 97) hash = (hash * 31 + d.charCodeAt(i)) | 0;
  }
  return `${nodes}:${length}:${hash}:${document.body.getElementsByTagName('*').length}`;
}

function extract(): { input: ArticleInput; ms: number } {
  const t0 = performance.now();
  article = extractArticle(document);
  const ms = performance.now() - t0;
  if (!article) throw new Error('no article found');
  return { input: article.input, ms };
}

function paintOurs(findings: BenchFinding[]) {
  if (!article) throw new Error('extract first');
  const map = article.map;
  const t0 = performance.now();
  const items: PaintItem[] = [];
  for (const f of findings) {
    const a = pointAt(map, f.start, 'start');
    const b = pointAt(map, f.end, 'end');
    if (a && b) items.push({ id: f.id, kind: f.kind, start: a, end: b });
  }
  const t1 = performance.now();
  const layers: Record<string, number> = {};
  let painted = 0;
  for (const kind of LAYER_ORDER) {
    const l0 = performance.now();
    painted += paintLayer(document.body, items.filter((p) => p.kind === kind)).size;
    layers[kind] = performance.now() - l0;
  }
  const t2 = performance.now();
  settle();
  const t3 = performance.now();
  return { ms: t3 - t0, pointsMs: t1 - t0, paintMs: t2 - t1, layoutMs: t3 - t2, layers, painted, marks: document.querySelectorAll('mark').length };
}

function eraseOurs() {
  const t0 = performance.now();
  const removed = erase(document.body);
  settle();
  return { ms: performance.now() - t0, removed };
}

/** mark.js as usually used: one mark() per finding over the whole body, across elements. */
function markjsPaint(texts: string[]) {
  const calls: number[] = [];
  const t0 = performance.now();
  for (const text of texts) {
    const c0 = performance.now();
    new Mark(document.body).mark(text, { acrossElements: true, separateWordSearch: false });
    calls.push(performance.now() - c0);
  }
  const t1 = performance.now();
  settle();
  const t2 = performance.now();
  return { ms: t2 - t0, callsMs: t1 - t0, layoutMs: t2 - t1, calls, marks: document.querySelectorAll('mark').length };
}

/** mark.js's unmark() of every mark in the body (ours carry data-markjs too: the same marks either way). */
function markjsUnmark() {
  const before = document.querySelectorAll('mark[data-markjs]').length;
  const t0 = performance.now();
  new Mark(document.body).unmark();
  settle();
  return { ms: performance.now() - t0, removed: before };
}

(window as unknown as { __paintBench: unknown }).__paintBench = { extract, paintOurs, eraseOurs, markjsPaint, markjsUnmark, signature };
