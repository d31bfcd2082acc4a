// A store query that stays current: re-runs when the data it read changes (the store's watch),
// and after writes the background makes for content scripts (see components/store-writes.ts).
import { useEffect, useState } from 'preact/hooks';
import { watch } from '@/lib/store';
import { useStoreWriteTick } from '@/components/store-writes';

export interface Watched<T> {
  value: T | undefined;
  error: string | null;
}

export function useWatch<T>(query: () => Promise<T>, deps: readonly unknown[]): Watched<T> {
  // Writes the live query misses (see components/store-writes.ts): re-subscribe after each one.
  const tick = useStoreWriteTick();
  const [state, setState] = useState<Watched<T>>({ value: undefined, error: null });
  useEffect(
    () =>
      watch(
        query,
        (value) => setState({ value, error: null }),
        (e) => setState((s) => ({ value: s.value, error: e instanceof Error ? e.message : String(e) })),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [...deps, tick],
  );
  return state;
}
