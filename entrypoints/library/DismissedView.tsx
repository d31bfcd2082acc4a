// The one place dismissed findings are listed: what the reader marked "not right". Nowhere else
// shows them (no list, count, site filter or export). Restore puts one back everywhere; Forget
// deletes the record, so the analysis may find it again on the next visit.
import { useState } from 'preact/hooks';
import type { Annotation } from '@/lib/model';
import { searchAnnotations } from '@/lib/store';
import { KindBadge } from '@/components/KindBadge';
import { attribution, snippet } from '@/components/attribution';
import { shortDate } from '@/components/dates';
import { pageHref } from '@/components/page-link';
import { deleteItemsAndAnnounce, updateAndAnnounce } from './store-actions';
import { PAGE_NOTE_ID } from './page-rows';
import { useDebounced } from './use-debounced';
import { useWatch } from './use-watch';

const LIMIT = 500;

export function DismissedView() {
  const [find, setFind] = useState('');
  const text = useDebounced(find, 150).trim();
  const { value, error } = useWatch(() => searchAnnotations({ onlyDismissed: true, text, limit: LIMIT }), [text]);
  const [status, setStatus] = useState('');
  const items = value?.items;

  const restore = async (a: Annotation) => {
    try {
      await updateAndAnnounce(a.id, { dismissed: false });
      setStatus(`Restored “${snippet(a.exact, 40)}”: it is shown on its page again.`);
    } catch (e) {
      setStatus(`Not restored: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const forget = async (a: Annotation) => {
    try {
      await deleteItemsAndAnnounce([a.id], PAGE_NOTE_ID);
      setStatus(`Forgot the dismissal of “${snippet(a.exact, 40)}”: Claimlight may find it again on your next visit.`);
    } catch (e) {
      setStatus(`Not changed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <section class="view view--dismissed" aria-labelledby="dismissed-h">
      <h2 id="dismissed-h">Dismissed findings</h2>
      <p class="view__intro">
        Findings you marked as not right. They are hidden on their pages, on later visits too, and left out of every list, count and export
        (a backup keeps them, still dismissed). Restore one to show it again.
      </p>
      <label class="view__find">
        <span>Find a dismissed finding</span>
        <input type="search" value={find} onInput={(e) => setFind(e.currentTarget.value)} />
      </label>
      <p class="view__intro" role="status" aria-live="polite">
        {status || (items === undefined ? 'Loading…' : items.length === 0 ? (text ? 'No dismissed finding matches.' : 'Nothing dismissed.') : `${items.length}${value?.hasMore ? '+' : ''} dismissed.`)}
      </p>
      {error && <p role="alert">{error}</p>}
      {items && items.length > 0 && (
        <ul class="dismissed-list">
          {items.map((a) => (
            <li key={a.id} class={`cl-arow cl-arow--${a.kind}`}>
              <div class="cl-arow__body">
                <div class="cl-arow__meta">
                  <KindBadge kind={a.kind} />
                  {attribution(a) && <span class="cl-arow__who">{attribution(a)}</span>}
                  <span class="cl-arow__date">Dismissed {shortDate(a.updatedAt)}</span>
                </div>
                <p class="cl-arow__text">{a.exact}</p>
                {a.reason && <p class="cl-arow__reason">Why it was found: {a.reason}</p>}
                <p class="cl-arow__page">
                  <a href={pageHref(a.url)} target="_blank" rel="noopener noreferrer">
                    {a.title || a.url}
                  </a>
                </p>
              </div>
              <div class="dismissed-list__actions">
                <button type="button" class="cl-button" onClick={() => void restore(a)} aria-label={`Restore “${snippet(a.exact)}”`}>
                  Restore
                </button>
                <button type="button" class="cl-button cl-button--quiet" onClick={() => void forget(a)} aria-label={`Forget the dismissal of “${snippet(a.exact)}”`}>
                  Forget
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
