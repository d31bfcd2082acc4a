import fc from 'fast-check';
import type { Annotation } from '../model';
import { FOLDS_BEYOND_ASCII, foldText, haystackOf, queryWords, recordMatcher } from './search-text';
import { buildAnnotation } from './annotations';

describe('recordMatcher', () => {
  it('FOLDS_BEYOND_ASCII leaves out only characters foldText lowercases as ASCII does, and no ASCII letter matches them ignoring case', () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (FOLDS_BEYOND_ASCII.test(c) || (code >= 0xd800 && code < 0xe000)) continue;
      expect(foldText(c)).toBe(code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : c);
      if (code >= 0x80) for (let l = 0x61; l <= 0x7a; l++) expect(new RegExp(String.fromCharCode(l), 'i').test(c)).toBe(false);
    }
  });

  const record = (over: Partial<Annotation>) => ({ ...buildAnnotation({ pageKey: 'https://a.example/', url: 'https://a.example/', kind: 'quote', exact: '' }, 'x', 1), ...over });
  const sameAsHaystack = (a: Annotation, query: string) => {
    const words = queryWords(query);
    expect(recordMatcher(words)(a)).toBe(words.every((w) => haystackOf(a).includes(w)));
  };

  it('answers as the haystack does: case, accents, fields, tags, punctuation, Greek sigma', () => {
    const a = record({ exact: 'Le Président a dit “NON” — ΟΔΟΣ', note: 'Zürich?', speaker: 'Emmanuel Macron', disputedBy: 'State', tags: ['econ', 'a b'] });
    for (const q of ['president', 'PRÉSIDENT', 'non”', '“non', 'zurich', 'macron', 'state', 'ſtate', '#econ', '#a', 'b', 'οδος', 'οδοσ', 'dit macron', 'zurich emmanuel', 'nothing', 'n\u0303', 'undefined', 'null', '#'])
      sameAsHaystack(a, q);
    sameAsHaystack(record({ exact: 'plain', note: undefined as unknown as string, speaker: undefined as unknown as null }), 'undefined');
  });

  it('answers as the haystack does on random text', () => {
    const chars = fc.constantFrom(...'aAbBeEiIkKsSzZ #?.é É e\u0301 ß ẞ ø ı İ ſ K Σσς ΟΔ “” — \u00b5μ ﬁ fi Å Å \u1e9e'.split(''));
    const text = fc.array(chars, { maxLength: 12 }).map((l) => l.join(''));
    fc.assert(
      fc.property(text, text, fc.option(text), fc.array(text, { maxLength: 2 }), fc.array(text.filter((t) => t.trim() !== ''), { minLength: 1, maxLength: 2 }), (exact, note, speaker, tags, query) => {
        sameAsHaystack(record({ exact, note, speaker, tags }), query.join(' '));
      }),
      { numRuns: 3000 },
    );
  });
});
