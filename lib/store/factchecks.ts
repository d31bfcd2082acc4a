// Fact-check memory in the store: the ClaimReviews kept (seen on pages or imported) and the pages where
// their claims were met, with the reader's unlinks. Unlinking is by review and words: the same words
// on any page (a syndicated copy, a later visit) stay unlinked from that review.
import type { FindingKind, PageKey } from '../model';
import { viewOf } from '../factcheck/display';
import { textKeyOf } from '../factcheck/text-key';
import type { FactCheckLink, FactCheckReview, FactCheckView } from '../factcheck/types';
import { getDb } from './db';
import { guard } from './errors';

/** Reviews kept from pages at most; past it, reviews seen on pages are no longer added (imports still are). */
export const MAX_SEEN_REVIEWS = 20_000;
/** Words kept of a link's text. */
const LINK_TEXT = 2000;

export interface KeepSummary {
  added: number;
  updated: number;
}

/** Keep reviews seen on a page: new ones added, known ones dated again (what the reader imported stays imported). */
export function keepSeenReviews(reviews: readonly FactCheckReview[]): Promise<KeepSummary> {
  return guard('keep fact-checks', async () => {
    if (!reviews.length) return { added: 0, updated: 0 };
    const db = getDb();
    return db.transaction('rw', db.factReviews, async () => {
      const existing = await db.factReviews.bulkGet(reviews.map((r) => r.id));
      let room = MAX_SEEN_REVIEWS - (await db.factReviews.where('origin').equals('seen').count());
      const put: FactCheckReview[] = [];
      let added = 0;
      let updated = 0;
      reviews.forEach((r, i) => {
        const old = existing[i];
        if (old) {
          updated++;
          put.push(old.origin === 'imported' ? { ...old, lastSeen: r.lastSeen } : { ...r, firstSeen: old.firstSeen });
        } else if (room-- > 0) {
          added++;
          put.push(r);
        }
      });
      await db.factReviews.bulkPut(put);
      return { added, updated };
    });
  });
}

export interface ReviewImportSummary {
  added: number;
  /** Already kept (same review): left as they were. */
  skipped: number;
}

/** Import reviews from a file: one transaction, all or nothing; reviews already kept are skipped and counted. */
export function importReviews(reviews: readonly FactCheckReview[]): Promise<ReviewImportSummary> {
  return guard('import the fact-checks', async () => {
    const db = getDb();
    return db.transaction('rw', db.factReviews, async () => {
      const existing = await db.factReviews.bulkGet(reviews.map((r) => r.id));
      const seen = new Set<string>();
      const toAdd = reviews.filter((r, i) => !existing[i] && !seen.has(r.id) && !!seen.add(r.id));
      await db.factReviews.bulkAdd(toAdd);
      return { added: toAdd.length, skipped: reviews.length - toAdd.length };
    });
  });
}

/** Restore a backup's fact-check memory (same transaction rules: all or nothing, known records kept). */
export function importFactCheckBackup(reviews: readonly FactCheckReview[], links: readonly FactCheckLink[]): Promise<{ reviews: number; links: number }> {
  return guard('import the fact-checks', async () => {
    const db = getDb();
    return db.transaction('rw', db.factReviews, db.factLinks, async () => {
      const [r, l] = await Promise.all([db.factReviews.bulkGet(reviews.map((x) => x.id)), db.factLinks.bulkGet(links.map((x) => x.id))]);
      const newReviews = reviews.filter((_, i) => !r[i]);
      const newLinks = links.filter((_, i) => !l[i]);
      await db.factReviews.bulkPut(newReviews);
      await db.factLinks.bulkPut(newLinks);
      return { reviews: newReviews.length, links: newLinks.length };
    });
  });
}

export function listReviews(): Promise<FactCheckReview[]> {
  return guard('read the fact-checks', async () => (await getDb().factReviews.orderBy('lastSeen').reverse().toArray()));
}

export function countReviews(): Promise<number> {
  return guard('count the fact-checks', () => getDb().factReviews.count());
}

export function listLinks(): Promise<FactCheckLink[]> {
  return guard('read the fact-check links', () => getDb().factLinks.toArray());
}

export interface MetClaim {
  reviewId: string;
  text: string;
  kind: FindingKind;
  score: number;
}

export interface LinkPage {
  pageKey: PageKey;
  url: string;
  title: string;
}

/**
 * Record that these reviews' claims were met on a page. A review the reader unlinked from the same
 * words (anywhere) is recorded unlinked, so it is shown nowhere.
 */
export function recordLinks(page: LinkPage, met: readonly MetClaim[], now = Date.now()): Promise<FactCheckLink[]> {
  return guard('remember where fact-checked claims were met', async () => {
    if (!met.length) return [];
    const db = getDb();
    return db.transaction('rw', db.factLinks, async () => {
      const links = met.map((m): FactCheckLink => {
        const text = m.text.slice(0, LINK_TEXT);
        const textKey = textKeyOf(m.text);
        return {
          id: `${m.reviewId}|${page.pageKey}|${textKey}`,
          reviewId: m.reviewId,
          pageKey: page.pageKey,
          url: page.url,
          title: page.title.slice(0, 2000),
          text,
          textKey,
          kind: m.kind,
          score: Math.round(m.score * 1000) / 1000,
          firstSeen: now,
          lastSeen: now,
          unlinkedAt: null,
        };
      });
      const existing = await db.factLinks.bulkGet(links.map((l) => l.id));
      const out: FactCheckLink[] = [];
      for (const [i, link] of links.entries()) {
        const old = existing[i];
        if (old) {
          out.push({ ...old, url: link.url, title: link.title || old.title, lastSeen: now, score: link.score });
          continue;
        }
        const unlinked = await db.factLinks.where('[reviewId+textKey]').equals([link.reviewId, link.textKey]).filter((l) => l.unlinkedAt !== null).first();
        out.push(unlinked ? { ...link, unlinkedAt: unlinked.unlinkedAt } : link);
      }
      await db.factLinks.bulkPut(out);
      return out;
    });
  });
}

/** What the page's items show: the best linked review for each of the page's texts. */
export function factChecksForPage(pageKey: PageKey): Promise<FactCheckView[]> {
  return guard('read the page’s fact-checks', async () => {
    const db = getDb();
    return db.transaction('r', db.factLinks, db.factReviews, async () => {
      const links = (await db.factLinks.where('pageKey').equals(pageKey).toArray()).filter((l) => l.unlinkedAt === null);
      const reviews = await db.factReviews.bulkGet([...new Set(links.map((l) => l.reviewId))]);
      const byId = new Map(reviews.filter((r): r is FactCheckReview => !!r).map((r) => [r.id, r]));
      const best = new Map<string, FactCheckLink>();
      for (const l of links) {
        if (!byId.has(l.reviewId)) continue;
        const b = best.get(l.textKey);
        if (!b || l.score > b.score) best.set(l.textKey, l);
      }
      return [...best.values()].map((l) => viewOf(byId.get(l.reviewId)!, l.textKey));
    });
  });
}

/** The reader says these words do not make the review's claim: unlinked here and everywhere else. Returns how many links changed. */
export function unlinkFactCheck(reviewId: string, textKey: string, now = Date.now()): Promise<number> {
  return guard('unlink the fact-check', async () =>
    getDb()
      .factLinks.where('[reviewId+textKey]')
      .equals([reviewId, textKey])
      .modify((l) => {
        l.unlinkedAt = now;
      }),
  );
}

/** Undo an unlink (the Library's "Link again"). */
export function relinkFactCheck(reviewId: string, textKey: string): Promise<number> {
  return guard('link the fact-check again', async () =>
    getDb()
      .factLinks.where('[reviewId+textKey]')
      .equals([reviewId, textKey])
      .modify((l) => {
        l.unlinkedAt = null;
      }),
  );
}

/** Forget a review and every place it was met. */
export function deleteReview(id: string): Promise<void> {
  return guard('forget the fact-check', async () => {
    const db = getDb();
    await db.transaction('rw', db.factReviews, db.factLinks, async () => {
      await db.factLinks.where('reviewId').equals(id).delete();
      await db.factReviews.delete(id);
    });
  });
}
