// The skip predicate: is this element's whole subtree outside the article text?
// Decided per element (the tree walker asks once per element), never per text node.

import { hintCategory } from './class-hints';
import { standsAlone } from './stands-alone';
import { SKIP_TAGS, isBlockElement } from './tags';
import { isTextClutter } from './text-clutter';

/** Roles of landmarks and widgets that never hold article text. */
const SKIP_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alertdialog', 'menu', 'menubar',
  'toolbar', 'tablist', 'tooltip', 'button', 'figure',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && HIDDEN_STYLE.test(style);
}

function isEditor(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/** A <header> that holds only byline/meta, not the headline or standfirst. */
function isMetaHeader(el: Element): boolean {
  return !el.querySelector('h1, h2, h3, [itemprop="headline"], [itemprop="description"]');
}

/**
 * Containers that hold the article itself are never clutter, whatever their class says
 * (a page wrapper "layout--has-sidebar", an article body "story ad-free").
 */
function holdsArticle(el: Element): boolean {
  return (
    el.getAttribute('itemprop') === 'articleBody' ||
    !!el.querySelector('h1, main, [role="main"], [itemprop~="articleBody"]')
  );
}

const NEVER_HINTED: ReadonlySet<string> = new Set(['main', 'body', 'html']);

/**
 * Clutter by class/id words. An inline element inside running text (a linked name with class
 * "author") is only skipped when it is screen-reader-only text, never seen by the reader.
 */
function hintedKind(el: Element): ClutterKind {
  if (NEVER_HINTED.has(el.localName)) return 0;
  const category = hintCategory(el);
  if (!category) return 0;
  // Screen-reader-only text is never seen; comments are never the story, however long.
  if (category === 'hidden') return HARD;
  if (!isBlockElement(el) && !standsAlone(el)) return 0;
  if (holdsArticle(el)) return 0;
  return category === 'comments' ? HARD : SOFT;
}

/** Not clutter (0), clutter whatever it holds (HARD), or clutter unless it holds the page's main text (SOFT). */
export const HARD = 1;
export const SOFT = 2;
export type ClutterKind = 0 | typeof HARD | typeof SOFT;

/**
 * Is `el` (and everything under it) outside the article text? HARD: non-content tags, hidden or
 * editable elements, navigation/complementary landmarks, byline-only headers, link lists, bylines
 * and datelines by their text, Claimlight's own UI. SOFT: evidence only — an element whose class
 * or id names clutter (ad, share, related, sidebar, meta, read-more…) or a <form>: skipped, unless
 * measuring the page shows it holds the page's main run of text (a page wrapped in an ASP.NET
 * form, an article body named "entry-content-read-more"); see content-weights.ts.
 */
export function clutterKind(el: Element): ClutterKind {
  const name = el.localName;
  if (name === 'form') return SOFT;
  // A figure is an image, chart or video with its caption, except an embedded post (a tweet is a <blockquote>).
  if (SKIP_TAGS.has(name) && !(name === 'figure' && el.querySelector('blockquote'))) return HARD;
  if (el.hasAttribute('data-claimlight-ui')) return HARD;
  if (isHidden(el) || isEditor(el)) return HARD;
  const role = el.getAttribute('role');
  if (role) {
    const r = role.toLowerCase();
    if (r === 'form') return SOFT;
    if (SKIP_ROLES.has(r)) return HARD;
  }
  if (name === 'header' && isMetaHeader(el)) return HARD;
  const hinted = hintedKind(el);
  if (hinted) return hinted;
  return isTextClutter(el) ? HARD : 0;
}

/** True when `el` and everything under it is not article text (hard or soft clutter; see clutterKind). */
export function isClutter(el: Element): boolean {
  return clutterKind(el) !== 0;
}
