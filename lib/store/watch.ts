// Live queries for extension pages: re-run a store query whenever the data it read changes.
import { liveQuery } from 'dexie';

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
