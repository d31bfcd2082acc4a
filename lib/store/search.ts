// Search across all annotations: words plus filters, newest change first, paged.
// Matching runs over the in-memory digests of search-index.ts; only the page of results shown is
// read from IndexedDB. Until the digests are in memory, an unfiltered search reads its page straight
// from the updatedAt index and the digests load behind it; a filtered one is answered from the
// newest annotations when they hold a page of results, else it loads the digests first (their own
// table, far less to read than the annotations).
// Every search depends on the whole annotations table, so a live query re-runs it after any write.
import type { Annotation, Kind, PageKey, PageRecord, Source } from '../model';
import { KINDS } from '../model';
import { getDb } from './db';
import { guard } from './errors';
import { dependOnWholeTable } from './live';
import type { Digest } from './digest';
import { searchIndexOf } from './search-index';
import { foldText, queryWords } from './search-text';

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
  /** Only dismissed auto-findings (the Library's "Dismissed" list). */
  onlyDismissed?: boolean;
  limit?: number;
  offset?: number;
}

export interface SearchResult {
  items: Annotation[];
  /** More matches exist after this page. */
  hasMore: boolean;
}

export const DEFAULT_SEARCH_LIMIT = 50;

/** The query as a test of a digest. */
function predicate(q: SearchQuery, sitePages: ReadonlySet<string> | null): (d: Digest) => boolean {
  const words = queryWords(q.text ?? '');
  const kinds = q.kinds && q.kinds.length < KINDS.length ? new Set(q.kinds) : null;
  const since = q.since ?? Number.NEGATIVE_INFINITY;
  const until = q.until ?? Number.POSITIVE_INFINITY;
  return (d) =>
    (q.onlyDismissed ? d.dismissed : q.includeDismissed || !d.dismissed) &&
    (!kinds || kinds.has(d.kind)) &&
    (q.source === undefined || d.source === q.source) &&
    (q.tag === undefined || d.tags.includes(q.tag)) &&
    (q.pageKey === undefined || d.pageKey === q.pageKey) &&
    (!sitePages || sitePages.has(d.pageKey)) &&
    d.updatedAt >= since &&
    d.updatedAt <= until &&
    (q.hasNote === undefined || d.hasNote === q.hasNote) &&
    words.every((w) => d.hay.includes(w));
}

/** No words and no filters: every annotation that is not dismissed. */
export function isUnfiltered(q: SearchQuery): boolean {
  return (
    queryWords(q.text ?? '').length === 0 &&
    (q.kinds === undefined || KINDS.every((k) => q.kinds!.includes(k))) &&
    q.site === undefined &&
    q.pageKey === undefined &&
    q.since === undefined &&
    q.until === undefined &&
    q.hasNote === undefined &&
    q.tag === undefined &&
    q.source === undefined &&
    !q.includeDismissed &&
    !q.onlyDismissed
  );
}

/** Newest change first straight from the updatedAt index (ties: higher id first, as the digests sort). */
async function newestFromIndex(limit: number, offset: number): Promise<SearchResult> {
  const list = await getDb()
    .annotations.orderBy('updatedAt')
    .reverse()
    .filter((a) => !a.dismissed)
    .offset(offset)
    .limit(limit + 1)
    .toArray();
  return { items: list.slice(0, limit), hasMore: list.length > limit };
}

export function searchAnnotations(q: SearchQuery = {}): Promise<SearchResult> {
  return guard('search the annotations', async () => {
    const db = getDb();
    const limit = Math.max(0, q.limit ?? DEFAULT_SEARCH_LIMIT);
    const offset = Math.max(0, q.offset ?? 0);
    const index = searchIndexOf(db);
    // Before anything below awaits the in-memory index (not Dexie): see live.ts.
    const depend = dependOnWholeTable(db.annotations);
    if (!index.loaded && isUnfiltered(q)) {
      const [result] = await Promise.all([newestFromIndex(limit, offset), depend]);
      // Only now: loading every record first would queue this page's reads behind it.
      index.warm();
      return result;
    }
    await depend;
    const sitePages = q.site === undefined ? null : new Set(await db.pages.where('siteName').equals(q.site).primaryKeys());
    const keep = predicate(q, sitePages);
    // One more than asked tells whether there is a next page (null once the index is loaded or loading).
    const early = await index.newestMatches(keep, offset + limit + 1);
    if (early) {
      index.warm(); // the digests load behind the answer
      return { items: early.slice(offset, offset + limit), hasMore: early.length > offset + limit };
    }
    const ids: string[] = [];
    let seen = 0;
    for (const d of await index.newestFirst()) {
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

/** When a page note was last written (its page's last visit for notes older than that field). */
export const pageNoteTime = (p: PageRecord): number => p.noteUpdatedAt ?? p.lastSeen;

/**
 * Page notes (the reader's note on a page as a whole) matching a search: words in the note, the
 * site, page and date filters. Kind, tag, source and dismissed filters name annotations, so they
 * leave page notes out. Newest first.
 */
export function searchPageNotes(q: SearchQuery = {}): Promise<PageRecord[]> {
  return guard('search the page notes', async () => {
    const kindsNarrowed = q.kinds !== undefined && !KINDS.every((k) => q.kinds!.includes(k));
    if (kindsNarrowed || q.tag !== undefined || q.source !== undefined || q.hasNote === false || q.onlyDismissed) return [];
    const words = queryWords(q.text ?? '');
    const since = q.since ?? Number.NEGATIVE_INFINITY;
    const until = q.until ?? Number.POSITIVE_INFINITY;
    const db = getDb();
    const pages = q.pageKey !== undefined ? await db.pages.where('pageKey').equals(q.pageKey).toArray() : q.site !== undefined ? await db.pages.where('siteName').equals(q.site).toArray() : await db.pages.toArray();
    const limit = Math.max(0, q.limit ?? DEFAULT_SEARCH_LIMIT);
    return pages
      .filter((p) => {
        if (!p.note.trim()) return false;
        const t = pageNoteTime(p);
        if (t < since || t > until) return false;
        const hay = foldText(p.note);
        return words.every((w) => hay.includes(w));
      })
      .sort((a, b) => pageNoteTime(b) - pageNoteTime(a))
      .slice(0, limit);
  });
}
