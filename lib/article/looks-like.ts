// Should Claimlight analyse this page on its own? Only where the page has an article's amount and
// shape of reading text (one run of paras, not a teaser grid or a results list), weighed with
// what the page says it is (metadata.ts): a declared article needs less text; an undeclared page
// needs enough reading text by Readability's isProbablyReaderable measure, counted in the root.

import { isTeaserList, type ContentWeights } from './content-weights';
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

/** A box of other stories' headlines set inside a story ("Related", "More on this"): this many linked
 * headlines or more, with at most a line of text each. */
const BOX_MIN_HEADLINES = 3;
const BOX_MAX_CHARS_PER_HEADLINE = 150;
/** One teaser: a linked headline or two with an excerpt (listing pages are made of these). */
const TEASER_MAX_HEADLINES = 2;

/**
 * The longest run of story text among `el`'s children, in document order: teaser-free blocks add to
 * the run; a box of linked headlines (related stories set inside the story) is stepped over, adding
 * nothing; a single teaser (a headline with its excerpt) ends the run, as on a listing page; any other
 * block with linked headlines ends the run and is looked into.
 */
function storyRun(el: Element, w: ContentWeights, depth = 0): number {
  let best = 0;
  let run = w.stats(el).ownChars;
  for (const child of Array.from(el.children)) {
    if (!w.counts(child)) continue;
    const s = w.stats(child);
    if (!s.teasers) {
      run += s.chars;
      continue;
    }
    if (s.teasers >= BOX_MIN_HEADLINES && s.chars <= s.teasers * BOX_MAX_CHARS_PER_HEADLINE) continue;
    best = Math.max(best, run);
    run = 0;
    if ((s.teasers > TEASER_MAX_HEADLINES || !isTeaserList(s, 1)) && depth < 8) best = Math.max(best, storyRun(child, w, depth + 1));
  }
  return Math.max(best, run);
}

/**
 * A teaser grid or results list: text spread over many linked headlines, no run of paras of its own.
 * The run may step over a related-headlines box inside the story (a short story with "Related" links
 * between its paragraphs is still a story).
 */
function* isListing(body: Element, w: ContentWeights): Steps<boolean> {
  const s = w.stats(body);
  if (!isTeaserList(s, LISTING_MIN_HEADLINES)) return false;
  const limit = s.chars * LISTING_MAX_RUN_SHARE;
  return (yield* w.largestRun(body)) < limit && storyRun(body, w) < limit;
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

function* judge(doc: Document, body: Element, w: ContentWeights): Steps<boolean> {
  const s = w.stats(body);
  if (yield* isListing(body, w)) return false;
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
  return { isArticle: yield* judge(doc, found.body, found.weights), root: found.root };
}
