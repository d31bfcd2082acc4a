// When is a candidate span good enough to highlight? The rule is "never the wrong words": every
// threshold here errs towards an orphan. Similarities are 0..1 (1 - errors / length).
import type { ContextFit } from './context-fit';
import { adjacentContextHolds, contextSimilarity, hasAdjacentSide, hasIntactSide } from './context-score';

export { contextSimilarity };
import type { AnchorTarget } from './selectors';

export interface Candidate extends ContextFit {
  start: number;
  end: number;
  quoteErrors: number;
}

/** Quotes shorter than this only anchor when their context confirms them. */
export const SHORT_QUOTE = 8;
/** Quotes this long carry enough evidence of their own to need less context. */
export const LONG_QUOTE = 32;
/** Required lead of the best candidate's score over any other place in the text. */
export const MARGIN = 0.05;

/** The fuzzy error budget for a quote of `length` code units. */
export function maxQuoteErrors(length: number): number {
  return Math.min(32, Math.floor(length / 4));
}

/** Least context similarity that confirms a quote of `length`: short quotes need more. */
export function minContextSimilarity(length: number): number {
  if (length < SHORT_QUOTE) return 0.9;
  if (length < LONG_QUOTE) return 0.6;
  return 0.5;
}

export function quoteSimilarity(c: Candidate, target: AnchorTarget): number {
  return 1 - c.quoteErrors / target.exact.length;
}

/** Overall score in 0..1: mostly the quote itself, then its surroundings. */
export function candidateScore(c: Candidate, target: AnchorTarget): number {
  return 0.6 * quoteSimilarity(c, target) + 0.4 * contextSimilarity(c, target);
}

/** Least overall score: a weak quote match needs strong context and the other way round. */
export function minScore(length: number): number {
  return length < LONG_QUOTE ? 0.8 : 0.7;
}

/**
 * Candidates farther than this from where the words were need context of FAR_CONTEXT or an intact
 * side: text that moved a long way usually kept its surroundings, a look-alike elsewhere did not.
 */
export const FAR = 2000;
const FAR_CONTEXT = 0.75;

/** Does the candidate, on its own merits, look like the annotated words? `expected`: where they were (UTF-16). */
export function isConfirmed(c: Candidate, target: AnchorTarget, expected: number | null = null): boolean {
  const length = target.exact.length;
  if (c.quoteErrors > maxQuoteErrors(length)) return false;
  if (candidateScore(c, target) < minScore(length)) return false;
  if (length < SHORT_QUOTE) {
    if (!adjacentContextHolds(c, target)) return false;
  } else if (length < LONG_QUOTE && !hasAdjacentSide(c, target)) {
    return false;
  } else if (hasIntactSide(c, target)) {
    return true;
  }
  const far = expected !== null && Math.abs(c.start - expected) > FAR;
  return contextSimilarity(c, target) >= (far ? Math.max(FAR_CONTEXT, minContextSimilarity(length)) : minContextSimilarity(length));
}

function lengthGap(c: Candidate, target: AnchorTarget): number {
  return Math.abs(c.end - c.start - target.exact.length);
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The best-scoring candidate if it is confirmed and clearly ahead of every candidate elsewhere in
 * the text (overlapping candidates are variants of the same place; among equal scores the one
 * closest to the quote's length wins).
 */
export function pickClearWinner(candidates: readonly Candidate[], target: AnchorTarget, expected: number | null = null): Candidate | null {
  if (!candidates.length) return null;
  const scored = candidates
    .map((c) => ({ c, s: candidateScore(c, target) }))
    .sort((x, y) => y.s - x.s || lengthGap(x.c, target) - lengthGap(y.c, target));
  const best = scored[0]!;
  if (!isConfirmed(best.c, target, expected)) return null;
  const rival = scored.find((x) => !overlaps(x.c, best.c));
  if (rival && best.s - rival.s < MARGIN) return null;
  return best.c;
}
