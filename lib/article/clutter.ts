// The skip predicate: is this element's whole subtree outside the article text?
// Decided per element (the tree walker asks once per element), never per text node.

import { hintCategory } from './class-hints';
import { standsAlone } from './stands-alone';
import { SKIP_TAGS, isBlockElement } from './tags';
import { isTextClutter } from './text-clutter';

/** Roles of landmarks and widgets that never hold article text. */
const SKIP_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alertdialog', 'menu', 'menubar',
  'toolbar', 'tablist', 'tooltip', 'button', 'form', 'figure',
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

const NEVER_HINTED: ReadonlySet<string> = new Set(['article', 'main', 'body', 'html']);

/**
 * Clutter by class/id words. An inline element inside running text (a linked name with class
 * "author") is only skipped when it is screen-reader-only text, never seen by the reader.
 */
function isHintedClutter(el: Element): boolean {
  if (NEVER_HINTED.has(el.localName)) return false;
  const category = hintCategory(el);
  if (!category) return false;
  if (category !== 'hidden' && !isBlockElement(el) && !standsAlone(el)) return false;
  return !holdsArticle(el);
}

/**
 * True when `el` and everything under it is not article text: non-content tags, hidden or
 * editable elements, asides/figures/navigation, byline-only headers, ads, share bars, newsletter
 * boxes, link lists, comments, consent banners, and Claimlight's own UI (`data-claimlight-ui`).
 */
export function isClutter(el: Element): boolean {
  const name = el.localName;
  if (SKIP_TAGS.has(name)) return true;
  if (el.hasAttribute('data-claimlight-ui')) return true;
  if (isHidden(el) || isEditor(el)) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role.toLowerCase())) return true;
  if (name === 'header' && isMetaHeader(el)) return true;
  if (isHintedClutter(el)) return true;
  return isTextClutter(el);
}
