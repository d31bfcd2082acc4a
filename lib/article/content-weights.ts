// One pass over a page (clutter skipped) that measures where the reading text is: for every
// element, how many characters of paragraph text, how many paragraphs and how many linked
// headings (teaser headlines) lie below it.

import { BlockIndex } from './block-index';
import { isClutter } from './clutter';
import { solidLength } from './solid-length';
import { STEP_NODES, type Steps } from '../dom/steps';

export interface ContentStats {
  /** Non-link characters of paragraph-like blocks below (and in) the element. */
  chars: number;
  /** ...of which in the element's own direct text (the element is itself a paragraph). */
  ownChars: number;
  paragraphs: number;
  /** Headings that are (mostly) a link: teaser headlines on listing pages. */
  linkedHeadings: number;
}

export interface ContentWeights {
  scope: Element;
  stats(el: Element): ContentStats;
  /** Visible, unlinked <h1> elements in document order. */
  headlines: Element[];
}

/** A block counts as a paragraph from this many characters of its own text... */
const MIN_PARAGRAPH_CHARS = 25;
/** ...when less than this share of it is link text. */
const MAX_PARAGRAPH_LINK_SHARE = 0.5;
const LINKED_HEADING_SHARE = 0.6;

const EMPTY: ContentStats = Object.freeze({ chars: 0, ownChars: 0, paragraphs: 0, linkedHeadings: 0 });

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** A pass that can pause (see lib/dom/steps.ts); run it with runNow or runSliced. */
export function* measureContentSteps(scope: Element): Steps<ContentWeights> {
  const doc = scope.ownerDocument;
  const index = new BlockIndex(scope);
  const own = new Map<Element, { all: number; link: number }>();
  const h1s: Element[] = [];
  const walker = doc.createTreeWalker(scope, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(n: Node) {
      if (n.nodeType !== 1) return FILTER_ACCEPT;
      const el = n as Element;
      if (isClutter(el)) return FILTER_REJECT;
      if (el.localName === 'h1') h1s.push(el);
      return FILTER_SKIP;
    },
  });
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++seen % STEP_NODES === 0) yield;
    const len = solidLength((n as Text).data);
    if (!len) continue;
    const block = index.blockOf(n);
    let entry = own.get(block);
    if (!entry) own.set(block, (entry = { all: 0, link: 0 }));
    entry.all += len;
    if (index.inLink(n)) entry.link += len;
  }

  const stats = new Map<Element, ContentStats>();
  const add = (from: Element, chars: number, paragraphs: number, linkedHeadings: number) => {
    let own = true;
    for (let el: Element | null = from; el; el = el === scope ? null : el.parentElement) {
      let s = stats.get(el);
      if (!s) stats.set(el, (s = { chars: 0, ownChars: 0, paragraphs: 0, linkedHeadings: 0 }));
      s.chars += chars;
      if (own) s.ownChars += chars;
      s.paragraphs += paragraphs;
      s.linkedHeadings += linkedHeadings;
      own = false;
    }
  };
  let added = 0;
  for (const [block, { all, link }] of own) {
    if (++added % STEP_NODES === 0) yield; // each block adds to all its ancestors
    if (index.typeOf(block) === 'heading') {
      if (link >= all * LINKED_HEADING_SHARE) add(block, 0, 0, 1);
    } else if (all >= MIN_PARAGRAPH_CHARS && link < all * MAX_PARAGRAPH_LINK_SHARE) {
      add(block, all - link, 1, 0);
    }
  }
  const headlines = h1s.filter((h) => {
    const entry = own.get(h);
    return !!entry && entry.link < entry.all * LINKED_HEADING_SHARE;
  });
  return { scope, stats: (el) => stats.get(el) ?? EMPTY, headlines };
}
