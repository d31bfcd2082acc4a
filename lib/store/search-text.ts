// Text folding for search: case- and diacritic-insensitive matching.
import type { Annotation } from '../model';

/** Lowercase, without diacritics (é → e; ß and ø stay as they are). */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of a query, folded. A leading "#" is kept so "#econ" matches tags only. */
export function queryWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** Everything a search looks at in one annotation: text, note, speaker, disputer, tags (as "#tag"). */
export function haystackOf(a: Annotation): string {
  const tags = a.tags.map((t) => `#${t}`).join(' ');
  return foldText([a.exact, a.note, a.speaker ?? '', a.disputedBy ?? '', tags].join('\n'));
}

/**
 * A character foldText can change in a way other than A-Z to a-z: anything but ASCII, the Latin-1
 * signs below À and general punctuation (curly quotes, dashes). In a string without one, foldText
 * only lowercases A-Z (search-text.test.ts checks every character of that set).
 */
export const FOLDS_BEYOND_ASCII = /[^\x00-\xbf\u2010-\u205e]/;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether an annotation has every (folded) word where haystackOf puts it — the same answer as
 * `words.every((w) => haystackOf(a).includes(w))` — without building the haystack: a word has no
 * whitespace, so it lies within one field; an ASCII word is looked for in each field as it is,
 * ignoring ASCII case (no string made), and a field is folded only when that misses and the field
 * has a character folding could change otherwise. For the first search on a cold index, which
 * matches every record once.
 */
export function recordMatcher(words: readonly string[]): (a: Annotation) => boolean {
  const tests = words.map((w) => {
    if (/[^\x00-\x7f]/.test(w)) return (s: string) => foldText(s).includes(w);
    const ascii = new RegExp(escapeRegExp(w), 'i');
    return (s: string) => ascii.test(s) || (FOLDS_BEYOND_ASCII.test(s) && foldText(s).includes(w));
  });
  // An empty or missing field has no word (haystackOf joins it as '').
  return (a) => tests.every((has) => (!!a.exact && has(a.exact)) || (!!a.note && has(a.note)) || (!!a.speaker && has(a.speaker)) || (!!a.disputedBy && has(a.disputedBy)) || a.tags.some((t) => has(`#${t}`)));
}
