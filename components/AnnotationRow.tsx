// One saved annotation in the library's lists: select for bulk actions, its words, who is behind
// it, the note and tags, and an Edit button. Fixed height (the list is virtualised): long text is clamped.
import type { Annotation } from '@/lib/model';
import { KindBadge } from './KindBadge';
import { attribution, snippet } from './attribution';
import { shortDate } from './dates';
import { pageHref } from './page-link';

export interface AnnotationRowProps {
  annotation: Annotation;
  selected?: boolean;
  onSelect?: (selected: boolean) => void;
  onEdit?: () => void;
  /** Show the page title (lists not grouped by page). */
  showPage?: boolean;
}

export function AnnotationRow({ annotation: a, selected, onSelect, onEdit, showPage }: AnnotationRowProps) {
  const name = snippet(a.exact);
  const who = attribution(a);
  return (
    <div class={`cl-arow cl-arow--${a.kind}`} data-id={a.id}>
      {onSelect && (
        <input
          type="checkbox"
          class="cl-arow__select"
          checked={!!selected}
          aria-label={`Select “${name}”`}
          onChange={(e) => onSelect(e.currentTarget.checked)}
        />
      )}
      <div class="cl-arow__body">
        <div class="cl-arow__meta">
          <KindBadge kind={a.kind} />
          {who && <span class="cl-arow__who">{who}</span>}
          <span class="cl-arow__date">{shortDate(a.updatedAt)}</span>
        </div>
        <p class="cl-arow__text">{a.exact}</p>
        {showPage && (
          <p class="cl-arow__page">
            <a href={pageHref(a.url)} target="_blank" rel="noopener noreferrer">
              {a.title || a.url}
            </a>
          </p>
        )}
        {(a.note || a.tags.length > 0) && (
          <p class="cl-arow__extra">
            {a.note && <span class="cl-arow__note">{a.note}</span>}
            {a.tags.map((t) => (
              <span class="cl-tag" key={t}>
                #{t}
              </span>
            ))}
          </p>
        )}
      </div>
      {onEdit && (
        <button type="button" class="cl-button cl-arow__edit" onClick={onEdit} aria-label={`Edit “${name}”`}>
          Edit
        </button>
      )}
    </div>
  );
}
