// Strategy 2: the quote occurs verbatim; its context decides whether an occurrence is the annotated
// one (a unique occurrence still needs context: the original may have been edited, leaving a twin).
import { contextAgreement, contextFit } from './context-fit';
import { candidateScore, pickClearWinner, type Candidate } from './policy';
import type { AnchorTarget } from './selectors';
import type { TextMatch } from './match-types';

/** Occurrences scored in full; the rest are ranked out by cheap context agreement first. */
const FULLY_SCORED = 16;

/** Start offsets of every (possibly overlapping) occurrence of `needle`. */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

function shortlist(text: string, starts: number[], target: AnchorTarget, expected: number | null): number[] {
  if (starts.length <= FULLY_SCORED) return starts;
  const len = target.exact.length;
  const ranked = starts
    .map((s) => ({ s, a: contextAgreement(text, s, s + len, target) }))
    .sort((x, y) => y.a - x.a || (expected === null ? 0 : Math.abs(x.s - expected) - Math.abs(y.s - expected)));
  return ranked.slice(0, FULLY_SCORED).map((x) => x.s);
}

export function matchExactQuote(text: string, target: AnchorTarget, expected: number | null): TextMatch | null {
  const { exact } = target;
  const starts = occurrences(text, exact);
  if (!starts.length) return null;
  const candidates: Candidate[] = shortlist(text, starts, target, expected).map((start) => {
    const end = start + exact.length;
    return { start, end, quoteErrors: 0, ...contextFit(text, start, end, target) };
  });
  const best = pickClearWinner(candidates, target, expected);
  return best && { start: best.start, end: best.end, score: candidateScore(best, target), strategy: 'quote' };
}
