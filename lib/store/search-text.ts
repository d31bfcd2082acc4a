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
