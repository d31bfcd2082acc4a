// A fuzzy span can start or end a few characters off: a word replaced at the edge of the quote
// aligns only partly. Each boundary is re-placed, within a few characters, where the quote's edge
// and the context on that side agree best with the text; ties go to the kind of boundary the
// original had (a word start or end), then to the nearer position. A quote that began or ended on
// a whole word never comes back cut inside one.
import { splitsSurrogatePair } from './codepoints';
import { anchoredErrors } from './edit-distance';
import type { AnchorTarget } from './selectors';

/** How far a boundary may move, in UTF-16 units. */
const REACH = 16;
/** Characters of the quote's edge compared at each boundary. */
const EDGE = 32;

const WORD = /[\p{L}\p{N}]/u;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && c !== '' && WORD.test(c);
}

/** Is there a word boundary of the same kind between `before` and `after` as in the original? */
function sameKind(before: string | undefined, after: string | undefined, origBefore: string | undefined, origAfter: string | undefined): boolean {
  const kind = (a: string | undefined, b: string | undefined) => `${isWordChar(a)}${isWordChar(b)}`;
  return kind(before, after) === kind(origBefore, origAfter);
}

function startCost(text: string, s: number, target: AnchorTarget): number {
  const head = target.exact.slice(0, EDGE);
  const { prefix } = target;
  const before = text.slice(Math.max(0, s - prefix.length - REACH), s);
  return anchoredErrors(before, prefix, 'end') + anchoredErrors(text.slice(s, s + head.length + REACH), head, 'start');
}

function endCost(text: string, e: number, target: AnchorTarget): number {
  const tail = target.exact.slice(-EDGE);
  const { suffix } = target;
  const after = text.slice(e, e + suffix.length + REACH);
  return anchoredErrors(after, suffix, 'start') + anchoredErrors(text.slice(Math.max(0, e - tail.length - REACH), e), tail, 'end');
}

function bestBoundary(text: string, from: number, lo: number, hi: number, cost: (at: number) => number, likeOriginal: (at: number) => boolean): number {
  let best = from;
  let bestKey = [cost(from), likeOriginal(from) ? 0 : 1, 0];
  for (let at = Math.max(0, lo); at <= Math.min(text.length, hi); at++) {
    if (at === from || splitsSurrogatePair(text, at)) continue;
    const key = [cost(at), likeOriginal(at) ? 0 : 1, Math.abs(at - from)];
    if (key[0]! < bestKey[0]! || (key[0] === bestKey[0] && (key[1]! < bestKey[1]! || (key[1] === bestKey[1] && key[2]! < bestKey[2]!)))) {
      best = at;
      bestKey = key;
    }
  }
  return best;
}

/** [start, end) with each boundary moved (by at most REACH) to where quote and context fit best. */
export function refineBounds(text: string, start: number, end: number, target: AnchorTarget): { start: number; end: number } {
  const { exact, prefix, suffix } = target;
  const s = bestBoundary(
    text, start, start - REACH, Math.min(start + REACH, end - 1),
    (at) => startCost(text, at, target),
    (at) => sameKind(text[at - 1], text[at], prefix.at(-1), exact[0]),
  );
  const e = bestBoundary(
    text, end, Math.max(end - REACH, s + 1), end + REACH,
    (at) => endCost(text, at, target),
    (at) => sameKind(text[at - 1], text[at], exact.at(-1), suffix[0]),
  );
  return { start: wholeWordStart(text, s, prefix.at(-1), exact[0]), end: wholeWordEnd(text, e, exact.at(-1), suffix[0]) };
}

/** Back to the start of the word `at` falls inside, when the original started on a word start. */
function wholeWordStart(text: string, at: number, origBefore: string | undefined, origFirst: string | undefined): number {
  if (isWordChar(origBefore) || !isWordChar(origFirst)) return at;
  let s = at;
  while (s > 0 && at - s < REACH && isWordChar(text[s - 1]) && isWordChar(text[s])) s--;
  return isWordChar(text[s - 1]) ? at : s;
}

/** On to the end of the word `at` falls inside, when the original ended on a word end. */
function wholeWordEnd(text: string, at: number, origLast: string | undefined, origAfter: string | undefined): number {
  if (isWordChar(origAfter) || !isWordChar(origLast)) return at;
  let e = at;
  while (e < text.length && e - at < REACH && isWordChar(text[e - 1]) && isWordChar(text[e])) e++;
  return isWordChar(text[e]) ? at : e;
}
