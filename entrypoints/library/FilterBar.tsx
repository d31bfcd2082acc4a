// Search words and filters: kind, site, date range, has note, tag.
import type { Kind } from '@/lib/model';
import { KINDS } from '@/lib/model';
import type { SiteSummary, TagCount } from '@/lib/store';
import { KIND_PLURAL } from '@/components/kinds';
import { EMPTY_FILTERS, isFiltered, type LibraryFilters, type NoteFilter } from './filters';

export interface FilterBarProps {
  filters: LibraryFilters;
  onChange: (f: LibraryFilters) => void;
  sites: readonly SiteSummary[];
  tags: readonly TagCount[];
}

export function FilterBar({ filters: f, onChange, sites, tags }: FilterBarProps) {
  const set = <K extends keyof LibraryFilters>(k: K, v: LibraryFilters[K]) => onChange({ ...f, [k]: v });
  return (
    <form class="filters" role="search" aria-label="Search annotations" onSubmit={(e) => e.preventDefault()}>
      <label class="filters__search">
        <span>Search</span>
        <input
          type="search"
          value={f.text}
          placeholder="Words in quotes, notes, speakers, #tags"
          onInput={(e) => set('text', e.currentTarget.value)}
        />
      </label>
      <label>
        <span>Kind</span>
        <select value={f.kind} onChange={(e) => set('kind', e.currentTarget.value as Kind | '')}>
          <option value="">All kinds</option>
          {KINDS.map((k) => (
            <option value={k} key={k}>
              {KIND_PLURAL[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Site</span>
        <select value={f.site} onChange={(e) => set('site', e.currentTarget.value)}>
          <option value="">All sites</option>
          {sites.map((s) => (
            <option value={s.site} key={s.site}>
              {s.site} ({s.annotations})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>From</span>
        <input type="date" value={f.from} onChange={(e) => set('from', e.currentTarget.value)} />
      </label>
      <label>
        <span>To</span>
        <input type="date" value={f.to} onChange={(e) => set('to', e.currentTarget.value)} />
      </label>
      <label>
        <span>Note</span>
        <select value={f.note} onChange={(e) => set('note', e.currentTarget.value as NoteFilter)}>
          <option value="any">With or without</option>
          <option value="with">Has a note</option>
          <option value="without">No note</option>
        </select>
      </label>
      <label>
        <span>Tag</span>
        <select value={f.tag} onChange={(e) => set('tag', e.currentTarget.value)}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option value={t.tag} key={t.tag}>
              #{t.tag} ({t.count})
            </option>
          ))}
        </select>
      </label>
      {isFiltered(f) && (
        <button type="button" class="cl-button filters__clear" onClick={() => onChange(EMPTY_FILTERS)}>
          Clear filters
        </button>
      )}
    </form>
  );
}
