// How well the text around a candidate span agrees with the quote's expected prefix and suffix.
import { anchoredErrors } from './edit-distance';
import type { AnchorTarget } from './selectors';

export interface ContextFit {
  /** Edit errors of the expected prefix against the text before the span (pinned at the span). */
  prefixErrors: number;
  suffixErrors: number;
  /** Characters of the expected prefix that equal the text right before the span, counted outward. */
  prefixRun: number;
  suffixRun: number;
  /** Characters of text before and after the span. */
  roomBefore: number;
  roomAfter: number;
}

/** Extra characters of text to look at beyond the context's own length (room for insertions). */
function slack(length: number): number {
  return Math.ceil(length / 4) + 2;
}

export function contextFit(text: string, start: number, end: number, target: AnchorTarget): ContextFit {
  const { prefix, suffix } = target;
  const before = text.slice(Math.max(0, start - prefix.length - slack(prefix.length)), start);
  const after = text.slice(end, end + suffix.length + slack(suffix.length));
  let prefixRun = 0;
  while (prefixRun < prefix.length && start - prefixRun > 0 && text.charCodeAt(start - prefixRun - 1) === prefix.charCodeAt(prefix.length - prefixRun - 1)) prefixRun++;
  let suffixRun = 0;
  while (suffixRun < suffix.length && end + suffixRun < text.length && text.charCodeAt(end + suffixRun) === suffix.charCodeAt(suffixRun)) suffixRun++;
  return {
    prefixErrors: anchoredErrors(before, prefix, 'end'),
    suffixErrors: anchoredErrors(after, suffix, 'start'),
    prefixRun,
    suffixRun,
    roomBefore: start,
    roomAfter: text.length - end,
  };
}

/**
 * Context agreement of the text next to the span, by exact character comparison outward from the
 * span (0..prefix+suffix length). A cheap ranking used before the edit-distance fit.
 */
export function contextAgreement(text: string, start: number, end: number, target: AnchorTarget): number {
  const { prefix, suffix } = target;
  let same = 0;
  for (let k = 1; k <= prefix.length && start - k >= 0; k++) {
    if (text.charCodeAt(start - k) === prefix.charCodeAt(prefix.length - k)) same++;
  }
  for (let k = 0; k < suffix.length && end + k < text.length; k++) {
    if (text.charCodeAt(end + k) === suffix.charCodeAt(k)) same++;
  }
  return same;
}
