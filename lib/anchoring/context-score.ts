// Judging a candidate's surroundings against the quote's expected prefix and suffix. A side cut
// short by the edge of the text (describe keeps CONTEXT_LENGTH otherwise) includes that edge: a
// candidate with text where the text used to begin or end has lost that part of its context.
import type { ContextFit } from './context-fit';
import { CONTEXT_LENGTH } from './describe-text';
import type { AnchorTarget } from './selectors';

type Side = 'prefix' | 'suffix';

/** Unchanged context right next to the span that counts as firm evidence (short quotes need it on both sides). */
const ADJACENT = 8;

/** The edge of the text weighs as much as this many characters of context. */
const EDGE_WEIGHT = 8;

/** Errors and length of one side of the context, counting a moved text edge as unmatched context. */
export function sideFit(fit: ContextFit, target: AnchorTarget, side: Side): { errors: number; length: number } {
  const expected = side === 'prefix' ? target.prefix.length : target.suffix.length;
  const errors = side === 'prefix' ? fit.prefixErrors : fit.suffixErrors;
  if (expected >= CONTEXT_LENGTH) return { errors, length: expected };
  const room = side === 'prefix' ? fit.roomBefore : fit.roomAfter;
  // More text on this side than the context (and its own insertions) account for: the edge moved.
  const edgeMoved = room - expected > errors;
  const edge = Math.min(EDGE_WEIGHT, CONTEXT_LENGTH - expected);
  return { errors: errors + (edgeMoved ? edge : 0), length: expected + edge };
}

/** 0..1 agreement of both sides of the context. */
export function contextSimilarity(fit: ContextFit, target: AnchorTarget): number {
  const p = sideFit(fit, target, 'prefix');
  const s = sideFit(fit, target, 'suffix');
  return 1 - (p.errors + s.errors) / (p.length + s.length);
}

/**
 * Context this long on one side, (nearly) unchanged and exactly so right next to the span, pins a
 * quote down even if the other side was rewritten.
 */
const INTACT_SIDE_LENGTH = 16;
const INTACT_SIDE_SIMILARITY = 0.9;

export function hasIntactSide(fit: ContextFit, target: AnchorTarget): boolean {
  return (['prefix', 'suffix'] as const).some((side) => {
    const expected = side === 'prefix' ? target.prefix.length : target.suffix.length;
    const run = side === 'prefix' ? fit.prefixRun : fit.suffixRun;
    const { errors, length } = sideFit(fit, target, side);
    return expected >= INTACT_SIDE_LENGTH && run >= ADJACENT && 1 - errors / length >= INTACT_SIDE_SIMILARITY;
  });
}

/**
 * Both sides agree exactly with the text next to the span for ADJACENT characters, or, where a
 * side was shorter (the quote was at the edge of the text), all of it does and the edge is still there.
 */
export function adjacentContextHolds(fit: ContextFit, target: AnchorTarget): boolean {
  const holds = (run: number, expected: number, room: number) =>
    expected >= ADJACENT ? run >= ADJACENT : run === expected && room === expected;
  return (
    holds(fit.prefixRun, target.prefix.length, fit.roomBefore) && holds(fit.suffixRun, target.suffix.length, fit.roomAfter)
  );
}

/**
 * At least one side agrees exactly with the text next to the span for ADJACENT characters; a text
 * edge alone does not count, unless the quote had no side that long (then both must hold exactly).
 */
export function hasAdjacentSide(fit: ContextFit, target: AnchorTarget): boolean {
  if (target.prefix.length < ADJACENT && target.suffix.length < ADJACENT) return adjacentContextHolds(fit, target);
  return (
    (target.prefix.length >= ADJACENT && fit.prefixRun >= ADJACENT) || (target.suffix.length >= ADJACENT && fit.suffixRun >= ADJACENT)
  );
}
