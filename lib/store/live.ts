// Helpers for store queries that run inside a live query (see watch.ts).
//
// Dexie's liveQuery re-runs a query when a write touches a range of keys the query read. Reads are
// only recorded while the query's own zone is current, and a query loses that zone once it awaits
// something that is not Dexie (an in-memory index, a shared promise, a timer). A query that reads
// from memory must therefore declare what it depends on first, with a Dexie read, before any such await.
import type { Table } from 'dexie';

/**
 * Make the running live query depend on every record of `table`: any add, change or delete re-runs
 * it. Costs one single-record read; outside a live query it is just that read. Call it before the
 * first await of anything that is not Dexie.
 */
export function dependOnWholeTable(table: Table): Promise<unknown> {
  // A cursor over the primary key registers its whole requested range (here: all keys), however
  // little of it is read; every write to the table names at least one primary key. (A limited
  // toArray() would not do: Dexie answers it from its live-query cache and re-runs the query only
  // when that one record changes.)
  return table.limit(1).each(() => undefined);
}
