/**
 * The features of one sentence, shared by the training script and the runtime so both see exactly the
 * same thing: word, stem and word-pair features ("w:inflation", "s:tax", "b:brought down") and hand features
 * ("h:figure", "h:hedge", …) built from the cues and a few word classes. Pure, no DOM.
 */
import { findCues, type Cue, type CueKind } from './cues';

export interface SentenceFeatures {
  /** Feature name → value. Word and pair features are 1; hand features are small counts or 0–1. */
  values: Map<string, number>;
  /** The cues found (spans in the sentence text), for the reason; numbers inside dates left out. */
  cues: Cue[];
  /** Every cue, numbers inside dates too (the hand rules count those as well). */
  allCues: Cue[];
  /** The sentence's words as the model sees them (lower case, numbers as shapes). */
  tokens: string[];
  /** Share of the sentence's characters inside quotation marks. */
  quotedShare: number;
}

// A word, a number with its currency or percent sign, or a contraction ("didn't").
const TOKEN = /[$£€¥]?\d[\d,.]*(?<![.,])%?|[\p{L}][\p{L}\p{M}]*(?:['’][\p{L}]+)*/gu;

/** The model's view of a word: lower case; numbers become shapes ("<year>", "<money>", "<pct>", "<num>"). */
export function normalizeToken(raw: string): string {
  if (/^[$£€¥]/.test(raw)) return '<money>';
  if (/^\d/.test(raw)) {
    if (raw.endsWith('%')) return '<pct>';
    if (/^(?:1[89]|20)\d\d$/.test(raw)) return '<year>';
    return '<num>';
  }
  return raw.toLowerCase().replace(/’/g, "'");
}

/** A crude stem ("taxes" → "tax", "voted" → "vot") so that rarer forms share weight with common ones. */
export function stem(t: string): string {
  return t.replace(/(?:ies|ied)$/, 'y').replace(/(?:ing|ed|es|s|ly)$/, '').replace(/(.)\1$/, '$1');
}

export function tokens(text: string): string[] {
  return (text.match(TOKEN) ?? []).map(normalizeToken);
}

/** Opinion, hope and hedging: statements of view are not checkable facts. */
const HEDGE = /\b(?:I think|I believe|we believe|I feel|should|would like|hopes?|hoped|feel|felt|seems?|appears?|might|perhaps|possibly|probably|sceptical|skeptical|doubtful|admiration|his view|her view|opinion|concern(?:ed)?|danger|fears?)\b/giu;
/** Promises and plans: what someone will do cannot be checked yet. */
const FUTURE = /\b(?:will|going to|gonna|plan to|intend to|promise|propose|want to|wants to|would|need to|needs to|have to|has to|must|let's|let us)\b|['’]ll\b/giu;
const FIRST_PERSON = /\b(?:I|me|my|I['’]m|I['’]ve|I['’]d)\b/gu;
const WE = /\b(?:we|us|our|we['’]ve|we['’]re)\b/giu;
const YOU = /\b(?:you|your|you['’]re|you['’]ve)\b/giu;
const NEGATION = /\b(?:not|never|no|n['’]t)\b|n['’]t\b/giu;
const PAST = /\b(?:was|were|had|did|has been|have been)\b/giu;

const count = (re: RegExp, text: string, cap: number): number => Math.min(cap, text.match(re)?.length ?? 0);

/** Capitalised words after the first, outside quotations: a rough count of named things. */
export function namedWords(text: string, quoted: (start: number, end: number) => boolean): number {
  let n = 0;
  for (const m of text.matchAll(/(?<=\s)\p{Lu}[\p{L}’'-]*/gu)) {
    if (m[0] !== 'I' && !/^I['’]/.test(m[0]) && !quoted(m.index, m.index + m[0].length)) n++;
    if (n >= 3) break;
  }
  return n;
}

export const CUE_KINDS: readonly CueKind[] = ['figure', 'date', 'time', 'record', 'comparison', 'cause', 'event', 'source'];

/**
 * Features of one sentence. `quoted(start, end)` marks spans of `text` inside quotation marks (cues there
 * do not count); the share of quoted characters is a feature of its own.
 */
export function sentenceFeatures(text: string, quoted: (start: number, end: number) => boolean = () => false): SentenceFeatures {
  const values = new Map<string, number>();
  const toks = tokens(text);
  for (let i = 0; i < toks.length; i++) {
    values.set(`w:${toks[i]}`, 1);
    values.set(`b:${i === 0 ? '<s>' : toks[i - 1]} ${toks[i]}`, 1);
  }
  for (const t of toks) if (!t.startsWith('<')) values.set(`s:${stem(t)}`, 1);
  const all = findCues(text, quoted);
  const cues = all.filter((c) => !c.inDate);
  const byKind = new Map<CueKind, number>();
  for (const c of cues) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + (c.background ? c.weight / 2 : c.weight));
  for (const [k, v] of byKind) values.set(`h:${k}`, Math.min(2, v));
  if (!cues.length) values.set('h:no-cue', 1);
  const hand: Array<[string, number]> = [
    ['hedge', count(HEDGE, text, 2)],
    ['future', count(FUTURE, text, 2)],
    ['i', count(FIRST_PERSON, text, 2)],
    ['we', count(WE, text, 2)],
    ['you', count(YOU, text, 2)],
    ['negation', count(NEGATION, text, 2)],
    ['past', count(PAST, text, 2)],
    ['question', /\?["”’')]*\s*$/u.test(text) ? 1 : 0],
    ['named', namedWords(text, quoted) / 3],
    ['length', Math.min(toks.length, 40) / 40],
    ['short', toks.length < 8 ? 1 : 0],
  ];
  let q = 0;
  for (let i = 0; i < text.length; i++) if (quoted(i, i + 1)) q++;
  const quotedShare = text.length ? q / text.length : 0;
  hand.push(['quoted', quotedShare]);
  for (const [k, v] of hand) if (v) values.set(`h:${k}`, v);
  // Longer sentences have more features: divide by the square root of their number, so length alone does not decide.
  const norm = 4 / Math.sqrt(values.size);
  for (const [k, v] of values) values.set(k, v * norm);
  return { values, cues, allCues: all, tokens: toks, quotedShare };
}
