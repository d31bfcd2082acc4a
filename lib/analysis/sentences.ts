import type { Block } from '../model';
import { isSpace } from './input';
import { AMBIGUOUS_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './lexicon';
import { LIMITS } from './thresholds';

/** A sentence: [start, end) in the analysed text, inside block `block`. */
export interface Sentence {
  start: number;
  end: number;
  block: number;
  /** A piece of a run with no sentence end, cut at LIMITS.maxSentenceChars: no one's sentence, never a claim or a dispute. */
  cut?: true;
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«', '„']);

/**
 * Splits every block into sentences. A block boundary is always a sentence boundary; inside a block a
 * sentence ends at . ? ! or … (plus closing quotes/brackets) followed by space and a capital, digit or
 * opening quote — unless the full stop belongs to a title ("Mr.", "Sen."), an initial ("J. K."),
 * "No. 10", or an ambiguous abbreviation ("U.S.", "Jan.", "Mass.") not followed by a typical sentence start.
 * A run longer than LIMITS.maxSentenceChars without an end is cut into pieces at spaces (no real sentence is
 * that long; the rules that compare a sentence's words with each other stay linear on pages that are one line).
 */
export function splitSentences(text: string, blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((b, bi) => {
    let start = b.start;
    for (let i = b.start; i < b.end; i++) {
      const c = text[i];
      if (c !== '.' && c !== '?' && c !== '!' && c !== '…') continue;
      let j = i + 1;
      while (j < b.end && (CLOSERS.has(text[j]) || text[j] === '.' || text[j] === '?' || text[j] === '!')) j++;
      const runEnd = j - 1; // every position in the run of closers leads to the same j: skip it on failure
      if (j >= b.end || !isSpace(text.charCodeAt(j))) { i = runEnd; continue; }
      let k = j;
      while (k < b.end && isSpace(text.charCodeAt(k))) k++;
      if (k >= b.end) break;
      const next = text[k];
      if (!(OPENERS.has(next) || /[\p{Lu}\p{N}]/u.test(next))) { i = runEnd; continue; }
      if (c === '.' && j === i + 1 && !endsSentence(text, b.start, i, k)) { i = runEnd; continue; }
      pushTrimmed(text, out, start, j, bi);
      start = k;
      i = k - 1;
    }
    pushTrimmed(text, out, start, b.end, bi);
  });
  return out;
}

function pushTrimmed(text: string, out: Sentence[], s: number, e: number, block: number): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  let pieces = false;
  while (e - s > LIMITS.maxSentenceChars) {
    const at = cutBefore(text, s, s + LIMITS.maxSentenceChars);
    let next = at;
    while (next < e && isSpace(text.charCodeAt(next))) next++;
    let end = at;
    while (end > s && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > s) out.push({ start: s, end, block, cut: true });
    s = next;
    pieces = true;
  }
  if (e > s) out.push(pieces ? { start: s, end: e, block, cut: true } : { start: s, end: e, block });
}

/** Where to cut an over-long run [s, limit): at its last space in the second half, else at limit (never inside a surrogate pair). */
function cutBefore(text: string, s: number, limit: number): number {
  for (let i = limit; i > s + (limit - s) / 2; i--) if (isSpace(text.charCodeAt(i))) return i;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/** Decides whether the full stop at `dot` ends a sentence; `next` is where the following word starts. */
function endsSentence(text: string, blockStart: number, dot: number, next: number): boolean {
  let w = dot;
  const limit = Math.max(blockStart, dot - 20);
  while (w > limit && /[\p{L}.\-]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot);
  const last = word.split(/[-]/).pop() ?? word;
  const lower = last.toLowerCase();
  const nextWord = /^[\p{L}\p{N}]+/u.exec(text.slice(next, next + 30))?.[0] ?? '';
  if (lower === 'no' || lower === 'nos') return !/^\d/.test(nextWord); // "No. 10" but "said no. Then"
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (/^\p{Lu}$/u.test(last)) return false; // initial: "J. K. Rowling"
  const ambiguous = AMBIGUOUS_ABBREVIATIONS.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(last);
  if (ambiguous) return SENTENCE_STARTERS.has(nextWord.toLowerCase());
  return true;
}
