// All annotations and page notes, grouped by page, with search and filters; bulk select and delete;
// edit panel. Results come from the store's search a page at a time (more load as the list nears its
// end) and stay live: any change in the store re-runs the query. Rows size to their content.
import { useCallback, useMemo, useState } from 'preact/hooks';
import { listSites, listTags, searchAnnotations, searchPageNotes } from '@/lib/store';
import { VirtualList } from '@/components/VirtualList';
import { AnnotationRow } from '@/components/AnnotationRow';
import { shortDate } from '@/components/dates';
import { toSearchQuery, type LibraryFilters } from './filters';
import { currentFilters, rememberFilters } from './selection';
import { FilterBar } from './FilterBar';
import { EditPanel, PageNotePanel } from './EditPanel';
import { PAGE_NOTE_ID, pageNoteId, pageRows, type LibraryRow } from './page-rows';
import { PageNoteRow } from './PageNoteRow';
import { useDebounced } from './use-debounced';
import { useWatch } from './use-watch';
import { pageHref } from '@/components/page-link';

const PAGE_SIZE = 200;
const SEARCH_DEBOUNCE_MS = 180;
/** Estimates until a row is measured (rows size to their content). */
const HEADING_HEIGHT = 52;
const ROW_HEIGHT = 96;

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
  const notes = useWatch(() => searchPageNotes(toSearchQuery(settled, limit)), [key, limit]).value ?? [];
  // Facets need every record's digest: ask once the first rows are shown, so loading them does not
  // delay those rows.
  const shown = result.value !== undefined;
  const sites = useWatch(() => (shown ? listSites() : Promise.resolve([])), [shown]).value ?? [];
  const tags = useWatch(() => (shown ? listTags() : Promise.resolve([])), [shown]).value ?? [];

  const items = result.value?.items;
  const rows = useMemo(() => pageRows(items ?? [], notes), [items, notes]);
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
  const shownIds = [...(items?.map((a) => a.id) ?? []), ...notes.map((p) => pageNoteId(p.pageKey))];
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
          {row.hasNote ? ' · page note' : ''}
        </p>
      </div>
    ) : row.type === 'pagenote' ? (
      <PageNoteRow
        page={row.page}
        selected={selected.has(pageNoteId(row.page.pageKey))}
        onSelect={(on) => toggle(pageNoteId(row.page.pageKey), on)}
        onEdit={() => setEditing(pageNoteId(row.page.pageKey))}
      />
    ) : (
      <AnnotationRow
        annotation={row.annotation}
        selected={selected.has(row.annotation.id)}
        onSelect={(on) => toggle(row.annotation.id, on)}
        onEdit={() => setEditing(row.annotation.id)}
      />
    );

  const count = items?.length ?? 0;
  const noteCount = notes.length;
  const countText =
    result.value === undefined
      ? 'Loading…'
      : count + noteCount === 0
        ? 'No annotations match.'
        : [
            count || !noteCount ? `${count}${hasMore ? '+' : ''} annotation${count === 1 && !hasMore ? '' : 's'}` : '',
            noteCount ? `${noteCount} page note${noteCount === 1 ? '' : 's'}` : '',
          ]
            .filter(Boolean)
            .join(' and ');
  return (
    <section class="view view--search" aria-labelledby="view-h">
      <h2 id="view-h" class="cl-visually-hidden">
        All annotations
      </h2>
      <FilterBar filters={filters} onChange={changeFilters} sites={sites} tags={tags} />
      <div class="toolbar">
        <p class="toolbar__count" role="status" aria-live="polite">
          {countText}
        </p>
        <label class="toolbar__all">
          <input
            type="checkbox"
            checked={allSelected}
            disabled={!shownIds.length}
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
          rowKey={(r) => (r.type === 'page' ? `p:${r.pageKey}` : r.type === 'pagenote' ? pageNoteId(r.page.pageKey) : r.annotation.id)}
          renderRow={renderRow}
          onNearEnd={loadMore}
          measure
        />
        {editing?.startsWith(PAGE_NOTE_ID) && (
          <PageNotePanel
            pageKey={editing.slice(PAGE_NOTE_ID.length)}
            onClose={() => setEditing(null)}
            onDelete={(ids) => {
              onDelete(ids);
              setEditing(null);
            }}
          />
        )}
        {editing && !editing.startsWith(PAGE_NOTE_ID) && (
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
