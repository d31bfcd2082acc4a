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
