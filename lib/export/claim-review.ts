// Fact-check files: a JSON / JSON-LD array of ClaimReviews, a single one (or an @graph holding them),
// or a data feed `{ "dataFeedElement": [ { "item": [ ClaimReview… ] } ] }`, as fact-checkers publish
// them. Each review is read like one seen on a page (lib/factcheck/parse.ts) but kept as 'imported':
// the reader chose the file. Items that are not usable ClaimReviews are refused one by one with where
// and why; the rest are written in one transaction (lib/store/import.ts). Also the fact-check part of
// a Claimlight backup, checked record by record.
import type { FactCheckLink, FactCheckReview } from '../factcheck/types';
import { findClaimReviews, readClaimReview } from '../factcheck/parse';
import { FINDING_KINDS } from '../model';
import { ValidationError, arrayOf, integer, isPlainObject, nullable, object, oneOf, refine, string, type Validator } from '../schema/validate';
import type { ParsedRecords } from './parsed';

/** Reviews one file may hold. */
export const MAX_REVIEWS = 100_000;

const TYPE = /^(?:(?:https?:\/\/)?schema\.org\/|schema:)?ClaimReview$/i;
const isReview = (v: unknown) => isPlainObject(v) && [v['@type']].flat().some((t) => typeof t === 'string' && TYPE.test(t));

/** The items a feed or list holds, with where each is in the file. */
function itemsOf(json: unknown): { item: unknown; at: string }[] | null {
  if (isPlainObject(json) && Array.isArray(json.dataFeedElement)) {
    return json.dataFeedElement.flatMap((el, i) => {
      const items = isPlainObject(el) ? el.item : undefined;
      return (Array.isArray(items) ? items : items === undefined ? [] : [items]).map((item, j) => ({ item, at: `dataFeedElement[${i}].item[${j}]` }));
    });
  }
  if (Array.isArray(json) && json.length && json.every(isReview)) return json.map((item, i) => ({ item, at: `[${i}]` }));
  if (isReview(json)) return [{ item: json, at: '' }];
  if (isPlainObject(json) && Array.isArray(json['@graph']) && json['@graph'].some(isReview)) return json['@graph'].filter(isReview).map((item, i) => ({ item, at: `@graph[${i}]` }));
  return null;
}

/** Whether a parsed file is a ClaimReview list or feed. */
export function isClaimReviewFile(json: unknown): boolean {
  const items = itemsOf(json);
  return !!items && items.some(({ item }) => isReview(item) || findClaimReviews(item).length > 0);
}

const WHY: Record<string, string> = {
  'no claim': 'no claimReviewed',
  'no rating': 'no reviewRating',
  'bad address': 'its url is not an http(s) address',
};

export function parseClaimReviewFile(json: unknown, now: number): ParsedRecords {
  const items = itemsOf(json) ?? [];
  if (items.length > MAX_REVIEWS) throw new ValidationError('', `the file holds ${items.length.toLocaleString('en')} fact-checks; the limit is ${MAX_REVIEWS.toLocaleString('en')}`);
  const reviews: FactCheckReview[] = [];
  const refused: string[] = [];
  let unsupported = 0;
  for (const { item, at } of items) {
    const found = isReview(item) ? [item as Record<string, never>] : findClaimReviews(item);
    if (!found.length) {
      unsupported++;
      continue;
    }
    for (const o of found) {
      const r = readClaimReview(o, { origin: 'imported', pageUrl: null, pageKey: null, pageTitle: '', now });
      if (typeof r === 'string') refused.push(`${at || 'the review'}: ${WHY[r] ?? r}`);
      else if (!reviews.some((x) => x.id === r.id)) reviews.push(r);
    }
  }
  if (!reviews.length) throw new ValidationError('', `no fact-check in this file could be read${refused.length ? ` (${refused.slice(0, 3).join('; ')})` : ''}`);
  return { format: 'claim-review', annotations: [], pages: [], factReviews: reviews, unsupported, refused };
}

// --- Backups ---------------------------------------------------------------------------------------

const httpUrl: Validator<string> = refine(string({ max: 2000 }), (s) => (/^https?:\/\//i.test(s) ? null : 'expected an http(s) address'));
const day = nullable(refine(string({ max: 10 }), (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? null : 'expected a date like 2025-03-18')));
const num = nullable(((v, path) => (typeof v === 'number' && Number.isFinite(v) ? v : (() => { throw new ValidationError(path, 'expected a number'); })())) as Validator<number>);
const time = integer({ min: 0 });

export const factReviewRecord: Validator<FactCheckReview> = object({
  id: string({ max: 200, nonEmpty: true }),
  claim: string({ max: 1000, nonEmpty: true }),
  rating: string({ max: 200, nonEmpty: true }),
  ratingValue: num,
  bestRating: num,
  worstRating: num,
  org: string({ max: 200, nonEmpty: true }),
  url: nullable(httpUrl),
  date: day,
  claimAuthor: nullable(string({ max: 200 })),
  claimDate: day,
  appearances: arrayOf(httpUrl, { max: 10 }),
  origin: oneOf(['seen', 'imported']),
  seenOnPage: nullable(string({ max: 8000 })),
  seenOnUrl: nullable(httpUrl),
  seenOnTitle: string({ max: 2000 }),
  firstSeen: time,
  lastSeen: time,
});

export const factLinkRecord: Validator<FactCheckLink> = object({
  id: string({ max: 10_000, nonEmpty: true }),
  reviewId: string({ max: 200, nonEmpty: true }),
  pageKey: string({ max: 8000, nonEmpty: true }),
  url: string({ max: 8000 }),
  title: string({ max: 2000 }),
  text: string({ max: 2000 }),
  textKey: string({ max: 40, nonEmpty: true }),
  kind: oneOf(FINDING_KINDS),
  score: ((v, path) => (typeof v === 'number' && v >= 0 && v <= 1 ? v : (() => { throw new ValidationError(path, 'expected a score from 0 to 1'); })())) as Validator<number>,
  firstSeen: time,
  lastSeen: time,
  unlinkedAt: nullable(time),
});

/** A backup's fact-check memory (`factChecks`), checked in full; links to reviews not in the file are dropped. */
export function parseFactCheckBackup(v: unknown): { factReviews: FactCheckReview[]; factLinks: FactCheckLink[] } {
  if (v === undefined) return { factReviews: [], factLinks: [] };
  const fc = object({ reviews: arrayOf(factReviewRecord, { max: MAX_REVIEWS }), links: arrayOf(factLinkRecord, { max: 1_000_000 }) })(v, 'factChecks');
  const ids = new Set(fc.reviews.map((r) => r.id));
  return { factReviews: fc.reviews, factLinks: fc.links.filter((l) => ids.has(l.reviewId)) };
}
