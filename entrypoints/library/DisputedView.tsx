// Every disputed assertion across articles: what was asserted, by whom, and who disputes it.
import { listDisputed } from '@/lib/store';
import { VirtualList } from '@/components/VirtualList';
import { snippet } from '@/components/attribution';
import { shortDate } from '@/components/dates';
import type { Annotation } from '@/lib/model';
import { useWatch } from './use-watch';
import { pageHref } from '@/components/page-link';

const ROW_HEIGHT = 112;

export function DisputedView() {
  const { value: items, error } = useWatch(() => listDisputed(), []);
  return (
    <section class="view view--disputed" aria-labelledby="disputed-h">
      <h2 id="disputed-h">Disputed assertions</h2>
      <p class="view__intro" role="status" aria-live="polite">
        {items === undefined ? 'Loading…' : items.length === 0 ? 'No disputed assertions kept yet.' : `${items.length} disputed assertions, newest first.`}
      </p>
      {error && <p role="alert">{error}</p>}
      {items && items.length > 0 && (
        <VirtualList class="results__list" label="Disputed assertions" items={items} rowHeight={ROW_HEIGHT} rowKey={(a) => a.id} renderRow={(a) => <DisputedRow a={a} />} />
      )}
    </section>
  );
}

function DisputedRow({ a }: { a: Annotation }) {
  return (
    <article class="disputed" aria-label={`Disputed: ${snippet(a.exact)}`}>
      <p class="disputed__text">{a.exact}</p>
      <dl class="disputed__who">
        <div>
          <dt>Asserted by</dt>
          <dd>{a.claimant ?? 'not identified'}</dd>
        </div>
        <div>
          <dt>Disputed by</dt>
          <dd>{a.disputedBy ?? 'not identified'}</dd>
        </div>
      </dl>
      <p class="disputed__page">
        <a href={pageHref(a.url)} target="_blank" rel="noopener noreferrer">
          {a.title || a.url}
        </a>{' '}
        · {shortDate(a.updatedAt)}
      </p>
    </article>
  );
}
