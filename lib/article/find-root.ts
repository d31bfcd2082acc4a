// Where the article body is: the schema.org articleBody, else the <article> holding most of the
// page's paragraph text, else the element reached by descending from <body> while one child holds
// most of the text. The result grows to take in the headline (and standfirst) when a close
// ancestor holds the <h1> and little else — never past the enclosing <article> or <main>.

import { measureContentSteps, type ContentWeights } from './content-weights';
import { runNow, STEP_NODES, type Steps } from '../dom/steps';

/** An <article> is the article when it holds at least this share of the page's paragraph text. */
const ARTICLE_SHARE = 0.5;
/** Descend into a child holding at least this share of its parent's paragraph text. */
const DOMINANT_SHARE = 0.6;
/** Growing to the headline may add this much text (headline, standfirst)... */
const HEADLINE_GROWTH_RATIO = 0.2;
const HEADLINE_GROWTH_CHARS = 400;
/** A root needs at least this much paragraph text. */
const MIN_ROOT_CHARS = 80;

export interface ArticleLocation {
  /** The article root, grown to take in its headline. */
  root: Element;
  /** The element holding the body text, before growing to the headline. */
  body: Element;
  weights: ContentWeights;
}

/** What extraction decides differently from isClutter under a root (content-weights.ts), by root. */
export interface RootExceptions {
  /** Soft-clutter elements taken back in: not skipped although their class reads as clutter. */
  kept: ReadonlySet<Element>;
  /** Teaser groups inside the root: skipped although nothing else marks them as clutter. */
  teasers: ReadonlySet<Element>;
}
const exceptionsByRoot = new WeakMap<Element, RootExceptions>();

/** The exceptions measured for `root` (none when it was not found by locateArticle). */
export function exceptionsUnder(root: Element): RootExceptions | undefined {
  return exceptionsByRoot.get(root);
}

function heaviest(els: Iterable<Element>, w: ContentWeights): Element | null {
  let best: Element | null = null;
  let bestChars = 0;
  for (const el of els) {
    if (!w.counts(el)) continue;
    const c = w.stats(el).chars;
    if (c > bestChars) {
      best = el;
      bestChars = c;
    }
  }
  return best;
}

function descend(from: Element, w: ContentWeights): Element {
  let node = from;
  for (;;) {
    const total = w.stats(node).chars;
    const child = heaviest(node.children, w);
    if (!child) return node;
    const s = w.stats(child);
    // Stop at a single paragraph: its own text is most of it.
    if (s.chars < total * DOMINANT_SHARE || s.ownChars >= s.chars * 0.5) return node;
    node = child;
  }
}

function isLandmark(el: Element): boolean {
  return el.localName === 'article' || el.localName === 'main' || el.getAttribute('role') === 'main';
}

function withHeadline(root: Element, w: ContentWeights): Element {
  const headlines = w.headlines;
  if (!headlines.length || isLandmark(root) || headlines.some((h) => root.contains(h))) return root;
  const body = w.stats(root);
  const limit = body.chars * (1 + HEADLINE_GROWTH_RATIO) + HEADLINE_GROWTH_CHARS;
  for (let el = root.parentElement; el && el !== w.scope; el = el.parentElement) {
    const s = w.stats(el);
    // Never past more text than a headline and standfirst, nor past teaser headlines.
    if (s.chars > limit || s.teasers > body.teasers) return root;
    if (headlines.some((h) => el.contains(h))) return el;
    if (isLandmark(el)) return root;
  }
  return root;
}

/**
 * The <article> holding the story: among <article>s not nested in another one, the one with the most
 * text of its own, where <article>s nested inside it (teasers of other stories, "you may also like")
 * do not count for it nor for the page. Null unless it holds ARTICLE_SHARE of the page's text.
 */
function* outerArticle(doc: Document, w: ContentWeights): Steps<Element | null> {
  const nested = new Map<Element, number>();
  const outer: Element[] = [];
  let nestedTotal = 0;
  let n = 0;
  for (const a of doc.getElementsByTagName('article')) {
    if (++n % STEP_NODES === 0) yield; // a live blog has thousands
    if (!w.counts(a)) continue;
    const up = a.parentElement?.closest('article');
    if (!up) {
      outer.push(a);
    } else if (!up.parentElement?.closest('article')) {
      const c = w.stats(a).chars;
      nested.set(up, (nested.get(up) ?? 0) + c);
      nestedTotal += c;
    }
  }
  let best: Element | null = null;
  let bestChars = 0;
  for (const a of outer) {
    const own = w.stats(a).chars - (nested.get(a) ?? 0);
    if (own > bestChars) {
      best = a;
      bestChars = own;
    }
  }
  return best && bestChars >= (w.stats(w.scope).chars - nestedTotal) * ARTICLE_SHARE ? best : null;
}

function* candidate(doc: Document, w: ContentWeights): Steps<Element | null> {
  const body = heaviest(doc.querySelectorAll('[itemprop~="articleBody"]'), w);
  if (body && w.stats(body).chars >= MIN_ROOT_CHARS) return body;
  yield; // the query above reads the whole document
  return (yield* outerArticle(doc, w)) ?? descend(w.scope, w);
}

/** The article root and the content measurements it was chosen from; null when the page has no reading text. */
export function locateArticle(doc: Document): ArticleLocation | null {
  return runNow(locateArticleSteps(doc));
}

/** locateArticle as a pass that can pause (see lib/dom/steps.ts). */
export function* locateArticleSteps(doc: Document): Steps<ArticleLocation | null> {
  const scope = doc.body ?? doc.documentElement;
  if (!scope) return null;
  const weights = yield* measureContentSteps(scope);
  if (weights.stats(scope).chars < MIN_ROOT_CHARS) return null;
  const found = yield* candidate(doc, weights);
  if (!found || weights.stats(found).chars < MIN_ROOT_CHARS) return null;
  const root = withHeadline(found, weights);
  const teasers = yield* weights.teaserGroups(root, found);
  if (weights.kept.size || teasers.size) exceptionsByRoot.set(root, { kept: weights.kept, teasers });
  return { root, body: found, weights };
}

export function findArticleRoot(doc: Document): Element | null {
  return locateArticle(doc)?.root ?? null;
}
