// How a fact-check reads in every view: "Fact-checked by <organisation>: <rating> (<date>)".
import type { FactCheckReview, FactCheckView } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-03-18" → "18 March 2025" (fixed words, not the browser's locale: the same in exports and views). */
export function formatReviewDate(date: string | null): string | null {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m) return null;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : null;
}

/** "Fact-checked by Full Fact: False (18 March 2025)". */
export function factCheckLine(v: Pick<FactCheckView, 'org' | 'rating' | 'date'>): string {
  const date = formatReviewDate(v.date);
  return `Fact-checked by ${v.org}: ${v.rating}${date ? ` (${date})` : ''}`;
}

export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function viewOf(review: FactCheckReview, textKey: string): FactCheckView {
  return {
    reviewId: review.id,
    textKey,
    org: review.org,
    rating: review.rating,
    date: review.date,
    url: review.url,
    site: hostOf(review.url) ?? hostOf(review.seenOnUrl),
    claim: review.claim,
  };
}
