// "Is there enough reading text here?" for pages that do not declare what they are: paragraphs of
// at least 140 characters, each scoring √(length − 140), must add up to more than 20 — the same
// heuristic as Readability's isProbablyReaderable, kept here because the content script runs on
// every page and Readability's package costs the bundle more than this whole check.
import { isClutter } from './clutter';
import type { Steps } from '../dom/steps';

const MIN_LENGTH = 140;
const MIN_SCORE = 20;

/** A pass that can pause (see lib/dom/steps.ts); run it with runNow or runSliced. */
export function* probablyReaderableSteps(root: ParentNode): Steps<boolean> {
  let score = 0;
  let seen = 0;
  for (const el of root.querySelectorAll('p, pre, article')) {
    if (++seen % 64 === 0) yield;
    if (isClutter(el) || el.closest('[hidden], [aria-hidden="true"]')) continue;
    const len = (el.textContent ?? '').trim().length;
    if (len < MIN_LENGTH) continue;
    score += Math.sqrt(len - MIN_LENGTH);
    if (score > MIN_SCORE) return true;
  }
  return false;
}
