// A page note among the Library's results: the reader's note on a page as a whole, shown in full.
import type { PageRecord } from '@/lib/model';
import { snippet } from '@/components/attribution';
import { shortDate } from '@/components/dates';
import { pageNoteTime } from '@/lib/store';

export interface PageNoteRowProps {
  page: PageRecord;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onEdit: () => void;
}

export function PageNoteRow({ page, selected, onSelect, onEdit }: PageNoteRowProps) {
  const name = snippet(page.note);
  return (
    <div class="cl-arow cl-arow--pagenote" data-id={`pagenote:${page.pageKey}`}>
      <input type="checkbox" class="cl-arow__select" checked={selected} aria-label={`Select the page note “${name}”`} onChange={(e) => onSelect(e.currentTarget.checked)} />
      <div class="cl-arow__body">
        <div class="cl-arow__meta">
          <span class="cl-badge cl-badge--pagenote">Page note</span>
          <span class="cl-arow__date">{shortDate(pageNoteTime(page))}</span>
        </div>
        <p class="cl-arow__text cl-arow__text--note">{page.note}</p>
      </div>
      <button type="button" class="cl-button cl-arow__edit" onClick={onEdit} aria-label={`Edit the page note “${name}”`}>
        Edit
      </button>
    </div>
  );
}
