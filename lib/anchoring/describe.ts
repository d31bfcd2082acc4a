// A DOM Range → [TextQuoteSelector, TextPositionSelector] against the anchoring text model.
import type { Selector } from '../model';
import { offsetOf, type TextMap } from '../dom/text-map';
import { buildCodePointIndex, splitsSurrogatePair } from './codepoints';
import { anchoringTextMap } from './text-model';

/** Context kept either side of the quote, in UTF-16 units (one more to keep a surrogate pair whole). */
export const CONTEXT_LENGTH = 32;

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
 * Selectors for the text of `range` inside `root`: the exact text with 32+ characters of context
 * either side (fewer only at the text's edges) and its position in code points. Boundaries inside a
 * surrogate pair are widened to the whole character. Empty when the range covers no text of root.
 */
export function describe(root: Element, range: Range): Selector[] {
  const map = anchoringTextMap(root);
  const { text } = map;
  let start = boundaryOffset(map, root, range.startContainer, range.startOffset, 'start');
  let end = boundaryOffset(map, root, range.endContainer, range.endOffset, 'end');
  if (splitsSurrogatePair(text, start)) start--;
  if (splitsSurrogatePair(text, end)) end++;
  if (end <= start) return [];
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart--;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd++;
  const cp = buildCodePointIndex(text);
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    { type: 'TextPositionSelector', start: cp.toCodePoint(start)!, end: cp.toCodePoint(end)! },
  ];
}
