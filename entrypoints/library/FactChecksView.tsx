// Fact-check memory in the Library: every kept ClaimReview (seen on a fact-check page, or imported),
// newest first, with the pages where its claim was met. A wrong match can be linked again after an
// unlink; a review can be forgotten (with every place it was met).
import { useState } from 'preact/hooks';
import { deleteReview, listLinks, listReviews, relinkFactCheck } from '@/lib/store';
import { factCheckLine, hostOf } from '@/lib/factcheck/display';
import type { FactCheckLink, FactCheckReview } from '@/lib/factcheck/types';
import { snippet } from '@/components/attribution';
import { shortDate } from '@/components/dates';
import { pageHref } from '@/components/page-link';
import { announceChange } from '@/components/announce';
import { useWatch } from './use-watch';

interface Row {
  review: FactCheckReview;
  links: FactCheckLink[];
}

async function loadRows(): Promise<Row[]> {
  const [reviews, links] = await Promise.all([listReviews(), listLinks()]);
  const byReview = new Map<string, FactCheckLink[]>();
  for (const l of links) {
    const list = byReview.get(l.reviewId);
    if (list) list.push(l);
    else byReview.set(l.reviewId, [l]);
  }
  return reviews.map((review) => ({ review, links: (byReview.get(review.id) ?? []).sort((a, b) => b.lastSeen - a.lastSeen) }));
}

export function FactChecksView() {
  const { value: rows, error } = useWatch(loadRows, []);
  const [status, setStatus] = useState('');
  const met = rows?.filter((r) => r.links.some((l) => l.unlinkedAt === null)).length ?? 0;
  return (
    <section class="view view--factchecks" aria-labelledby="factchecks-h">
      <h2 id="factchecks-h">Fact-checks</h2>
      <p class="view__intro">
        What fact-checkers published (schema.org ClaimReview) on pages you read, or in files you imported. When an article makes the same claim, its
        highlight says so. Kept in this browser only.
      </p>
      <p class="view__intro" role="status" aria-live="polite">
        {rows === undefined
          ? 'Loading…'
          : rows.length === 0
            ? 'No fact-checks kept yet. Visit a fact-check article, or import a ClaimReview file under Export & import.'
            : `${rows.length} fact-check${rows.length === 1 ? '' : 's'} kept; ${met} met on pages you read.`}
      </p>
      {error && <p role="alert">{error}</p>}
      <p class="view__status" role="status" aria-live="polite">
        {status}
      </p>
      {rows && rows.length > 0 && (
        <ul class="factchecks" aria-label="Kept fact-checks">
          {rows.map((r) => (
            <li key={r.review.id}>
              <ReviewRow row={r} onStatus={setStatus} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReviewRow({ row, onStatus }: { row: Row; onStatus: (s: string) => void }) {
  const { review, links } = row;
  const headingId = `fc-${review.id}`;
  const where = review.origin === 'imported' ? 'Imported from a file' : `Seen on ${hostOf(review.seenOnUrl) ?? 'a page'}`;
  const forget = async () => {
    if (!confirm(`Forget ${review.org}'s fact-check of “${snippet(review.claim)}” and where it was met?`)) return;
    try {
      await deleteReview(review.id);
      announceChange(links.map((l) => l.pageKey));
      onStatus(`Forgot ${review.org}'s fact-check.`);
    } catch (e) {
      onStatus(e instanceof Error ? e.message : String(e));
    }
  };
  const relink = async (l: FactCheckLink) => {
    try {
      await relinkFactCheck(l.reviewId, l.textKey);
      announceChange([l.pageKey]);
      onStatus('Linked again.');
    } catch (e) {
      onStatus(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <article class="factcheck" aria-labelledby={headingId}>
      <h3 id={headingId} class="factcheck__line">
        {factCheckLine(review)}
      </h3>
      <p class="factcheck__claim">
        <span class="factcheck__label">Claim: </span>
        {review.claim}
        {review.claimAuthor ? ` — ${review.claimAuthor}` : ''}
      </p>
      <p class="factcheck__meta">
        {review.url ? (
          <a href={review.url} target="_blank" rel="noopener noreferrer">
            Read the fact-check{review.url ? ` on ${hostOf(review.url)}` : ''}
          </a>
        ) : (
          'No address given'
        )}{' '}
        · {where}
        {review.origin === 'seen' && review.seenOnUrl && pageHref(review.seenOnUrl) ? (
          <>
            {' '}
            (
            <a href={pageHref(review.seenOnUrl)} target="_blank" rel="noopener noreferrer">
              {review.seenOnTitle || review.seenOnUrl}
            </a>
            )
          </>
        ) : null}{' '}
        · kept {shortDate(review.firstSeen)}
      </p>
      {links.length ? (
        <>
          <h4 class="factcheck__met-h">Met on</h4>
          <ul class="factcheck__met">
            {links.map((l) => (
              <li key={l.id} class={l.unlinkedAt !== null ? 'factcheck__met--unlinked' : undefined}>
                <a href={pageHref(l.url)} target="_blank" rel="noopener noreferrer">
                  {l.title || l.url}
                </a>
                : “{snippet(l.text)}” · {shortDate(l.lastSeen)}
                {l.unlinkedAt !== null ? (
                  <>
                    {' '}
                    · <span>unlinked by you</span>{' '}
                    <button type="button" class="cl-button" onClick={() => void relink(l)} aria-label={`Link again: ${snippet(l.text)}`}>
                      Link again
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="factcheck__none">Not met on any page you read yet.</p>
      )}
      <button type="button" class="cl-button cl-button--danger" onClick={() => void forget()} aria-label={`Forget ${review.org}'s fact-check of ${snippet(review.claim)}`}>
        Forget
      </button>
    </article>
  );
}
