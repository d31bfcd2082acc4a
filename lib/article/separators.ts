// Which text nodes belong to the map, and what virtual text goes between two of them:
// "\n\n" across a block boundary (different block elements, or a <br>/block element between
// them), "" inside one block so inline markup (a, b, em, span) never breaks a sentence.

import type { BlockIndex } from './block-index';
import { isBreakElement } from './tags';

export const BLOCK_SEPARATOR = '\n\n';

function isBreakNode(n: Node | null): boolean {
  return !!n && n.nodeType === 1 && isBreakElement(n as Element);
}

/** The node beside `node` on one side within its line, looking out through inline wrappers. */
function besideInLine(node: Node, forward: boolean): Node | null {
  for (let n: Node = node; ; ) {
    const s = forward ? n.nextSibling : n.previousSibling;
    if (s) return s;
    const up = n.parentNode;
    if (!up || up.nodeType !== 1 || isBreakElement(up as Element)) return null;
    n = up;
  }
}

/**
 * Keep a text node unless it is whitespace-only layout between blocks (source indentation): nothing
 * but block edges and breaks on both sides. Whitespace with inline content on either side ("<b>a</b>
 * <i>b</i>", "a<b> </b>b", "<a>x</a> </p>") stays, as it would inside one text node: the article's text
 * must not depend on how its text nodes are split (our own marks split them; a re-check with marks
 * painted has to read the text that was analysed).
 */
export function isSignificantText(node: Text): boolean {
  if (/\S/.test(node.data)) return true;
  const inline = (n: Node | null) => !!n && !isBreakNode(n);
  return inline(besideInLine(node, false)) || inline(besideInLine(node, true));
}

/** Is there a <br> or a block-level element between `prev` and `next` (same block, prev first)? */
function breakBetween(prev: Node, next: Node): boolean {
  let n: Node = prev;
  for (;;) {
    while (!n.nextSibling) {
      const up = n.parentNode;
      if (!up) return false;
      n = up;
    }
    n = n.nextSibling;
    // Enter elements that contain `next`; any other element is passed over whole.
    while (n !== next && n.nodeType === 1 && n.contains(next)) {
      if (isBreakNode(n)) return true;
      n = n.firstChild!;
    }
    if (n === next) return false;
    if (isBreakNode(n)) return true;
  }
}

export function blockSeparator(index: BlockIndex): (prev: Text, next: Text) => string {
  return (prev, next) => {
    if (index.blockOf(prev) !== index.blockOf(next)) return BLOCK_SEPARATOR;
    return breakBetween(prev, next) ? BLOCK_SEPARATOR : '';
  };
}
