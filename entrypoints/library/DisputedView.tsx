// Every disputed assertion across articles: what was asserted, by whom, and who disputes it.
import { useState } from 'preact/hooks';
import { isRemembered, listDisputed, type FacetScope } from '@/lib/store';
import { VirtualList } from '@/components/VirtualList';
import { snippet } from '@/components/attribution';
import { shortDate } from '@/components/dates';
import type { Annotation } from '@/lib/model';
import { useWatch } from './use-watch';
import { ScopeFilter } from './ScopeFilter';
import { pageHref } from '@/components/page-link';

/** An estimate: rows size to their content. */
const ROW_HEIGHT = 100;

export function DisputedView() {
  const [scope, setScope] = useState<FacetScope>('kept');
  const { value: items, error } = useWatch(() => listDisputed({ scope }), [scope]);
  return (
    <section class="view view--disputed" aria-labelledby="disputed-h">
      <h2 id="disputed-h">Disputed assertions</h2>
      <ScopeFilter scope={scope} onChange={setScope} />
      <p class="view__intro" role="status" aria-live="polite">
        {items === undefined
          ? 'Loading…'
          : items.length === 0
            ? scope === 'kept' ? 'No disputed assertions kept yet.' : 'No disputed assertions found yet.'
            : `${items.length} disputed assertion${items.length === 1 ? '' : 's'}, newest first.`}
      </p>
      {error && <p role="alert">{error}</p>}
      {items && items.length > 0 && (
        <VirtualList class="results__list" label="Disputed assertions" items={items} rowHeight={ROW_HEIGHT} rowKey={(a) => a.id} renderRow={(a) => <DisputedRow a={a} />} measure />
      )}
    </section>
  );
}

function DisputedRow({ a }: { a: Annotation }) {
  return (
    <article class="disputed" aria-label={`Disputed: ${snippet(a.exact)}`}>
      <p class="disputed__text">{a.exact}</p>
      {isRemembered(a) && <p class="disputed__remembered">Read, not kept</p>}
      <dl class="disputed__who">
        <div>
          <dt>Asserted by</dt>
          <dd>{a.claimant ?? 'not identified'}</dd>
        </div>
        <div>
          <dt>Disputed by</dt>
          <dd>
            {a.disputedBy ?? 'not identified'}
            {a.originalDisputedBy !== undefined && <span class="disputed__fixed"> (corrected by you)</span>}
          </dd>
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
