// One pass over a page (clutter skipped) that measures where the reading text is: for every
// element, how many characters of paragraph text, how many paras and how many linked
// headings (teaser headlines) lie below it.
//
// Class/id hints and <form> are evidence, not a veto (clutter.ts: SOFT). Text under a soft-clutter
// element counts for that element only; afterwards the heaviest such element is taken back in when it
// holds more reading text than everything unhinted on the page put together (a page wrapped in a
// <form>, an article body named "l-sidebar-fixed" or "entry-content-read-more"). Those elements are
// `kept`: extraction does not skip them either.

import { BlockIndex } from './block-index';
import { clutterKind, HARD, SOFT } from './clutter';
import { readingLength } from './solid-length';
import { STEP_NODES, type Steps } from '../dom/steps';

export interface ContentStats {
  /** Non-link characters of paragraph-like blocks below (and in) the element. */
  chars: number;
  /** ...of which in the element's own direct text (the element is itself a paragraph). */
  ownChars: number;
  /** Paragraphs: blocks, or runs of a block between <br>s, of at least MIN_PARAGRAPH_CHARS. */
  paras: number;
  /** Headings that are (mostly) a link: teaser headlines on listing pages. */
  teasers: number;
  /**
   * Readability's "readerable" score: Σ √(length − 140) over paras and <article>s (as Readability
   * counts them: a short story of short paras is still one run of reading) longer than 140 characters.
   */
  reading: number;
}

export interface ContentWeights {
  scope: Element;
  stats(el: Element): ContentStats;
  /** Visible, unlinked <h1> elements in document order. */
  headlines: Element[];
  /** Soft-clutter elements taken back in because they hold the page's main text. */
  kept: ReadonlySet<Element>;
  /** The most paragraph text held by one element below `root` (or root itself) with no linked heading (a pass that can pause: it looks at every measured element). */
  largestRun(root: Element): Steps<number>;
  /** False for a soft-clutter element that was not taken back: its text does not count for its parent. */
  counts(el: Element): boolean;
  /**
   * Teaser groups inside `root` (related-story cards, "more in this section"): elements with
   * TEASER_GROUP_MIN or more linked headings and less than TEASER_MAX_CHARS_PER_HEADING of paragraph
   * text per heading, other than `body` and its ancestors. Other stories' headlines and excerpts are
   * not the story. A pass that can pause: it looks at every measured element (tens of thousands on a live blog).
   */
  teaserGroups(root: Element, body: Element): Steps<Set<Element>>;
}

/** A block counts as a paragraph from this many characters of its own text... */
const MIN_PARAGRAPH_CHARS = 25;
/** ...when less than this share of it is link text. */
const MAX_PARAGRAPH_LINK_SHARE = 0.5;
const LINKED_HEADING_SHARE = 0.6;
const READERABLE_MIN = 140;
/** A soft-clutter element is taken back in at most this many times per page (nested wrappers). */
const MAX_KEPT = 4;
/** ...and only when it is not itself a teaser list (this many linked headings and less text each). */
const KEPT_MAX_HEADINGS = 4;
const TEASER_MAX_CHARS_PER_HEADING = 500;
/** A teaser group inside the article (related-story cards) has at least this many linked headings. */
const TEASER_GROUP_MIN = 3;

/** No text at all (copied with `{ ...EMPTY }` for a fresh count). */
const EMPTY: Readonly<ContentStats> = Object.freeze({ chars: 0, ownChars: 0, paras: 0, teasers: 0, reading: 0 });

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** A block's own text: all of it, its link text, and (as ContentStats) its paras so far. */
interface BlockText extends ContentStats {
  all: number;
  link: number;
  /** Text and link text of the run since the last <br>. */
  ra: number;
  rl: number;
}

function closeRun(b: BlockText): void {
  if (b.ra >= MIN_PARAGRAPH_CHARS && b.rl < b.ra * MAX_PARAGRAPH_LINK_SHARE) {
    const c = b.ra - b.rl;
    b.chars += c;
    b.paras++;
    if (c > READERABLE_MIN) b.reading += Math.sqrt(c - READERABLE_MIN);
  }
  b.ra = b.rl = 0;
}

/** A pass that can pause (see lib/dom/steps.ts); run it with runNow or runSliced. */
export function* measureContentSteps(scope: Element): Steps<ContentWeights> {
  const doc = scope.ownerDocument;
  const index = new BlockIndex(scope);
  const own = new Map<Element, BlockText>();
  const soft = new Set<Element>();
  const h1s: Element[] = [];
  const articles: Element[] = [];
  const entry = (block: Element) => {
    let e = own.get(block);
    if (!e) own.set(block, (e = { ...EMPTY, all: 0, link: 0, ra: 0, rl: 0 }));
    return e;
  };
  // Elements are looked at in the filter (clutter rules read their text): every STEP_NODES-th one
  // is accepted, only to end nextNode() there and pause, so a run of elements with little text
  // between them is no longer one step. Accepting descends into it as skipping does.
  let elements = 0;
  const walker = doc.createTreeWalker(scope, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(n: Node) {
      if (n.nodeType !== 1) return FILTER_ACCEPT;
      const el = n as Element;
      const kind = clutterKind(el);
      if (kind === HARD) return FILTER_REJECT;
      if (kind === SOFT) soft.add(el);
      else if (el.localName === 'br') {
        const e = own.get(index.blockOf(el));
        if (e) closeRun(e);
      } else if (el.localName === 'h1') h1s.push(el);
      else if (el.localName === 'article') articles.push(el);
      return ++elements % STEP_NODES ? FILTER_SKIP : FILTER_ACCEPT;
    },
  });
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== 3) {
      yield;
      continue;
    }
    if (++seen % STEP_NODES === 0) yield;
    const len = readingLength((n as Text).data);
    if (!len) continue;
    const e = entry(index.blockOf(n));
    e.all += len;
    e.ra += len;
    if (index.inLink(n)) {
      e.link += len;
      e.rl += len;
    }
  }

  const stats = new Map<Element, ContentStats>();
  const get = (el: Element) => {
    let s = stats.get(el);
    if (!s) stats.set(el, (s = { ...EMPTY }));
    return s;
  };
  /** Adds `d` to `from` and its ancestors, up to and including the next soft-clutter element (or scope). */
  const add = (from: Element, d: ContentStats, own: boolean) => {
    for (let el: Element | null = from; el; el = el === scope ? null : el.parentElement) {
      const s = get(el);
      s.chars += d.chars;
      if (own) s.ownChars += d.chars;
      s.paras += d.paras;
      s.teasers += d.teasers;
      s.reading += d.reading;
      own = false;
      if (soft.has(el) && !kept.has(el)) return;
    }
  };
  const kept = new Set<Element>();
  let added = 0;
  for (const [block, b] of own) {
    if (++added % STEP_NODES === 0) yield; // each block adds to its ancestors
    if (index.typeOf(block) === 'heading') {
      if (b.link >= b.all * LINKED_HEADING_SHARE) add(block, { ...EMPTY, teasers: 1 }, true);
      continue;
    }
    closeRun(b);
    if (b.chars) add(block, b, true);
  }

  // Take back the heaviest soft-clutter element while it outweighs all unhinted text (nested wrappers
  // one after the other: the inner one's text then counts for the outer one).
  for (let round = 0; round < MAX_KEPT; round++) {
    let best: Element | null = null;
    let bestChars = 0;
    for (const el of soft) {
      if (kept.has(el)) continue;
      const s = stats.get(el);
      if (!s || s.chars <= bestChars) continue;
      // A class that names clutter over a teaser list is right; a <form> wrapping the whole page says
      // nothing about what it holds (the listing test looks at the page afterwards).
      if (!isForm(el) && isTeaserList(s, KEPT_MAX_HEADINGS)) continue;
      best = el;
      bestChars = s.chars;
    }
    if (!best || bestChars <= get(scope).chars) break;
    kept.add(best);
    const s = stats.get(best)!;
    const parent = best.parentElement;
    if (parent && best !== scope) add(parent, { ...s, ownChars: 0 }, false);
  }

  let n = 0;
  for (const a of articles) {
    if (++n % STEP_NODES === 0) yield; // a live blog has thousands
    const c = stats.get(a)?.chars ?? 0;
    if (c > READERABLE_MIN) add(a, { ...EMPTY, reading: Math.sqrt(c - READERABLE_MIN) }, false);
  }

  const counts = (el: Element) => !soft.has(el) || kept.has(el);
  /** Is `el` inside `top` (or `top` itself), and not under soft clutter that was not taken back? */
  const reaches = (el: Element, top: Element) => {
    // Climbing: contains() can walk the whole subtree.
    let p: Element | null = el;
    while (p && p !== top && counts(p)) p = p.parentElement;
    return p === top;
  };
  const headlines = h1s.filter((h) => {
    const e = own.get(h);
    return !!e && e.link < e.all * LINKED_HEADING_SHARE && reaches(h, scope);
  });
  return {
    scope,
    stats: (el) => stats.get(el) ?? EMPTY,
    headlines,
    kept,
    counts,
    *teaserGroups(root, body) {
      const groups = new Set<Element>();
      let i = 0;
      for (const [el, s] of stats) {
        if (++i % STEP_NODES === 0) yield;
        if (isTeaserList(s, TEASER_GROUP_MIN) && !el.contains(body) && reaches(el, root)) groups.add(el);
      }
      return groups;
    },
    *largestRun(root) {
      let best = 0;
      let i = 0;
      for (const [el, s] of stats) {
        if (++i % STEP_NODES === 0) yield;
        if (!s.teasers && s.chars > best && reaches(el, root)) best = s.chars;
      }
      return best;
    },
  };
}

/** A <form> (or role=form): soft clutter by its tag, not by words in its class. */
const isForm = (el: Element): boolean => el.localName === 'form' || el.getAttribute('role')?.toLowerCase() === 'form';

/** At least `min` linked headings with little paragraph text each: a teaser list, not a story. */
export const isTeaserList = (s: ContentStats, min: number): boolean => s.teasers >= min && s.chars < s.teasers * TEASER_MAX_CHARS_PER_HEADING;
