import type { ArticleInput, Block } from '../model';
import { Coreference, type Resolved } from './coref';
import { EntityTable, type Entity } from './entities';
import { findMentions, opensSentence } from './mentions';
import { findQuotes, type Quote } from './quotes';
import { splitSentences, type Sentence } from './sentences';
import { LIMITS } from './thresholds';
import { tokenize, type Token } from './words';

/**
 * A stretch of one block used for attribution: a sentence, or several sentences when a quotation
 * runs across their boundary ("“I agree. We will,” she said." is one unit).
 */
export interface Unit {
  start: number;
  end: number;
  block: number;
  /** All its words, quoted or not, in order (the disputes read inside quotations too). */
  tokens: Token[];
  /** Words outside quotation marks. */
  frame: Token[];
  /** Mentions among `frame`, resolved in reading order. */
  mentions: Resolved[];
  /** Indexes of the quotes that start in this unit. */
  quotes: number[];
  /** Where its words begin: after a dateline ("WASHINGTON (AP) —") that opens the block, else `start`. */
  lead: number;
}

/** Everything the analysis layers share about one article. */
export interface Context {
  text: string;
  blocks: readonly Block[];
  sentences: Sentence[];
  quotes: Quote[];
  units: Unit[];
  /** The last unit index of every block (-1 when empty). */
  blockLastUnit: number[];
  /** The unit index of every quote. */
  quoteUnit: number[];
  /** Whether [start, end) lies inside a quotation (marks included). */
  inQuote(start: number, end?: number): boolean;
  /** The person a possessive "his"/"her" outside quotations at pos refers to, as coreference read it ("his lawyers"), else null. */
  ownerAt(pos: number): Entity | null;
  /** The full name of the one person the article gives this lone given name ("Dale" → "Dale Ford"), else null. */
  fullNameOfGiven?(word: string): string | null;
}

export function buildContext(input: ArticleInput): Context {
  const { text, blocks } = input;
  const sentences = splitSentences(text, blocks);
  const quotes = findQuotes(text, blocks);
  const inQuote = (start: number, end = start + 1): boolean => {
    let lo = 0;
    let hi = quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = quotes[mid];
      if (q.end <= start) lo = mid + 1;
      else if (q.start >= end) hi = mid - 1;
      else return q.start <= start && end <= q.end;
    }
    return false;
  };
  const units = groupUnits(text, blocks, sentences, quotes);
  const quoteUnit: number[] = new Array(quotes.length).fill(-1);
  let ui = 0;
  quotes.forEach((q, qi) => {
    while (ui < units.length - 1 && units[ui].end <= q.start) ui++;
    quoteUnit[qi] = ui;
    units[ui]?.quotes.push(qi);
  });
  // words the article writes in lower case: a capitalised "Does" or "Thousands" opening a sentence is no name
  const common = new Set<string>();
  for (const u of units) for (const t of u.frame) if (!t.cap) common.add(t.lower);
  // …and words it capitalises inside a sentence: a name there is a name at a sentence's start too
  const midCaps = new Set<string>();
  for (const u of units) u.frame.forEach((t, k) => { if (t.cap && (!opensSentence(text, t) || (k > 0 && u.frame[k - 1].cap && u.frame[k - 1].dot))) midCaps.add(t.lower); });
  const raw = units.map((u) => findMentions(text, u.frame, { common, midCaps }));
  const table = new EntityTable();
  // the body first: a headline's "Unpredictable Sondland" must not become the name "Sondland" stands for
  const inHeading = (i: number): boolean => blocks[units[i].block]?.type === 'heading';
  raw.forEach((list, i) => { if (!inHeading(i)) for (const m of list) table.learn(m, text); });
  raw.forEach((list, i) => { if (inHeading(i)) for (const m of list) table.learn(m, text, true); });
  const coref = new Coreference(table, text);
  units.forEach((u, i) => {
    u.mentions = coref.resolveUnit(raw[i], u.block, u.frame);
  });
  const blockLastUnit: number[] = new Array(blocks.length).fill(-1);
  units.forEach((u, i) => {
    blockLastUnit[u.block] = i;
  });
  const fullNameOfGiven = (word: string): string | null => table.personByGivenName(word)?.canonical ?? null;
  const ownerAt = (pos: number): Entity | null => coref.ownerAt(pos);
  return { text, blocks, sentences, quotes, units, quoteUnit, blockLastUnit, inQuote, ownerAt, fullNameOfGiven };
}

/**
 * A dateline or a capitalised kicker opening a block: "WASHINGTON (AP) —", "LOS ANGELES, Sept. 28 (UPI) —",
 * "MANCHESTER, N.H. - ", "WASHINGTON -- ", "RED STATES OUTNUMBER BLUE STATES - ". Its words name a place, an
 * agency or a topic, never the sentence's subject.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\p{N}.'’ -]*\p{Lu}(?:,(?: [\p{Lu}][\p{L}]{0,9}\.?){1,2}(?: \d{1,2})?)?(?: \([\p{L} .-]{1,30}\))? ?(?:—|–|―|--| - )\s*/u;

/** A dateline in ordinary case with a news agency: "Washington (AFP) –", "Mexico City (Reuters) -", "Paris, France (AP) —". */
const AGENCY_DATELINE = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?:, \p{Lu}[\p{L}.]{1,12}(?: \p{Lu}[\p{L}.]{1,12})?)? \((?:AFP|AP|Reuters|UPI|CNN|dpa|AAP|IANS|PTI|Xinhua|Bloomberg|ANSA|EFE|Kyodo|Yonhap)\) ?(?:—|–|―|--|-)\s*/u;

export function datelineEnd(text: string, block: Block): number {
  const head = text.slice(block.start, Math.min(block.end, block.start + 90));
  const m = DATELINE.exec(head);
  if (m && !/\p{Ll}/u.test(m[0].split(/[,(]/)[0]!)) return block.start + m[0].length;
  const agency = AGENCY_DATELINE.exec(head);
  return agency ? block.start + agency[0].length : block.start;
}

function groupUnits(text: string, blocks: readonly Block[], sentences: readonly Sentence[], quotes: readonly Quote[]): Unit[] {
  const units: Unit[] = [];
  let qi = 0;
  let cur: { start: number; end: number; block: number } | null = null;
  let qp = 0; // tokens arrive in order: a moving pointer keeps the inside-quote test linear
  const insideAny = (t: Token): boolean => {
    while (qp < quotes.length && quotes[qp].end <= t.start) qp++;
    const q = quotes[qp];
    return !!q && q.start <= t.start && t.end <= q.end;
  };
  const flush = (): void => {
    if (!cur) return;
    const block = blocks[cur.block];
    const from = block && cur.start === block.start && block.type !== 'heading' ? datelineEnd(text, block) : cur.start;
    const tokens = tokenize(text, cur.start, cur.end);
    const frame: Token[] = [];
    for (const t of tokens) if (t.start >= from && !insideAny(t)) frame.push(t);
    units.push({ start: cur.start, end: cur.end, block: cur.block, tokens, frame, mentions: [], quotes: [], lead: from });
  };
  for (const s of sentences) {
    while (qi < quotes.length && quotes[qi].end <= s.start) qi++;
    const q = quotes[qi];
    // a quotation running across the sentence boundary joins them into one unit (up to LIMITS.maxUnitChars)
    if (cur && cur.block === s.block && q && q.start < s.start && q.end > s.start && s.end - cur.start <= LIMITS.maxUnitChars) {
      cur.end = s.end;
      continue;
    }
    flush();
    cur = { start: s.start, end: s.end, block: s.block };
  }
  flush();
  return units;
}
