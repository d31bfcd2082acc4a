import { NOT_POSSESSIVE } from './lexicon';

/** A word of the analysed text. `word` has no trailing full stop and no possessive suffix. */
export interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Ends with a full stop ("Sen.", "U.S."). */
  dot: boolean;
  /** "Putin’s", "Tenants’". */
  possessive: boolean;
}

/**
 * A word: letters/digits joined by single inner punctuation; linear (the separators are not word characters).
 * `tokenize` reads it by hand (see `wordEnd`); the expression is its definition, and the tests hold the two equal.
 */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[.'’&-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*\.?/gu;
const CAP = /^\p{Lu}/u;

/** Starts with an upper-case letter (`/^\p{Lu}/u`), without a regular expression for ASCII letters. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAP.test(word);
}

const isApostrophe = (c: string | undefined): boolean => c === "'" || c === '’';

// WORD read by hand, code point by code point, exactly as the expression matches (tokenize runs on every unit of
// every article; the expression's match arrays were a large part of the analysis's garbage). Character classes
// of the Basic Multilingual Plane are remembered once asked: 1 other, 2 letter or number, 3 mark.
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const classes = new Uint8Array(0x10000);
function classOf(cp: number): number {
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122) ? 2 : 1;
  if (cp < 0x10000) {
    let c = classes[cp];
    if (!c) c = classes[cp] = classify(String.fromCharCode(cp));
    return c;
  }
  return classify(String.fromCodePoint(cp));
}
const classify = (ch: string): number => (LETTER_OR_NUMBER.test(ch) ? 2 : MARK.test(ch) ? 3 : 1);

/**
 * How many runs of letters and numbers (`/[\p{L}\p{N}]+/u`; with `apostrophe`, `/[\p{L}\p{N}']+/u`) text[start, end)
 * holds, counting no further than `cap`. Reads the range only: a search from `start` for the next run would read on
 * past `end`, to the text's end for a sentence with none.
 */
export function countWordRuns(text: string, start: number, end: number, cap: number, apostrophe = false): number {
  let n = 0;
  let inRun = false;
  // as the expression (flag u) does, a start inside a surrogate pair reads from the pair's first half
  const from = start > 0 && (text.charCodeAt(start) & 0xfc00) === 0xdc00 && (text.charCodeAt(start - 1) & 0xfc00) === 0xd800 ? start - 1 : start;
  for (let i = from; i < end && n < cap; ) {
    const cp = text.codePointAt(i)!;
    const word = classOf(cp) === 2 || (apostrophe && cp === 39);
    if (word && !inRun) n++;
    inRun = word;
    i += cp > 0xffff ? 2 : 1;
  }
  return n;
}
/** . ' ’ & - between two runs of letters: "U.S", "O'Brien", "AT&T", "al-Assad". */
const isJoiner = (c: number): boolean => c === 46 || c === 39 || c === 0x2019 || c === 38 || c === 45;

/**
 * Where the match of WORD that starts at q (a letter or number) ends, or any point at or past `limit` when it ends
 * there or later: the caller cuts the word at its range's end, so reading on would only cost time (a megabyte-long
 * "word" was read to its end once per sentence it spans, quadratic in its length).
 */
function wordEnd(text: string, q: number, limit: number): number {
  const n = text.length;
  const stop = Math.min(limit, n);
  let i = q + (text.codePointAt(q)! > 0xffff ? 2 : 1);
  for (;;) {
    while (i < stop) {
      const cp = text.codePointAt(i)!;
      if (classOf(cp) === 1) break;
      i += cp > 0xffff ? 2 : 1;
    }
    if (i >= stop) return i;
    if (i + 1 < n && isJoiner(text.charCodeAt(i))) {
      const cp = text.codePointAt(i + 1)!;
      if (classOf(cp) === 2) {
        i += cp > 0xffff ? 3 : 2;
        continue;
      }
    }
    break;
  }
  return i < n && text.charCodeAt(i) === 46 ? i + 1 : i;
}

/** Tokenises text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  // as the expression (flag u) does, a start inside a surrogate pair reads from the pair's first half
  let pos = start > 0 && (text.charCodeAt(start) & 0xfc00) === 0xdc00 && (text.charCodeAt(start - 1) & 0xfc00) === 0xd800 ? start - 1 : start;
  while (pos < end) {
    const cp = text.codePointAt(pos)!;
    if (classOf(cp) !== 2) {
      pos += cp > 0xffff ? 2 : 1;
      continue;
    }
    const s = pos;
    const matchEnd = wordEnd(text, s, end);
    const raw = text.slice(s, Math.min(matchEnd, end));
    const dot = raw.endsWith('.');
    let word = dot ? raw.slice(0, -1) : raw;
    let possessive = false;
    const apostrophe = word.length > 2 && word.charCodeAt(word.length - 1) === 115 /* s */ ? word[word.length - 2] : '';
    if ((apostrophe === "'" || apostrophe === '’') && !NOT_POSSESSIVE.has(word.slice(0, -2).toLowerCase())) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (!dot && word.charCodeAt(word.length - 1) === 115 /* s */ && isApostrophe(text[s + raw.length]) && /\s/.test(text[s + raw.length + 1] ?? '') && /\p{Lu}/u.test(text[s + raw.length + 2] ?? '')) {
      // plural possessive before a capitalised word: "Tenants’ Federation"
      possessive = true;
    } else if (!dot && isApostrophe(text[s + raw.length]) && /^\p{Lu}\p{Ll}+s$/u.test(word) && / \p{Ll}/u.test(text.slice(s + raw.length + 1, s + raw.length + 3))) {
      // a name ending in s before a lower-case noun: "Banks’ mother", "Jones’ lawyer"
      possessive = true;
    }
    out.push({ word, lower: word.toLowerCase(), start: s, end: s + raw.length, cap: startsUpper(word), dot, possessive });
    pos = matchEnd;
  }
  return out;
}
