// The text both describe() and anchor() count in: the root's text nodes concatenated with no
// separators (its textContent) minus scripts, styles and Claimlight's own UI.
import { buildTextMap, type TextMap } from '../dom/text-map';

const SKIPPED_TAGS = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

export function skipForAnchoring(el: Element): boolean {
  return SKIPPED_TAGS.test(el.tagName.toUpperCase()) || el.hasAttribute('data-claimlight-ui');
}

export function anchoringTextMap(root: Element): TextMap {
  return buildTextMap(root, { skipElement: skipForAnchoring });
}
