// The one walk over a block's text that every painting path shares: the text nodes mark.js would
// mark, in document order, each with where it starts in the block's text. The planner (plan.ts)
// turns DOM points into block offsets with it, and the linear wrapper (long-pages.ts) turns the
// offsets back into text nodes with it, so both count characters exactly as mark.js does.
import { isBlockElement } from '../article/tags';

// mark.js never marks text whose parent is one of these; our offsets must skip them the same way.
const MARKJS_EXCLUDED = new Set(['SCRIPT', 'STYLE', 'TITLE', 'HEAD', 'HTML']);
const SHOW_TEXT = 0x4;

/** Call `visit` for each text node under `ctx` that mark.js counts, with its start in ctx's text; returns ctx's text length. */
export function walkText(ctx: Element, visit: (node: Text, start: number) => void): number {
  const walker = ctx.ownerDocument.createTreeWalker(ctx, SHOW_TEXT);
  let pos = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t.parentElement && MARKJS_EXCLUDED.has(t.parentElement.tagName)) continue;
    visit(t, pos);
    pos += t.data.length;
  }
  return pos;
}

/** The nearest block element (paragraph, list item, …: lib/article/tags.ts) holding `node`, or `limit`. */
export function blockOf(node: Node, limit: Element): Element {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && el !== limit && !isBlockElement(el)) el = el.parentElement;
  return el ?? limit;
}
