// Selectors for a span of a plain text: the DOM-free half of describe().
import type { Selector } from '../model';
import { buildCodePointIndex, splitsSurrogatePair, type CodePointIndex } from './codepoints';

/** Context kept either side of the quote, in UTF-16 units (one more to keep a surrogate pair whole). */
export const CONTEXT_LENGTH = 32;

/**
 * [TextQuoteSelector, TextPositionSelector] for text[start, end) (UTF-16 offsets): the exact text
 * with 32+ characters of context either side (fewer only at the text's edges) and its position in
 * code points. Offsets inside a surrogate pair are widened to the whole character; an empty span
 * gives no selectors.
 */
export function describeText(text: string, start: number, end: number, cpIndex?: CodePointIndex): Selector[] {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(0, Math.min(end, text.length));
  if (splitsSurrogatePair(text, s)) s--;
  if (splitsSurrogatePair(text, e)) e++;
  if (e <= s) return [];
  let prefixStart = Math.max(0, s - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart--;
  let suffixEnd = Math.min(text.length, e + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd++;
  const cp = cpIndex && cpIndex.length === text.length ? cpIndex : buildCodePointIndex(text);
  return [
    { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix: text.slice(prefixStart, s), suffix: text.slice(e, suffixEnd) },
    { type: 'TextPositionSelector', start: cp.toCodePoint(s)!, end: cp.toCodePoint(e)! },
  ];
}
