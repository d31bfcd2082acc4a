// Scoring anchoring on before/after page pairs. Each page marks a span with two empty marker
// elements, <i data-anchor="start"></i> … <i data-anchor="end"></i>: on "before" the annotated
// words, on "after" the words anchoring should land on (no markers: the annotation must orphan).
import { rangeOffsets } from '../dom/text-map';
import { anchor } from './anchor';
import { describe } from './describe';
import { anchoringTextMap } from './text-model';

/** correct: exactly the expected words; near: overlaps them with other boundaries; wrong: anywhere else. */
export type PairResult = 'correct' | 'near' | 'orphaned' | 'wrong';

export interface PairOutcome {
  expect: 'words' | 'orphan';
  result: PairResult;
  /** The result is what the pair expects (an orphan where one is expected counts). */
  asExpected: boolean;
  found: string | null;
  wanted: string | null;
}

export interface Tally {
  correct: number;
  near: number;
  orphaned: number;
  wrong: number;
  asExpected: number;
  total: number;
}

/** The range between the marker elements, or null when the page has none. */
export function markedRange(root: Element): Range | null {
  const start = root.querySelector('[data-anchor="start"]');
  const end = root.querySelector('[data-anchor="end"]');
  if (!start || !end) return null;
  const range = root.ownerDocument.createRange();
  range.setStartAfter(start);
  range.setEndBefore(end);
  return range;
}

function span(root: Element, range: Range | null): { start: number; end: number; text: string } | null {
  if (!range) return null;
  const map = anchoringTextMap(root);
  const o = rangeOffsets(map, range);
  return o && { ...o, text: map.text.slice(o.start, o.end) };
}

/** Describe the marked words on `before`, anchor them on `after`, and judge the result. */
export function evaluatePair(before: Element, after: Element): PairOutcome {
  const source = markedRange(before);
  if (!source) throw new Error('the "before" page has no data-anchor markers');
  const wanted = span(after, markedRange(after));
  const found = span(after, anchor(after, describe(before, source)));
  const expect = wanted ? 'words' : 'orphan';
  let result: PairResult;
  if (!found) result = 'orphaned';
  else if (!wanted) result = 'wrong';
  else if (found.start === wanted.start && found.end === wanted.end) result = 'correct';
  else if (found.start < wanted.end && wanted.start < found.end) result = 'near';
  else result = 'wrong';
  const asExpected = expect === 'words' ? result === 'correct' : result === 'orphaned';
  return { expect, result, asExpected, found: found?.text ?? null, wanted: wanted?.text ?? null };
}

export function tallyOutcomes(outcomes: readonly PairOutcome[]): Tally {
  const tally: Tally = { correct: 0, near: 0, orphaned: 0, wrong: 0, asExpected: 0, total: outcomes.length };
  for (const o of outcomes) {
    tally[o.result]++;
    if (o.asExpected) tally.asExpected++;
  }
  return tally;
}
