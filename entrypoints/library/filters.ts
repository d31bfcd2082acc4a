// The library's filter form as plain values, and how it becomes a store search.
import type { Kind } from '@/lib/model';
import { KINDS } from '@/lib/model';
import type { SearchQuery } from '@/lib/store';

export type NoteFilter = 'any' | 'with' | 'without';

export interface LibraryFilters {
  text: string;
  kind: Kind | '';
  site: string;
  /** yyyy-mm-dd (local time), or '' */
  from: string;
  to: string;
  note: NoteFilter;
  tag: string;
}

export const EMPTY_FILTERS: LibraryFilters = { text: '', kind: '', site: '', from: '', to: '', note: 'any', tag: '' };

/** Local midnight of a yyyy-mm-dd date, or undefined when empty or invalid. */
export function dayStart(day: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const t = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return Number.isNaN(t) ? undefined : t;
}

/** The last millisecond of a yyyy-mm-dd date (local time). */
export function dayEnd(day: string): number | undefined {
  const start = dayStart(day);
  if (start === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)!;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).getTime() - 1;
}

export function toSearchQuery(f: LibraryFilters, limit: number): SearchQuery {
  const q: SearchQuery = { limit };
  if (f.text.trim()) q.text = f.text.trim();
  if (f.kind && KINDS.includes(f.kind)) q.kinds = [f.kind];
  if (f.site) q.site = f.site;
  const since = dayStart(f.from);
  const until = dayEnd(f.to);
  if (since !== undefined) q.since = since;
  if (until !== undefined) q.until = until;
  if (f.note !== 'any') q.hasNote = f.note === 'with';
  if (f.tag) q.tag = f.tag;
  return q;
}

export function isFiltered(f: LibraryFilters): boolean {
  return JSON.stringify(f) !== JSON.stringify(EMPTY_FILTERS);
}
