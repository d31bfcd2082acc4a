// All annotations, grouped by page, with search and filters; bulk select and delete; edit panel.
// Results come from the store's search a page at a time (more load as the list nears its end)
// and stay live: any change in the store re-runs the query.
import { useCallback, useMemo, useState } from 'preact/hooks';
import { listSites, listTags, searchAnnotations } from '@/lib/store';
import { VirtualList } from '@/components/VirtualList';
import { AnnotationRow } from '@/components/AnnotationRow';
import { shortDate } from '@/components/dates';
import { toSearchQuery, type LibraryFilters } from './filters';
import { currentFilters, rememberFilters } from './selection';
import { FilterBar } from './FilterBar';
import { EditPanel } from './EditPanel';
import { pageRows, type LibraryRow } from './page-rows';
import { useDebounced } from './use-debounced';
import { useWatch } from './use-watch';
import { pageHref } from '@/components/page-link';

const PAGE_SIZE = 200;
const SEARCH_DEBOUNCE_MS = 180;
const HEADING_HEIGHT = 52;
const ROW_HEIGHT = 108;

export interface SearchViewProps {
  onDelete: (ids: string[]) => void;
}

export function SearchView({ onDelete }: SearchViewProps) {
  const [filters, setFilters] = useState<LibraryFilters>(currentFilters);
  const settled = useDebounced(filters, SEARCH_DEBOUNCE_MS);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);

  const key = JSON.stringify(settled);
  const result = useWatch(() => searchAnnotations(toSearchQuery(settled, limit)), [key, limit]);
  // Facets need every record's digest: ask once the first rows are shown, so loading them does not
  // delay those rows.
  const shown = result.value !== undefined;
  const sites = useWatch(() => (shown ? listSites() : Promise.resolve([])), [shown]).value ?? [];
  const tags = useWatch(() => (shown ? listTags() : Promise.resolve([])), [shown]).value ?? [];

  const items = result.value?.items;
  const rows = useMemo(() => pageRows(items ?? []), [items]);
  const hasMore = result.value?.hasMore ?? false;

  const changeFilters = (f: LibraryFilters) => {
    rememberFilters(f);
    setFilters(f);
    setLimit(PAGE_SIZE);
    setSelected(new Set());
  };
  const loadMore = useCallback(() => {
    if (hasMore) setLimit((l) => (l <= (items?.length ?? 0) ? l + PAGE_SIZE : l));
  }, [hasMore, items]);

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const shownIds = items?.map((a) => a.id) ?? [];
  const allSelected = shownIds.length > 0 && shownIds.every((id) => selected.has(id));

  const deleteSelected = () => {
    const ids = shownIds.filter((id) => selected.has(id));
    if (!ids.length) return;
    onDelete(ids);
    setSelected(new Set());
  };

  const renderRow = (row: LibraryRow) =>
    row.type === 'page' ? (
      <div class="page-heading">
        <h3>
          <a href={pageHref(row.url)} target="_blank" rel="noopener noreferrer">
            {row.title}
          </a>
        </h3>
        <p>
          {row.site} · {shortDate(row.updatedAt)} · {row.count === 1 ? '1 annotation' : `${row.count} annotations`}
        </p>
      </div>
    ) : (
      <AnnotationRow
        annotation={row.annotation}
        selected={selected.has(row.annotation.id)}
        onSelect={(on) => toggle(row.annotation.id, on)}
        onEdit={() => setEditing(row.annotation.id)}
      />
    );

  const count = items?.length ?? 0;
  return (
    <section class="view view--search" aria-labelledby="view-h">
      <h2 id="view-h" class="cl-visually-hidden">
        All annotations
      </h2>
      <FilterBar filters={filters} onChange={changeFilters} sites={sites} tags={tags} />
      <div class="toolbar">
        <p class="toolbar__count" role="status" aria-live="polite">
          {result.value === undefined ? 'Loading…' : count === 0 ? 'No annotations match.' : `${count}${hasMore ? '+' : ''} annotation${count === 1 && !hasMore ? '' : 's'}`}
        </p>
        <label class="toolbar__all">
          <input
            type="checkbox"
            checked={allSelected}
            disabled={!count}
            onChange={(e) => setSelected(e.currentTarget.checked ? new Set(shownIds) : new Set())}
          />
          Select all shown
        </label>
        <button type="button" class="cl-button cl-button--danger" disabled={selected.size === 0} onClick={deleteSelected}>
          Delete selected ({selected.size})
        </button>
      </div>
      {result.error && <p role="alert">{result.error}</p>}
      <div class={`results${editing ? ' results--editing' : ''}`}>
        <VirtualList
          class="results__list"
          label="Annotations by page"
          items={rows}
          rowHeight={(r) => (r.type === 'page' ? HEADING_HEIGHT : ROW_HEIGHT)}
          rowKey={(r) => (r.type === 'page' ? `p:${r.pageKey}` : r.annotation.id)}
          renderRow={renderRow}
          onNearEnd={loadMore}
        />
        {editing && (
          <EditPanel
            id={editing}
            onClose={() => setEditing(null)}
            onDelete={(ids) => {
              onDelete(ids);
              setEditing(null);
            }}
          />
        )}
      </div>
    </section>
  );
}
