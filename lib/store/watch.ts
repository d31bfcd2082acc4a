// Following the store from extension pages: live queries, and bare change signals.
import { Dexie, liveQuery, type ObservabilitySet } from 'dexie';
import { getDb } from './db';

/**
 * Call `onValue` with the query's result now and after every change that affects it.
 * Returns the function that stops watching.
 */
export function watch<T>(query: () => Promise<T>, onValue: (value: T) => void, onError?: (error: unknown) => void): () => void {
  const subscription = liveQuery(query).subscribe({
    next: onValue,
    error: onError ?? ((e: unknown) => console.warn('[Claimlight] live query failed', e)),
  });
  return () => subscription.unsubscribe();
}

export type TableName = 'annotations' | 'pages' | 'settings' | 'readings' | 'factReviews' | 'factLinks';

/**
 * Call `onChange` after every committed write to these tables, made here or in another extension
 * context, without reading anything. For a page that writes in quick bursts (a note typed key by
 * key): a live query re-reads after each write, and its read transactions, which wait on this
 * page's busy main thread, hold back the next writes. Re-read when the burst is over instead.
 */
export function onTablesChanged(tables: readonly TableName[], onChange: () => void): () => void {
  const prefixes = tables.map((t) => `idb://${getDb().name}/${t}/`);
  const listener = (parts: ObservabilitySet) => {
    if (parts.all || Object.keys(parts).some((k) => prefixes.some((p) => k.startsWith(p)))) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
