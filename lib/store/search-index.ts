// An in-memory digest of every annotation for search: reading 50,000 records from IndexedDB takes
// about a second in Chromium, far too slow per keystroke, while filtering 50,000 small digests in
// memory takes a few ms. The digest is loaded once, then kept in step with Dexie's
// "storagemutated" events (local writes, and other extension pages' writes via BroadcastChannel):
// changed ids are re-read on the next search; a range change (clear, bulk delete) reloads all.
import { Dexie, RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { Annotation, Kind, PageKey, Source } from '../model';
import type { ClaimlightDb } from './db';
import { haystackOf } from './search-text';

export interface Digest {
  id: string;
  pageKey: PageKey;
  kind: Kind;
  source: Source;
  dismissed: boolean;
  hasNote: boolean;
  tags: string[];
  speaker: string | null;
  updatedAt: number;
  /** Folded text, note, speaker, disputer and "#tags". */
  hay: string;
}

/** Whether an annotation has a note (Digest.hasNote). */
export const hasNoteOf = (a: Annotation): boolean => a.note.trim() !== '';

export function digestOf(a: Annotation): Digest {
  return {
    id: a.id,
    pageKey: a.pageKey,
    kind: a.kind,
    source: a.source,
    dismissed: a.dismissed,
    hasNote: hasNoteOf(a),
    tags: a.tags,
    speaker: a.speaker,
    updatedAt: a.updatedAt,
    hay: haystackOf(a),
  };
}

/**
 * How many of the newest records the first search on a cold index reads before the whole table: a
 * page of results (the Library shows 50) of any word in one annotation of 20 or more. Small, as a
 * rarer word reads these again in the whole-table read.
 */
export const COLD_FIRST_READ = 1000;
/** Work per task (ms) digesting records into the index after a first search answered. */
const INSTALL_SLICE_MS = 8;

const newestRecordFirst = (a: Annotation, b: Annotation) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const newestFirst = (a: Digest, b: Digest) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export class SearchIndex {
  private digests: Map<string, Digest> | null = null;
  private sorted: Digest[] | null = null;
  private dirty = new Set<string>();
  private syncing: Promise<void> | null = null;
  /** Bumped on every reset, so a load that raced with one is thrown away. */
  private resets = 0;
  private readonly part: string;
  private readonly listener = (parts: ObservabilitySet) => this.noteChanges(parts);

  constructor(private readonly db: ClaimlightDb) {
    this.part = `idb://${db.name}/annotations/`;
    Dexie.on('storagemutated', this.listener);
  }

  /** Stop following changes (the index is then dropped). */
  dispose(): void {
    Dexie.on('storagemutated').unsubscribe(this.listener);
    this.digests = this.sorted = null;
  }

  private noteChanges(parts: ObservabilitySet): void {
    if (!this.digests && !this.syncing) return; // nothing loaded, nothing to keep in step
    if (parts.all) return this.reset();
    for (const key of [this.part, `${this.part}:dels`]) {
      const tree: IntervalTree | undefined = parts[key];
      if (!tree) continue;
      for (const node of RangeSet(tree)) {
        if (node.from === node.to && typeof node.from === 'string') this.dirty.add(node.from);
        else return this.reset();
      }
    }
  }

  private reset(): void {
    this.digests = this.sorted = null;
    this.dirty.clear();
    this.resets++;
  }

  /** Whether the digests are in memory (possibly with a few changed ids still to re-read). */
  get loaded(): boolean {
    return this.digests !== null;
  }

  /** Start loading the digests if they are not in memory, without waiting; failures are retried on the next use. */
  warm(): void {
    if (this.digests && !this.dirty.size) return;
    this.newestFirst().catch(() => undefined);
  }

  /** Every annotation's digest, newest change first. */
  async newestFirst(): Promise<Digest[]> {
    // A sync in flight may be re-reading ids it already took out of `dirty`: wait for it too.
    while (!this.digests || this.dirty.size || this.syncing) {
      this.syncing ??= this.sync().finally(() => (this.syncing = null));
      await this.syncing;
    }
    this.sorted ??= [...this.digests.values()].sort(newestFirst);
    return this.sorted;
  }

  /**
   * How the last first search on a cold index read the table (for tests and the bench probe): how
   * many reads through the updatedAt index, newest first, how many records they held, and whether
   * the whole table was then read in primary-key order.
   */
  lastColdRead: { reads: number; byIndex: number; whole: boolean } | null = null;

  /**
   * The first search on a cold index, no slower than a plain scan of the table. The newest
   * COLD_FIRST_READ records are read first through the updatedAt index; a word common among them
   * is answered from them, or from more of the newest records read the same way when their hit
   * rate says a page of results lies within a quarter of the table. Otherwise the table is read
   * once in primary-key order, as a scan reads it, and only the records older than those already
   * matched are matched. Then the answer
   * comes before the index: a whole-table read is digested into it in slices that yield (sorted by
   * the next search), else the index loads behind the answer (warm()). Returns the matching
   * records, newest first (at least `enough` of them, or all), or null when the index is loaded or
   * loading (search it instead).
   */
  async firstSearch(keep: (a: Annotation) => boolean, enough: number): Promise<Annotation[] | null> {
    if (this.digests || this.syncing) return null;
    // As in sync(): ids changed from here on stay in `dirty` and are re-read by the next search.
    this.dirty.clear();
    const resets = this.resets;
    const table = this.db.annotations;
    const stats = { reads: 0, byIndex: 0, whole: false };
    this.lastColdRead = stats;
    let records: Annotation[] | null = null;
    // Matched on the records themselves: no digest, no haystack is built (keeping 50,000 digests
    // alive while matching cost more garbage collection than the scan's throw-away strings at CPU
    // ×4; `keep` makes no string for most records). With `below`, only records changed before it
    // (written so that one the updatedAt index lacks is matched too).
    const matching = (list: Annotation[], below?: number) => list.filter((a) => (below === undefined || !(a.updatedAt >= below)) && keep(a)).sort(newestRecordFirst);
    const read = this.db.transaction('r', table, async () => {
      // The n-th newest change, by a key cursor that skips to it.
      const nthNewest = async (n: number) => ((await table.orderBy('updatedAt').reverse().offset(n - 1).limit(1).keys()) as number[])[0];
      // Whether the n-th newest change exists tells the table's size well enough, from the small
      // entries of the index (instead of a count() of the primary store, one more walk of the records).
      const upTo = (n: number, within: number) => Promise.all([nthNewest(n), nthNewest(n * within)]).then(([edge, far]) => (far === undefined ? undefined : edge));
      let hits: Annotation[] = [];
      // Everything changed at or after `edge` has been read and matched.
      let edge: number | undefined;
      // Through the index, newest first: each read is every record changed between two edges (ties
      // at an edge fall on its newer side whole), one getAll. Each entry read this way costs a
      // lookup in the primary store as well, so the first read is at most half the table, and after
      // it the index is read on only as far as the hit rate so far says a page of results lies (half
      // as far again, at least twice as many records), and only within a quarter of the table.
      let next = await upTo(COLD_FIRST_READ, 2);
      while (next !== undefined) {
        const chunk = await (edge === undefined ? table.where('updatedAt').aboveOrEqual(next) : table.where('updatedAt').between(next, edge, true, false)).toArray();
        edge = next;
        stats.byIndex += chunk.length;
        stats.reads++;
        hits = hits.concat(matching(chunk));
        if (hits.length >= enough) return hits;
        if (hits.length === 0) break;
        next = await upTo(Math.max(stats.byIndex * 2, Math.ceil((1.5 * stats.byIndex * enough) / hits.length)), 4);
      }
      // The rest as a scan reads it: one getAll in primary-key order (the few records already
      // read come again, but are not matched again), older than `edge` so nothing counts twice.
      const all = await table.toArray();
      stats.whole = true;
      hits = hits.concat(matching(all, edge));
      records = all; // the whole table: the index is built from it behind the answer
      return hits;
    });
    const install = async () => {
      await read;
      const list: Annotation[] | null = records;
      if (!list) return;
      const map = new Map<string, Digest>();
      // Behind the answer, in slices of about INSTALL_SLICE_MS whatever the CPU: the caller reads
      // the answer first.
      let t0 = -Infinity;
      for (let i = 0; i < list.length; i++) {
        if (i % 50 === 0 && performance.now() - t0 > INSTALL_SLICE_MS) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (resets !== this.resets) return;
          t0 = performance.now();
        }
        const d = digestOf(list[i]!);
        map.set(d.id, d);
      }
      this.digests = map;
      this.sorted = null;
    };
    this.syncing = install().finally(() => (this.syncing = null));
    this.syncing.catch(() => undefined); // a failed read is reported by `read`; the next search loads again
    return read;
  }

  private async sync(): Promise<void> {
    if (!this.digests) {
      // Ids changed while loading stay in `dirty` and are re-read right after.
      this.dirty.clear();
      const resets = this.resets;
      // In a transaction of its own: when a live query starts the load, Dexie would otherwise keep
      // every record in its live-query cache as well. Read in updatedAt order (ties by id), so the
      // digests come out sorted: no sort of 50,000 on a cold start, which left a cold search slower
      // than a plain scan of the table on a slow CPU.
      const all = await this.db.transaction('r', this.db.annotations, () => this.db.annotations.orderBy('updatedAt').toArray());
      if (resets !== this.resets) return;
      const sorted = all.map(digestOf).reverse();
      this.digests = new Map(sorted.map((d) => [d.id, d]));
      this.sorted = sorted;
      return;
    }
    const ids = [...this.dirty];
    this.dirty.clear();
    const records = await this.db.annotations.bulkGet(ids);
    ids.forEach((id, i) => {
      const a = records[i];
      if (a) this.digests?.set(id, digestOf(a));
      else this.digests?.delete(id);
    });
    this.sorted = null;
  }
}

const indexes = new WeakMap<ClaimlightDb, SearchIndex>();

/** The search index of a database (created on first use). */
export function searchIndexOf(db: ClaimlightDb): SearchIndex {
  let index = indexes.get(db);
  if (!index) {
    index = new SearchIndex(db);
    indexes.set(db, index);
  }
  return index;
}
