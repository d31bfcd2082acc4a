// How well the text around a candidate span agrees with the quote's expected prefix and suffix.
import { anchoredErrors } from './edit-distance';
import type { AnchorTarget } from './selectors';

export interface ContextFit {
  prefixErrors: number;
  suffixErrors: number;
}

/** Extra characters of text to look at beyond the context's own length (room for insertions). */
function slack(length: number): number {
  return Math.ceil(length / 4) + 2;
}

export function contextFit(text: string, start: number, end: number, target: AnchorTarget): ContextFit {
  const { prefix, suffix } = target;
  const before = text.slice(Math.max(0, start - prefix.length - slack(prefix.length)), start);
  const after = text.slice(end, end + suffix.length + slack(suffix.length));
  return {
    prefixErrors: anchoredErrors(before, prefix, 'end'),
    suffixErrors: anchoredErrors(after, suffix, 'start'),
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
