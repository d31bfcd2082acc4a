// Checking a file's records one by one. A record refused on its own (RefusedRecordError: its page
// address is not http(s) or file) is left out and reported with where and why; any other error
// refuses the whole file, as a file that is not what it says it is.
import { RefusedRecordError } from '../schema/records';
import { ValidationError, fail, item, type Validator } from '../schema/validate';
import type { Progress } from './parsed';

/** Records are reported to `progress` this often. */
const PROGRESS_EVERY = 500;

export interface RecordCheck<T> {
  /** The list's items, counted against `max` before any is checked. */
  items: unknown;
  path: string;
  max: number;
  /** Checks one record; null for a valid item Claimlight does not keep (counted as unsupported). */
  check: (value: unknown, path: string) => T | null;
  refused: string[];
  progress?: Progress;
}

export function eachRecord<T>({ items, path, max, check, refused, progress }: RecordCheck<T>): { records: T[]; unsupported: number; paths: string[] } {
  if (!Array.isArray(items)) return fail(path, 'an array', items);
  if (items.length > max) throw new ValidationError(path, `has ${items.length.toLocaleString('en')} items; the limit is ${max.toLocaleString('en')}`);
  const records: T[] = [];
  const paths: string[] = [];
  let unsupported = 0;
  for (let i = 0; i < items.length; i++) {
    const at = item(path, i);
    try {
      const r = check(items[i], at);
      if (r === null) unsupported++;
      else {
        records.push(r);
        paths.push(at);
      }
    } catch (e) {
      if (!(e instanceof RefusedRecordError)) throw e;
      refused.push(e.message);
    }
    if (progress && (i + 1) % PROGRESS_EVERY === 0) progress(i + 1, items.length);
  }
  progress?.(items.length, items.length);
  return { records, unsupported, paths };
}

/** A validator as a record check. */
export const asCheck = <T>(v: Validator<T>) => (value: unknown, path: string): T => v(value, path);
