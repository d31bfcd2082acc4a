// Strategy 1: the words are still exactly where the TextPositionSelector says, with their context.
import type { CodePointIndex } from './codepoints';
import { contextFit } from './context-fit';
import { contextSimilarity, isConfirmed, minContextSimilarity, type Candidate } from './policy';
import type { AnchorTarget } from './selectors';
import type { TextMatch } from './match-types';

/** Where the words were, in UTF-16 units of this text (clamped to its end), or null without a position. */
export function expectedStart(target: AnchorTarget, cpIndex: CodePointIndex): number | null {
  return target.position ? cpIndex.toUtf16(Math.min(target.position.start, cpIndex.codePointLength)) : null;
}

/** Stricter than elsewhere: this strategy never looks at the rest of the text. */
const POSITION_CONTEXT = 0.8;

export function matchAtPosition(text: string, target: AnchorTarget, cpIndex: CodePointIndex): TextMatch | null {
  if (!target.position) return null;
  const start = cpIndex.toUtf16(target.position.start);
  const end = cpIndex.toUtf16(target.position.end);
  if (start === null || end === null || text.slice(start, end) !== target.exact) return null;
  const candidate: Candidate = { start, end, quoteErrors: 0, ...contextFit(text, start, end, target) };
  if (!isConfirmed(candidate, target)) return null;
  if (contextSimilarity(candidate, target) < Math.max(POSITION_CONTEXT, minContextSimilarity(target.exact.length))) return null;
  return { start, end, score: 1, strategy: 'position' };
}
