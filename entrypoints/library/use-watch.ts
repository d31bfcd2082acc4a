// A store query that stays current: re-runs whenever the data it read changes, whoever wrote it
// (this page, the popup, the background for a tab, another extension page): see lib/store/watch.ts.
import { useEffect, useState } from 'preact/hooks';
import { watch } from '@/lib/store';

export interface Watched<T> {
  value: T | undefined;
  error: string | null;
}

export function useWatch<T>(query: () => Promise<T>, deps: readonly unknown[]): Watched<T> {
  const [state, setState] = useState<Watched<T>>({ value: undefined, error: null });
  useEffect(
    () =>
      watch(
        query,
        (value) => setState({ value, error: null }),
        (e) => setState((s) => ({ value: s.value, error: e instanceof Error ? e.message : String(e) })),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    deps,
  );
  return state;
}
