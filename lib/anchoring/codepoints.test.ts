import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCodePointIndex, splitsSurrogatePair } from './codepoints';
import { fuzzRuns } from '../testing/fuzz';

describe('code-point index', () => {
  it('is the identity on BMP text', () => {
    const idx = buildCodePointIndex('plain text');
    expect(idx.codePointLength).toBe(10);
    expect(idx.toUtf16(4)).toBe(4);
    expect(idx.toCodePoint(10)).toBe(10);
  });

  it('counts each astral character once', () => {
    const text = 'a😀b𝔘c';
    const idx = buildCodePointIndex(text);
    expect(idx.codePointLength).toBe(5);
    expect([0, 1, 2, 3, 4, 5].map((cp) => idx.toUtf16(cp))).toEqual([0, 1, 3, 4, 6, 7]);
    expect(idx.toCodePoint(3)).toBe(2);
    // Between the halves of 😀 (code units 1..3).
    expect(idx.toCodePoint(2)).toBe(1);
    expect(idx.toCodePoint(2, 'ceil')).toBe(2);
    expect(splitsSurrogatePair(text, 2)).toBe(true);
    expect(splitsSurrogatePair(text, 3)).toBe(false);
  });

  it('rejects offsets outside the text', () => {
    const idx = buildCodePointIndex('a😀');
    expect(idx.toUtf16(3)).toBeNull();
    expect(idx.toUtf16(-1)).toBeNull();
    expect(idx.toCodePoint(4)).toBeNull();
    expect(idx.toUtf16(1.5)).toBeNull();
  });

  it('treats lone surrogates as one code point each, like Array.from', () => {
    const text = 'x\ud800y\udc00z';
    const idx = buildCodePointIndex(text);
    expect(idx.codePointLength).toBe(Array.from(text).length);
  });

  it('agrees with Array.from on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const idx = buildCodePointIndex(text);
        const cps = Array.from(text);
        expect(idx.codePointLength).toBe(cps.length);
        let u = 0;
        for (let cp = 0; cp <= cps.length; cp++) {
          expect(idx.toUtf16(cp)).toBe(u);
          expect(idx.toCodePoint(u)).toBe(cp);
          u += cps[cp]?.length ?? 0;
        }
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
});
