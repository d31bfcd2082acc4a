// One annotation in the library's lists: select for bulk actions, its words, who is behind it (and
// whether the reader corrected that), why it was found, the note and tags, and an Edit button. The
// row sizes to its content (the list measures it): nothing is cut off. A finding from reading memory
// (not kept) says so and has no actions.
import type { Annotation } from '@/lib/model';
import { KindBadge } from './KindBadge';
import { attribution, snippet } from './attribution';
import { shortDate } from './dates';
import { correctionNote, nameFieldOf } from './names';
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
  const field = nameFieldOf(a.kind);
  const fixed = field ? correctionNote(a, field) : null;
  const remembered = (a as { remembered?: boolean }).remembered === true;
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
          {fixed && <span class="cl-arow__fixed">{fixed}</span>}
          {remembered && <span class="cl-arow__remembered">Read, not kept</span>}
          <span class="cl-arow__date">{shortDate(a.updatedAt)}</span>
        </div>
        <p class="cl-arow__text">{a.exact}</p>
        {a.source === 'auto' && a.reason && <p class="cl-arow__reason">Why: {a.reason}</p>}
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
