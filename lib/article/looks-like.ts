// Should Claimlight analyse this page on its own? Only where the page has an article's amount and
// shape of reading text (not a teaser grid or a results list), and either declares itself an
// article or has enough reading text (./readerable.ts).

import { probablyReaderableSteps } from './readerable';
import type { ContentStats } from './content-weights';
import { locateArticleSteps } from './find-root';
import { runNow, type Steps } from '../dom/steps';
import { declaredPageKind } from './metadata';

/** Reading text an article has at least. */
const MIN_CHARS = 400;
const MIN_PARAGRAPHS = 3;
/** Listing pages: many linked headlines, little text per headline. */
const LISTING_MIN_HEADLINES = 4;
const LISTING_MAX_CHARS_PER_HEADLINE = 500;

function isListing(s: ContentStats): boolean {
  return s.linkedHeadings >= LISTING_MIN_HEADLINES && s.chars / s.linkedHeadings < LISTING_MAX_CHARS_PER_HEADLINE;
}

function hasArticleShape(s: ContentStats): boolean {
  return s.chars >= MIN_CHARS && s.paragraphs >= MIN_PARAGRAPHS && !isListing(s);
}

export function looksLikeArticle(doc: Document): boolean {
  return assessArticle(doc).isArticle;
}

/**
 * looksLikeArticle, also returning the root it found, so a caller that goes on to extract the
 * article (extractArticle(doc, root)) measures the page once instead of twice.
 */
export function assessArticle(doc: Document): { isArticle: boolean; root: Element | null } {
  return runNow(assessArticleSteps(doc));
}

/** assessArticle as a pass that can pause (see lib/dom/steps.ts). */
export function* assessArticleSteps(doc: Document): Steps<{ isArticle: boolean; root: Element | null }> {
  const found = yield* locateArticleSteps(doc);
  if (!found) return { isArticle: false, root: null };
  const root = found.root;
  if (!hasArticleShape(found.weights.stats(root))) return { isArticle: false, root };
  switch (declaredPageKind(doc)) {
    case 'article':
      return { isArticle: true, root };
    case 'listing':
      return { isArticle: false, root };
    default:
      return { isArticle: yield* probablyReaderableSteps(doc.body ?? doc), root };
  }
}
