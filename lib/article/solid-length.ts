/** Number of non-whitespace characters in `s` (counted without allocating). */
export function solidLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // ASCII whitespace, NBSP, and the Unicode space separators used in page text.
    if (c > 32 ? c !== 160 && !(c >= 0x2000 && c <= 0x200a) && c !== 0x202f && c !== 0x3000 : c !== 32 && (c < 9 || c > 13)) n++;
  }
  return n;
}

/**
 * solidLength for measuring reading text: a Chinese, Japanese or Korean character counts three, as it
 * carries about as much as a short word, so the paragraph and "readerable" thresholds (tuned on text in
 * Latin script, as Readability's are) do not refuse a Chinese or Korean story of ordinary length.
 */
export function readingLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 ? c !== 160 && !(c >= 0x2000 && c <= 0x200a) && c !== 0x202f && c !== 0x3000 : c !== 32 && (c < 9 || c > 13)) {
      n += isCjk(c) ? CJK_WEIGHT : 1;
    }
  }
  return n;
}

const CJK_WEIGHT = 3;

/** Kana, CJK ideographs (with extension A and compatibility ideographs) and Hangul syllables. */
const isCjk = (c: number): boolean =>
  (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
