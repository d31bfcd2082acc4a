// Unicode code points <-> UTF-16 code units for one string. TextPositionSelector counts code points
// (W3C); JS strings, the text map and the matchers count UTF-16 code units. The index stores only
// where the surrogate pairs are, so it costs nothing on BMP-only text and each conversion is a
// binary search.

export interface CodePointIndex {
  /** Length of the text in UTF-16 code units. */
  readonly length: number;
  /** Length of the text in code points. */
  readonly codePointLength: number;
  /** UTF-16 offset of a code-point offset, or null outside [0, codePointLength]. */
  toUtf16(codePoint: number): number | null;
  /**
   * Code-point offset of a UTF-16 offset, or null outside [0, length]. An offset between the two
   * halves of a surrogate pair rounds down ('floor', the pair's start) or up ('ceil', its end).
   */
  toCodePoint(utf16: number, round?: 'floor' | 'ceil'): number | null;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair in `text`. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Number of entries in the sorted array `a` that are < x. */
function countBelow(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

export function buildCodePointIndex(text: string): CodePointIndex {
  // pairStarts[i]: UTF-16 offset of the i-th surrogate pair; pairCodePoints[i]: its code-point offset.
  // Found by a regular expression (UTF-16 code units: no u flag), left to right without overlaps, as
  // a loop over the code units would, but native: a live blog's 1.8 M characters were one stretch of
  // ~30 ms at CPU ×4 with charCodeAt, and text with no pair at all is where it is fastest.
  const pairStarts: number[] = [];
  const pairCodePoints: number[] = [];
  SURROGATE_PAIR.lastIndex = 0;
  for (let m = SURROGATE_PAIR.exec(text); m; m = SURROGATE_PAIR.exec(text)) {
    pairCodePoints.push(m.index - pairStarts.length);
    pairStarts.push(m.index);
  }
  const length = text.length;
  const codePointLength = length - pairStarts.length;
  return {
    length,
    codePointLength,
    toUtf16(cp) {
      if (!Number.isInteger(cp) || cp < 0 || cp > codePointLength) return null;
      // Every pair that starts before code point `cp` adds one extra code unit.
      return cp + countBelow(pairCodePoints, cp);
    },
    toCodePoint(u, round = 'floor') {
      if (!Number.isInteger(u) || u < 0 || u > length) return null;
      // Pairs that end at or before u contribute one unit each beyond their code point.
      const before = countBelow(pairStarts, u - 1);
      const inside = before < pairStarts.length && pairStarts[before] === u - 1;
      if (inside) return u - 1 - before + (round === 'ceil' ? 1 : 0);
      return u - before;
    },
  };
}
