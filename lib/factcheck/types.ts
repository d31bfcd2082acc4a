// Fact-check memory: the ClaimReviews Claimlight keeps, and where their claims were met. Types only.
// (Kept beside the fact-check code rather than in lib/model.ts: one concept, one folder.)
import type { FindingKind, PageKey } from '../model';

/** How a review came to be kept. */
export type ReviewOrigin = 'seen' | 'imported';

/** One schema.org ClaimReview, as Claimlight keeps it (every string capped, every URL http(s)). */
export interface FactCheckReview {
  /** Stable: a hash of the review's URL (or, without one, of its organisation and claim). */
  id: string;
  /** What the fact-checker says was claimed (`claimReviewed`). */
  claim: string;
  /** The verdict in words (`reviewRating.alternateName`, else "3 of 5"). */
  rating: string;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  /** The fact-checking organisation (`author.name`), or the review's own site when its author names another site. */
  org: string;
  /** The review article (http(s) only); null when the markup gave none. */
  url: string | null;
  /** `datePublished` as an ISO date (YYYY-MM-DD), when it parses. */
  date: string | null;
  /** `itemReviewed`: who made the claim, when, and where it appeared. */
  claimAuthor: string | null;
  claimDate: string | null;
  appearances: string[];
  origin: ReviewOrigin;
  /** Where it was seen (origin 'seen'): the page, its address and its site. */
  seenOnPage: PageKey | null;
  seenOnUrl: string | null;
  seenOnTitle: string;
  /** When it was first kept and last seen again. */
  firstSeen: number;
  lastSeen: number;
}

/** A kept review met on a page: one per review, page and claim text. */
export interface FactCheckLink {
  /** `${reviewId}|${pageKey}|${textKey}`. */
  id: string;
  reviewId: string;
  pageKey: PageKey;
  url: string;
  title: string;
  /** The words on the page that made the claim (the finding's text, capped). */
  text: string;
  /** textKeyOf(text): lets every view find the link of an item by its words. */
  textKey: string;
  kind: FindingKind;
  /** How close the match was (0..1), for the Library's sort and the README's figures. */
  score: number;
  firstSeen: number;
  lastSeen: number;
  /** The reader said this is not the review's claim (when): shown nowhere, and never linked again. */
  unlinkedAt: number | null;
}

/** What a view needs to say "Fact-checked by <org>: <rating> (<date>)" for one item. */
export interface FactCheckView {
  reviewId: string;
  textKey: string;
  org: string;
  rating: string;
  date: string | null;
  url: string | null;
  /** The host the review was seen on or its URL's host, shown beside the link. */
  site: string | null;
  claim: string;
}
