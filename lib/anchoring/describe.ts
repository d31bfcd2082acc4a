// A DOM Range → [TextQuoteSelector, TextPositionSelector] against the anchoring text model.
import type { Selector } from '../model';
import { offsetOf, type TextMap } from '../dom/text-map';
import { describeText } from './describe-text';
import { anchoringTextMap } from './text-model';

/**
 * Text offset of a Range boundary, also when it sits in a skipped subtree (script, our own UI) or
 * outside the root altogether (clamped to the root's start or end).
 */
function boundaryOffset(map: TextMap, root: Element, container: Node, offset: number, side: 'start' | 'end'): number {
  if (container !== root && !root.contains(container)) {
    const inside = root.ownerDocument.createRange();
    inside.selectNodeContents(root);
    return inside.comparePoint(container, offset) < 0 ? 0 : map.text.length;
  }
  const direct = offsetOf(map, container, offset);
  if (direct !== null) return direct;
  // A text node the map skipped (inside a script, our own UI): the boundary just before or after it.
  const parent = container.parentNode ?? root;
  const index = Array.prototype.indexOf.call(parent.childNodes, container) as number;
  return offsetOf(map, parent, side === 'start' ? index : index + 1) ?? (side === 'start' ? 0 : map.text.length);
}

/**
 * Selectors for the text of `range` inside `root` (see describeText): quote with 32+ characters of
 * context, and position in code points. Empty when the range covers no text of root.
 */
export function describe(root: Element, range: Range): Selector[] {
  const map = anchoringTextMap(root);
  const start = boundaryOffset(map, root, range.startContainer, range.startOffset, 'start');
  const end = boundaryOffset(map, root, range.endContainer, range.endOffset, 'end');
  return describeText(map.text, start, end);
}
