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

// Letters/digits joined by single inner punctuation; linear (the separators are not word characters).
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[.'’&-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*\.?/gu;
const CAP = /^\p{Lu}/u;

/** Starts with an upper-case letter (`/^\p{Lu}/u`), without a regular expression for ASCII letters. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAP.test(word);
}

const isApostrophe = (c: string | undefined): boolean => c === "'" || c === '’';

/** Tokenises text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const re = WORD; // one compiled expression: tokenize runs synchronously and reads it to the end
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    let raw = m[0];
    const s = m.index;
    if (s + raw.length > end) raw = raw.slice(0, end - s);
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
    if (re.lastIndex >= end) break;
  }
  re.lastIndex = 0;
  return out;
}
