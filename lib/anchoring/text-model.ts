// The text both describe() and anchor() count in: the root's text nodes concatenated with no
// separators (its textContent) minus scripts, styles and Claimlight's own UI.
import { buildTextMap, textMapSteps, type TextMap } from '../dom/text-map';
import type { Steps } from '../dom/steps';

const SKIPPED_TAGS = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

export function skipForAnchoring(el: Element): boolean {
  return SKIPPED_TAGS.test(el.tagName.toUpperCase()) || el.hasAttribute('data-claimlight-ui');
}

export function anchoringTextMap(root: Element): TextMap {
  return buildTextMap(root, { skipElement: skipForAnchoring });
}

/** anchoringTextMap as a pass that can pause (lib/dom/steps.ts). */
export function anchoringTextMapSteps(root: Element): Steps<TextMap> {
  return textMapSteps(root, { skipElement: skipForAnchoring });
}
