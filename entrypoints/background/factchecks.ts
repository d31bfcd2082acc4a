// Fact-check memory in the background: keeping the ClaimReviews a page's markup holds, matching a
// page's findings against everything kept (lib/factcheck/match.ts), and the in-page card's reads and
// unlinks, each confined to the sender's own page. Pages learn nothing: 'factcheck/seen' answers null
// whatever happened, and matches go only to our closed in-page UI and the extension's own pages.
import type { Finding } from '@/lib/model';
import type { ContentResponses, FromContent } from '@/lib/messaging/contract';
import type { Handlers } from '@/lib/messaging/schema';
import { indexReviews, type ReviewIndex } from '@/lib/factcheck/match';
import { reviewsFromPage } from '@/lib/factcheck/parse';
import type { FactCheckReview } from '@/lib/factcheck/types';
import * as store from '@/lib/store';
import { autoAnalyzeFor } from './page-store';
import { pageOf, type ContentSender, type SenderPage } from './sender';
import { refreshTabs } from './tabs';

type FactCheckType = 'factcheck/seen' | 'factcheck/page' | 'factcheck/unlink';

let index: Promise<ReviewIndex<FactCheckReview>> | null = null;
let watching = false;

/** The kept reviews, indexed; rebuilt after any change to them (here or in the Library). */
function reviewIndex(): Promise<ReviewIndex<FactCheckReview>> {
  if (!watching) {
    watching = true;
    store.onTablesChanged(['factReviews'], () => (index = null));
  }
  index ??= store.listReviews().then((reviews) => indexReviews(reviews));
  index.catch(() => (index = null));
  return index;
}

/** Kinds whose words can make a fact-checked claim. */
const MATCHED_KINDS = new Set(['claim', 'disputed', 'quote']);

/**
 * Match a page's findings against the kept reviews and remember where each was met. Runs after the
 * analysis; its cost is one count when nothing is kept.
 */
export async function matchPage(page: SenderPage, findings: readonly Finding[]): Promise<void> {
  const idx = await reviewIndex();
  if (!idx.size) return;
  const met: store.MetClaim[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    if (!MATCHED_KINDS.has(f.kind) || f.text.length > 2000 || seen.has(f.text)) continue;
    seen.add(f.text);
    for (const { review, score } of idx.match(f.text)) met.push({ reviewId: review.id, text: f.text, kind: f.kind, score });
  }
  if (met.length) await store.recordLinks(page, met);
}

export const factCheckHandlers: Pick<Handlers<FromContent, ContentResponses, ContentSender>, FactCheckType> = {
  'factcheck/seen': async (msg, sender) => {
    const page = pageOf(sender, msg.canonical);
    // Off for sites where the reader turned Claimlight's analysis off.
    if (!autoAnalyzeFor(await store.getSettings(), page.url)) return null;
    const { reviews } = reviewsFromPage(msg, { origin: 'seen', pageUrl: page.url, pageKey: page.pageKey, pageTitle: page.title, now: Date.now() });
    if (reviews.length) await store.keepSeenReviews(reviews);
    return null;
  },
  'factcheck/page': async (msg, sender) => ({ checks: await store.factChecksForPage(pageOf(sender, msg.canonical).pageKey) }),
  'factcheck/unlink': async (msg, sender) => {
    const page = pageOf(sender, msg.canonical);
    const mine = (await store.factChecksForPage(page.pageKey)).some((c) => c.reviewId === msg.reviewId && c.textKey === msg.textKey);
    if (!mine) return { unlinked: false };
    await store.unlinkFactCheck(msg.reviewId, msg.textKey);
    void refreshTabs('all', page.tabId);
    return { unlinked: true };
  },
};
