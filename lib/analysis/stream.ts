import type { Context, Unit } from './context';
import type { Resolved } from './coref';
import type { Token } from './words';

/**
 * One unit read as a flat sequence: the words outside quotations, each quotation as one element, and the
 * punctuation between them. Attribution patterns ("“…,” said X", "X, the …, said: “…”") are read off it.
 */
export type Element =
  | { kind: 'word'; start: number; end: number; token: Token; lower: string; /** index into unit.mentions, or -1 */ mention: number }
  | { kind: 'quote'; start: number; end: number; quote: number }
  | { kind: 'punct'; start: number; end: number; char: string };

export interface Stream {
  elements: Element[];
  /** Element index where each mention of the unit starts / ends (inclusive). */
  mentionFirst: number[];
  mentionLast: number[];
  /** Element index of each quote of the unit, by quote index. */
  quoteAt: Map<number, number>;
}

/** Punctuation that structures a clause; a hyphen counts as a dash only with space around it (not "al-Assad"). */
const STRUCTURE = new Set([',', ';', ':', '(', ')', '[', ']', '—', '―', '–', '.', '?', '!']);
const DASHES = new Set(['—', '―', '–']);

const cache = new WeakMap<Unit, Stream>();

export function streamOf(ctx: Context, unit: Unit): Stream {
  let s = cache.get(unit);
  if (!s) {
    s = build(ctx, unit);
    cache.set(unit, s);
  }
  return s;
}

function build(ctx: Context, unit: Unit): Stream {
  const { text } = ctx;
  const elements: Element[] = [];
  const quoteAt = new Map<number, number>();
  const quotes = unit.quotes.length ? unit.quotes : [];
  // quotes that overlap the unit, in order
  const qs: number[] = [];
  for (const qi of quotes) qs.push(qi);
  const mentions = unit.mentions;
  let mi = 0;
  let qk = 0;
  let pos = unit.lead;
  const pushPunct = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const c = text[i];
      if (STRUCTURE.has(c)) elements.push({ kind: 'punct', start: i, end: i + 1, char: DASHES.has(c) ? '—' : c });
      else if (c === '-' && i > from && i + 1 < to && text[i - 1] === ' ' && text[i + 1] === ' ') elements.push({ kind: 'punct', start: i, end: i + 1, char: '—' });
    }
  };
  const addQuote = (): void => {
    const qi = qs[qk++];
    const q = ctx.quotes[qi];
    pushPunct(pos, q.start);
    quoteAt.set(qi, elements.length);
    elements.push({ kind: 'quote', start: q.start, end: q.end, quote: qi });
    pos = Math.max(pos, q.end);
  };
  for (const t of unit.frame) {
    while (qk < qs.length && ctx.quotes[qs[qk]].start < t.start) addQuote();
    pushPunct(pos, t.start);
    while (mi < mentions.length && mentions[mi].end <= t.start) mi++;
    const m = mentions[mi];
    const inMention = m && m.start <= t.start && t.start < m.end ? mi : -1;
    elements.push({ kind: 'word', start: t.start, end: t.end, token: t, lower: t.lower, mention: inMention });
    pos = t.end;
  }
  while (qk < qs.length) addQuote();
  pushPunct(pos, unit.end);
  const mentionFirst = new Array<number>(mentions.length).fill(-1);
  const mentionLast = new Array<number>(mentions.length).fill(-1);
  elements.forEach((e, i) => {
    if (e.kind !== 'word' || e.mention < 0) return;
    if (mentionFirst[e.mention] < 0) mentionFirst[e.mention] = i;
    mentionLast[e.mention] = i;
  });
  return { elements, mentionFirst, mentionLast, quoteAt };
}

/** The mention that element i ends, if any. */
export function mentionEndingAt(unit: Unit, s: Stream, i: number): Resolved | null {
  const e = s.elements[i];
  if (!e || e.kind !== 'word' || e.mention < 0 || s.mentionLast[e.mention] !== i) return null;
  return unit.mentions[e.mention];
}

/** The mention that element i starts, if any. */
export function mentionStartingAt(unit: Unit, s: Stream, i: number): Resolved | null {
  const e = s.elements[i];
  if (!e || e.kind !== 'word' || e.mention < 0 || s.mentionFirst[e.mention] !== i) return null;
  return unit.mentions[e.mention];
}

/** The last element of the mention that starts at element i (i itself when no mention starts there). */
export function mentionEnd(s: Stream, i: number): number {
  const e = s.elements[i];
  return e?.kind === 'word' && e.mention >= 0 ? s.mentionLast[e.mention] : i;
}
