// Search across all annotations: words plus filters, newest change first, paged.
//
// Strategy: pick the most selective index among the filters (page/site, tag, kinds), load those
// candidates and sort them; with no such filter walk the updatedAt index backwards and stop as soon
// as the page is full, so a typical keystroke reads only as many records as it shows.
import type { Annotation, Kind, PageKey, Source } from '../model';
import { KINDS } from '../model';
import { getDb } from './db';
import { guard } from './errors';
import { matchesWords, queryWords } from './search-text';

export interface SearchQuery {
  /** Words that must all occur in the text, note, speaker, disputer or tags ("#tag" for tags only). */
  text?: string;
  kinds?: readonly Kind[];
  /** Site (PageRecord.siteName, e.g. "news.example"). */
  site?: string;
  pageKey?: PageKey;
  /** updatedAt range, inclusive, in ms. */
  since?: number;
  until?: number;
  /** true: only with a note; false: only without. */
  hasNote?: boolean;
  tag?: string;
  source?: Source;
  /** Dismissed auto-findings are left out unless asked for. */
  includeDismissed?: boolean;
  limit?: number;
  offset?: number;
}

export interface SearchResult {
  items: Annotation[];
  /** More matches exist after this page. */
  hasMore: boolean;
}

export const DEFAULT_SEARCH_LIMIT = 50;

function predicate(q: SearchQuery): (a: Annotation) => boolean {
  const words = queryWords(q.text ?? '');
  const kinds = q.kinds && q.kinds.length < KINDS.length ? new Set(q.kinds) : null;
  const since = q.since ?? Number.NEGATIVE_INFINITY;
  const until = q.until ?? Number.POSITIVE_INFINITY;
  return (a) =>
    (q.includeDismissed || !a.dismissed) &&
    (!kinds || kinds.has(a.kind)) &&
    (q.source === undefined || a.source === q.source) &&
    (q.hasNote === undefined || (a.note.trim() !== '') === q.hasNote) &&
    (q.tag === undefined || a.tags.includes(q.tag)) &&
    (q.pageKey === undefined || a.pageKey === q.pageKey) &&
    a.updatedAt >= since &&
    a.updatedAt <= until &&
    matchesWords(a, words);
}

const newestFirst = (a: Annotation, b: Annotation) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Candidates from the most selective index, or null when a walk in updatedAt order is better. */
async function indexedCandidates(q: SearchQuery): Promise<Annotation[] | null> {
  const db = getDb();
  if (q.pageKey !== undefined) return db.annotations.where('pageKey').equals(q.pageKey).toArray();
  if (q.site !== undefined) {
    const keys = await db.pages.where('siteName').equals(q.site).primaryKeys();
    return keys.length ? db.annotations.where('pageKey').anyOf(keys).toArray() : [];
  }
  if (q.tag !== undefined) return db.annotations.where('tags').equals(q.tag).toArray();
  if (q.kinds && q.kinds.length === 0) return [];
  if (q.kinds && q.kinds.length < KINDS.length) return db.annotations.where('kind').anyOf([...q.kinds]).toArray();
  return null;
}

export function searchAnnotations(q: SearchQuery = {}): Promise<SearchResult> {
  return guard('search the annotations', async () => {
    const limit = Math.max(0, q.limit ?? DEFAULT_SEARCH_LIMIT);
    const offset = Math.max(0, q.offset ?? 0);
    const keep = predicate(q);
    const candidates = await indexedCandidates(q);
    if (candidates) {
      const matches = candidates.filter(keep).sort(newestFirst);
      return { items: matches.slice(offset, offset + limit), hasMore: matches.length > offset + limit };
    }
    const db = getDb();
    const since = q.since ?? Number.NEGATIVE_INFINITY;
    const until = q.until ?? Number.POSITIVE_INFINITY;
    const range =
      q.since !== undefined || q.until !== undefined
        ? db.annotations.where('updatedAt').between(since, until, true, true)
        : db.annotations.orderBy('updatedAt');
    // One more than asked tells whether there is a next page.
    const page = await range.reverse().filter(keep).offset(offset).limit(limit + 1).toArray();
    return { items: page.slice(0, limit), hasMore: page.length > limit };
  });
}
