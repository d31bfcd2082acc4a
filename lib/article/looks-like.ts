// Should Claimlight analyse this page on its own? Only where the page has an article's amount and
// shape of reading text (not a teaser grid or a results list), and either declares itself an
// article or has enough reading text (./readerable.ts).

import { probablyReaderable } from './readerable';
import type { ContentStats } from './content-weights';
import { locateArticle } from './find-root';
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
  const found = locateArticle(doc);
  if (!found) return false;
  if (!hasArticleShape(found.weights.stats(found.root))) return false;
  switch (declaredPageKind(doc)) {
    case 'article':
      return true;
    case 'listing':
      return false;
    default:
      return probablyReaderable(doc.body ?? doc);
  }
}
