// An in-memory copy of every annotation's search digest (digest.ts): filtering 50,000 small
// digests in memory takes a few ms, far less than reading them per keystroke. The digests are read
// once from their own table (a fraction of what the annotations weigh, so even the first search on
// a cold index reads less than a plain scan of the annotations), then kept in step with Dexie's
// "storagemutated" events (local writes, and other extension pages' writes via BroadcastChannel):
// changed ids are re-read on the next search; a range change (clear, bulk delete) reloads all.
import { Dexie, RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { ClaimlightDb } from './db';
import type { Annotation } from '../model';
import { digestOfRow, rowOf, type Digest } from './digest';

/**
 * How many of the newest annotations the first search on a cold index reads before the digests: a
 * page of results (the Library shows 50) of any word in one annotation of 20 or more.
 */
export const COLD_FIRST_READ = 1000;

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
    // The annotations' changes (the digests are written below the layer that reports changes).
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
   * For the first search on a cold index: the newest COLD_FIRST_READ annotations (through the
   * updatedAt index, an eighth of a second at CPU ×4 where all the digests take over a second) that
   * pass `keep`, newest first, when at least `enough` of them do (a word common in recent
   * annotations); else null, and the caller searches the index. Only on a table at least twice that
   * size (a smaller one loads its digests about as fast).
   */
  async newestMatches(keep: (d: Digest) => boolean, enough: number): Promise<Annotation[] | null> {
    if (this.digests || this.syncing) return null;
    const table = this.db.annotations;
    return this.db.transaction('r', table, async () => {
      // The n-th newest change, by a key cursor that skips to it (the small entries of the index).
      const nthNewest = async (n: number) => ((await table.orderBy('updatedAt').reverse().offset(n - 1).limit(1).keys()) as number[])[0];
      const [edge, far] = await Promise.all([nthNewest(COLD_FIRST_READ), nthNewest(COLD_FIRST_READ * 2)]);
      if (edge === undefined || far === undefined) return null;
      // One getAll from the edge (ties at it come whole), sorted as the index sorts.
      const newest = (await table.where('updatedAt').aboveOrEqual(edge).toArray()).map((a) => ({ a, d: digestOfRow(rowOf(a)) }));
      const hits = newest.filter(({ d }) => keep(d)).sort((x, y) => newestFirst(x.d, y.d));
      return hits.length >= enough ? hits.map(({ a }) => a) : null;
    });
  }

  private async sync(): Promise<void> {
    if (!this.digests) {
      // Ids changed while loading stay in `dirty` and are re-read right after.
      this.dirty.clear();
      const resets = this.resets;
      // In a transaction of its own: when a live query starts the load, Dexie would otherwise keep
      // every row in its live-query cache as well. In key order, the fastest read (the sort after it
      // takes a few percent of it).
      const rows = await this.db.transaction('r', this.db.digests, () => this.db.digests.toArray());
      if (resets !== this.resets) return;
      const sorted = rows.map(digestOfRow).sort(newestFirst);
      this.digests = new Map(sorted.map((d) => [d.id, d]));
      this.sorted = sorted;
      return;
    }
    const ids = [...this.dirty];
    this.dirty.clear();
    const rows = await this.db.digests.bulkGet(ids);
    ids.forEach((id, i) => {
      const r = rows[i];
      if (r) this.digests?.set(id, digestOfRow(r));
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
