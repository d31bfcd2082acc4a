// Should Claimlight analyse this page on its own? Only where the page has an article's amount and
// shape of reading text (one run of paras, not a teaser grid or a results list), weighed with
// what the page says it is (metadata.ts): a declared article needs less text; an undeclared page
// needs enough reading text by Readability's isProbablyReaderable measure, counted in the root.

import { isTeaserList, type ContentStats, type ContentWeights } from './content-weights';
import { locateArticleSteps } from './find-root';
import { runNow, type Steps } from '../dom/steps';
import { declaredPageKind } from './metadata';

/** Reading text an undeclared article has at least... */
const MIN_CHARS = 400;
const MIN_PARAGRAPHS = 2;
/** ...and its paras score at least this much (Readability's isProbablyReaderable threshold). */
const MIN_READING = 20;
/** A page that declares itself an article (og:type, schema.org) needs less: a short news item. */
const DECLARED_MIN_CHARS = 250;
/** Listing pages: many linked headlines with little text each (isTeaserList)... */
const LISTING_MIN_HEADLINES = 4;
/** ...and no single run of text (a story body without teaser headlines) holding this share of it. */
const LISTING_MAX_RUN_SHARE = 0.6;

/** A teaser grid or results list: text spread over many linked headlines, no run of paras of its own. */
function isListing(s: ContentStats, largestRun: number): boolean {
  return isTeaserList(s, LISTING_MIN_HEADLINES) && largestRun < s.chars * LISTING_MAX_RUN_SHARE;
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

function judge(doc: Document, body: Element, w: ContentWeights): boolean {
  const s = w.stats(body);
  if (isListing(s, w.largestRun(body))) return false;
  switch (declaredPageKind(doc)) {
    case 'article':
      return s.chars >= DECLARED_MIN_CHARS;
    case 'listing':
      return false;
    default:
      // One very long run of text (a page that never breaks its paras) counts as several.
      return s.chars >= MIN_CHARS && s.reading > MIN_READING && (s.paras >= MIN_PARAGRAPHS || s.reading > 2 * MIN_READING);
  }
}

/** assessArticle as a pass that can pause (see lib/dom/steps.ts). */
export function* assessArticleSteps(doc: Document): Steps<{ isArticle: boolean; root: Element | null }> {
  const found = yield* locateArticleSteps(doc);
  if (!found) return { isArticle: false, root: null };
  return { isArticle: judge(doc, found.body, found.weights), root: found.root };
}
