// Search across all annotations: words plus filters, newest change first, paged.
// Matching runs over the in-memory digests of search-index.ts; only the page of results shown is
// read from IndexedDB.
import type { Annotation, Kind, PageKey, Source } from '../model';
import { KINDS } from '../model';
import { getDb } from './db';
import { guard } from './errors';
import { searchIndexOf, type Digest } from './search-index';
import { queryWords } from './search-text';

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

function predicate(q: SearchQuery, sitePages: ReadonlySet<string> | null): (d: Digest) => boolean {
  const words = queryWords(q.text ?? '');
  const kinds = q.kinds && q.kinds.length < KINDS.length ? new Set(q.kinds) : null;
  const since = q.since ?? Number.NEGATIVE_INFINITY;
  const until = q.until ?? Number.POSITIVE_INFINITY;
  return (d) =>
    (q.includeDismissed || !d.dismissed) &&
    (!kinds || kinds.has(d.kind)) &&
    (q.source === undefined || d.source === q.source) &&
    (q.hasNote === undefined || d.hasNote === q.hasNote) &&
    (q.tag === undefined || d.tags.includes(q.tag)) &&
    (q.pageKey === undefined || d.pageKey === q.pageKey) &&
    (!sitePages || sitePages.has(d.pageKey)) &&
    d.updatedAt >= since &&
    d.updatedAt <= until &&
    words.every((w) => d.hay.includes(w));
}

export function searchAnnotations(q: SearchQuery = {}): Promise<SearchResult> {
  return guard('search the annotations', async () => {
    const db = getDb();
    const limit = Math.max(0, q.limit ?? DEFAULT_SEARCH_LIMIT);
    const offset = Math.max(0, q.offset ?? 0);
    const sitePages = q.site === undefined ? null : new Set(await db.pages.where('siteName').equals(q.site).primaryKeys());
    const keep = predicate(q, sitePages);
    const ids: string[] = [];
    let seen = 0;
    // One more than asked tells whether there is a next page.
    for (const d of await searchIndexOf(db).newestFirst()) {
      if (!keep(d)) continue;
      if (seen++ >= offset) ids.push(d.id);
      if (ids.length > limit) break;
    }
    const records = await db.annotations.bulkGet(ids.slice(0, limit));
    return { items: records.filter((a): a is Annotation => !!a), hasMore: ids.length > limit };
  });
}

/** Load the search index ahead of the first keystroke (e.g. when the library page opens). */
export function prepareSearch(): Promise<void> {
  return guard('prepare the search', async () => {
    await searchIndexOf(getDb()).newestFirst();
  });
}
