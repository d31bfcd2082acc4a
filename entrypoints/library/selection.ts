// The Annotations view's current filters, remembered for the Export section ("Export the current
// search"): both views live in the same Library page, one at a time.
import { EMPTY_FILTERS, type LibraryFilters } from './filters';

let current: LibraryFilters = EMPTY_FILTERS;

export function rememberFilters(f: LibraryFilters): void {
  current = f;
}

export function currentFilters(): LibraryFilters {
  return current;
}

/** True when the filters narrow the list at all. */
export function isFiltered(f: LibraryFilters): boolean {
  return (Object.keys(EMPTY_FILTERS) as (keyof LibraryFilters)[]).some((k) => f[k] !== EMPTY_FILTERS[k]);
}
