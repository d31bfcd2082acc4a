import type { Block } from '../model';
import { isSpace } from './input';

/** A quotation found in the text. */
export interface Quote {
  /** [start, end): the quotation including its marks. */
  start: number;
  end: number;
  /** [innerStart, innerEnd): the quoted words, without marks and surrounding space. */
  innerStart: number;
  innerEnd: number;
  block: number;
  style: 'double' | 'single';
  /** Opened at the very start of its block. */
  leading: boolean;
  /** Not closed in its block: the quotation continues in the next paragraph. */
  open: boolean;
  /** Index (in the returned array) of the previous paragraph's part of the same quotation, or -1. */
  prevPart: number;
}

type MarkKind = 'openD' | 'closeD' | 'openS' | 'closeS' | 'weakCloseS';
interface Mark {
  kind: MarkKind;
  pos: number;
  /** 2 for a doubled mark used as a double quotation mark: the NYT's '' … '', the AP's ‘‘ … ’’. */
  len: number;
}

const isLetter = (c: string): boolean => /\p{L}/u.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const space = (c: string): boolean => c === '' || isSpace(c.charCodeAt(0));
const OPEN_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', '“', '‘', '"', "'", ':']);
const opensAfter = (prev: string): boolean => space(prev) || OPEN_CONTEXT.has(prev);

/** Classifies the quotation-mark character at i, or returns null for apostrophes and stray marks. */
function classify(text: string, i: number, start: number, end: number): MarkKind | null {
  const c = text[i];
  const prev = i > start ? text[i - 1] : '';
  const next = i + 1 < end ? text[i + 1] : '';
  switch (c) {
    case '“':
      // a typo'd closing mark: “rapists“ while, unusual,“ said
      if (!space(prev) && !OPEN_CONTEXT.has(prev) && (space(next) || /[.,;:!?)]/.test(next))) return 'closeD';
      return 'openD';
    case '„':
      return 'openD';
    case '”':
      return 'closeD';
    case '"':
      if (opensAfter(prev) && !space(next)) return 'openD';
      if (!space(prev)) return 'closeD';
      return spacedClose(text, i, 1, start, end) ? 'closeD' : null;
    case '‘':
      return opensAfter(prev) && !space(next) && !isDigit(next) ? 'openS' : null;
    case '’':
    case "'": {
      if ((isLetter(prev) || isDigit(prev)) && isLetter(next)) return null; // Nico’s, it’s
      if (opensAfter(prev) && isDigit(next)) return null; // ’90s
      if (opensAfter(prev)) return c === "'" && !space(next) ? 'openS' : null; // ’em; straight ' may open
      const after = i + 2 < end ? text[i + 2] : '';
      if (prev === 's' && space(next) && /\p{Ll}/u.test(after)) return 'weakCloseS'; // Rovers’ fans … or a real close
      return 'closeS';
    }
    default:
      return null;
  }
}

/**
 * A double closing mark set off by a space from the words it closes: after a nested single quotation
 * ("… to be 'above the president,' " said X; the NYT's ,' '') or after a question ("… mean? " she asked).
 * It must be followed by a space, punctuation or the end of the paragraph.
 */
function spacedClose(text: string, i: number, len: number, start: number, end: number): boolean {
  const next = i + len < end ? text[i + len] : '';
  if (next !== '' && !space(next) && !/[.,;:!?)\]—–-]/.test(next)) return false;
  let k = i - 1;
  while (k > start && k > i - 3 && space(text[k])) k--;
  return k >= start && !space(text[k]) && /['’?!.,]/.test(text[k]);
}

/** The quotation marks, by UTF-16 code unit: “ „ ” " ‘ ’ ' ` */
const MARK_CODES = new Set([0x201c, 0x201e, 0x201d, 0x22, 0x2018, 0x2019, 0x27, 0x60]);

/** A doubled single mark standing for a double one: '' (NYT), ‘‘ and ’’ (AP wire copy), ``. */
function doubled(text: string, i: number, start: number, end: number): MarkKind | null {
  const c = text[i];
  if (i + 1 >= end || text[i + 1] !== c || (c !== "'" && c !== '‘' && c !== '’' && c !== '`')) return null;
  const prev = i > start ? text[i - 1] : '';
  const next = i + 2 < end ? text[i + 2] : '';
  if (c === '‘' || c === '`') return 'openD';
  if (c === '’') return space(next) || /[.,;:!?)\]—–-]/.test(next) || next === '' ? 'closeD' : opensAfter(prev) ? 'openD' : null;
  if (opensAfter(prev) && !space(next)) return 'openD';
  if (!space(prev)) return 'closeD';
  return spacedClose(text, i, 2, start, end) ? 'closeD' : null;
}

function marksOf(text: string, b: Block): Mark[] {
  const marks: Mark[] = [];
  // Read within the block only: a search for the next mark would run on to the text's end from every block that
  // has none (100,000 one-line paragraphs without a quotation mark took 15 s).
  for (let i = b.start; i < b.end; i++) {
    if (!MARK_CODES.has(text.charCodeAt(i))) continue;
    const two = doubled(text, i, b.start, b.end);
    if (two) {
      marks.push({ kind: two, pos: i, len: 2 });
      i++;
      continue;
    }
    const kind = classify(text, i, b.start, b.end);
    if (kind) marks.push({ kind, pos: i, len: 1 });
  }
  return marks;
}

/**
 * Finds the outermost quotations of every block: curly and straight double quotes, British single quotes
 * (with nested doubles), ignoring apostrophes. An opening mark left unclosed at the end of a paragraph
 * continues into the next paragraph when that one starts with the same mark (multi-paragraph quotes).
 * Linear in the text length.
 */
export function findQuotes(text: string, blocks: readonly Block[]): Quote[] {
  const out: Quote[] = [];
  blocks.forEach((b, bi) => {
    const marks = marksOf(text, b);
    // For a weak closing ’ (maybe a plural possessive): is there a strong close before the next opening?
    const strongCloseAhead: boolean[] = new Array(marks.length);
    let seenStrong = false;
    for (let k = marks.length - 1; k >= 0; k--) {
      strongCloseAhead[k] = seenStrong;
      if (marks[k].kind === 'closeS') seenStrong = true;
      else if (marks[k].kind === 'openS') seenStrong = false;
    }
    const nextBlock = blocks[bi + 1];
    const dead = { openD: false, openS: false };
    let k = 0;
    while (k < marks.length) {
      const m = marks[k];
      if ((m.kind !== 'openD' && m.kind !== 'openS') || dead[m.kind]) {
        k++;
        continue;
      }
      const double = m.kind === 'openD';
      let close = -1;
      for (let j = k + 1; j < marks.length; j++) {
        const kind = marks[j].kind;
        if (double ? kind === 'closeD' : kind === 'closeS' || (kind === 'weakCloseS' && !strongCloseAhead[j])) {
          close = j;
          break;
        }
      }
      if (double) close = nestedClose(marks, k, close);
      const leading = m.pos === b.start;
      if (close >= 0) {
        push(out, text, m.pos, marks[close].pos + marks[close].len, m.pos + m.len, marks[close].pos, bi, double, leading, false);
        k = close + 1;
        continue;
      }
      const mark = text.slice(m.pos, m.pos + m.len);
      const continues = nextBlock !== undefined && text.startsWith(mark, nextBlock.start);
      if (leading || continues) {
        push(out, text, m.pos, b.end, m.pos + m.len, b.end, bi, double, leading, true);
        break; // the rest of the block is inside this quotation
      }
      dead[m.kind] = true; // no closing mark of this kind after here: later openings cannot close either
      k++;
    }
  });
  linkParts(out, text, blocks);
  return out;
}

/**
 * A double quotation that holds another one (“… wearing “Settle For” shirts …”, "… shouted "Stop!" as …"):
 * the closing mark that balances the opening at k, when every inner quotation closes inside the paragraph.
 * firstClose is the first closing mark after k; it stays the answer when the marks do not balance.
 * Balanced inner quotations with no outer close leave the quotation open (-1).
 */
function nestedClose(marks: readonly Mark[], k: number, firstClose: number): number {
  let depth = 0;
  let inner = false;
  for (let j = k + 1; j < marks.length; j++) {
    const kind = marks[j].kind;
    if (kind === 'openD') {
      depth++;
      inner = true;
    } else if (kind === 'closeD') {
      if (depth === 0) return j;
      depth--;
    }
  }
  return inner && depth === 0 ? -1 : firstClose;
}

function push(
  out: Quote[], text: string, start: number, end: number, innerStart: number, innerEnd: number,
  block: number, double: boolean, leading: boolean, open: boolean,
): void {
  while (innerStart < innerEnd && isSpace(text.charCodeAt(innerStart))) innerStart++;
  while (innerEnd > innerStart && isSpace(text.charCodeAt(innerEnd - 1))) innerEnd--;
  if (!/[\p{L}\p{N}]/u.test(text.slice(innerStart, Math.min(innerEnd, innerStart + 200)))) return;
  out.push({ start, end, innerStart, innerEnd, block, style: double ? 'double' : 'single', leading, open, prevPart: -1 });
}

/** Links the paragraphs of a multi-paragraph quotation. */
function linkParts(quotes: Quote[], text: string, blocks: readonly Block[]): void {
  for (let i = 0; i + 1 < quotes.length; i++) {
    const q = quotes[i];
    if (!q.open) continue;
    const n = quotes[i + 1];
    if (n.block === q.block + 1 && n.leading && n.style === q.style && blocks[n.block].start === n.start && text[n.start] === text[q.start]) {
      n.prevPart = i;
    }
  }
}

/**
 * A quotation's words for comparing two quotations: lower-case runs of letters and digits, one space between and
 * one at each end (“We will win!” → " we will win "). One key includes another only at word edges, so " win "
 * is in " we will win " but " in " is not. The repeated-quote sieve and the headline-repeat rule share it.
 */
export const quoteKey = (text: string): string => ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/** The letters and digits a quotation key holds (its length without the spaces at both ends). */
export const quoteKeyLength = (key: string): number => Math.max(0, key.length - 2);

const keysByArticle = new WeakMap<object, string[]>();
/** Every quotation's key (quoteKey), in the order of `quotes`, computed once per article. */
export function quoteKeysOf(article: { readonly text: string; readonly quotes: readonly Quote[] }): string[] {
  let keys = keysByArticle.get(article);
  if (!keys) {
    keys = article.quotes.map((q) => quoteKey(article.text.slice(q.innerStart, q.innerEnd)));
    keysByArticle.set(article, keys);
  }
  return keys;
}
