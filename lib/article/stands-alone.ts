// Does an inline element stand on a line of its own (a byline span, a timestamp) rather than sit
// inside running text (a linked name in a sentence)? Skipping the first is safe; skipping the
// second would cut a sentence in two.

import { isBlockElement, isBreakElement } from './tags';

function neighbour(node: Node, forward: boolean): Node | null {
  let s = forward ? node.nextSibling : node.previousSibling;
  while (s && s.nodeType === 3 && !/\S/.test((s as Text).data)) s = forward ? s.nextSibling : s.previousSibling;
  while (s && s.nodeType !== 1 && s.nodeType !== 3) s = forward ? s.nextSibling : s.previousSibling;
  return s;
}

function isInlineNeighbour(s: Node | null): boolean {
  return !!s && (s.nodeType === 3 || !isBreakElement(s as Element));
}

/** True when no text or inline element sits beside `el` in its line (looking through inline wrappers). */
export function standsAlone(el: Element): boolean {
  let node: Element = el;
  for (;;) {
    const before = neighbour(node, false);
    const after = neighbour(node, true);
    if (isInlineNeighbour(before) || isInlineNeighbour(after)) return false;
    const parent = node.parentElement;
    // Only block neighbours (or none) inside a block: alone. Alone inside an inline wrapper: ask about the wrapper.
    if (before || after || !parent || isBlockElement(parent)) return true;
    node = parent;
  }
}
