// Matching the claims, disputed assertions and quotes of a page against the kept ClaimReviews. Pure
// and local. Tuned for precision (a wrong "fact-checked" label is worse than none), in two steps:
//  1. gates that a different claim fails: every named entity of the review's claim is on the page's
//     words, every figure agrees, the same negation, no opposite word ("rose" for "fell");
//  2. a similarity of the claim's words with the sentence's (weighted overlap, entities and figures
//     counting double), against MATCH_THRESHOLD, measured on fixtures/factcheck/pairs.json
//     (scripts/eval-factcheck.ts; README "Fact-check memory").
import { ALIASES, NEGATORS, NUMBER_WORDS, OPPOSITES, SCALES, STOPWORDS, SYNONYMS } from './words';

/** The similarity a sentence needs (after the gates) to be said to make a review's claim. */
export const MATCH_THRESHOLD = 0.85;

const SUFFIXES: readonly [string, string][] = [
  ['ingly', ''], ['edly', ''], ['ations', 'ate'], ['ation', 'ate'], ['ments', ''], ['ment', ''], ['ings', ''], ['ing', ''],
  ['ies', 'y'], ['ied', 'y'], ['ers', ''], ['er', ''], ['ed', ''], ['es', ''], ['ly', ''], ['s', ''], ['e', ''],
];

/** A light stem: enough to see "surrounded" and "surround", "increases" and "increased" as one word. */
export function stemOf(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length <= 3) return w;
  for (const [suffix, repl] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, w.length - suffix.length) + repl;
      break;
    }
  }
  return w;
}

const canonical = new Map<string, string>();
for (const group of SYNONYMS) for (const w of group) canonical.set(stemOf(w), stemOf(group[0]!));
const canon = (stem: string) => canonical.get(stem) ?? stem;
const stopStems = new Set([...STOPWORDS].map(stemOf));
const opposites = OPPOSITES.map(([a, b]) => [new Set(a.map((w) => canon(stemOf(w)))), new Set(b.map((w) => canon(stemOf(w))))] as const);

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const NUMBER = /(?<![\p{L}\p{N}])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(%|per ?cent\b|percentage points?\b|(?:thousand|million|billion|trillion|bn|m|k)\b)?/giu;
const YEAR = /^(1[89]|20)\d\d$/;

/** What the matcher reads of a text. */
export interface ClaimFeatures {
  /** Content stems (synonyms folded), with their weights. */
  terms: Map<string, number>;
  /** Every word's stem, stopwords included (for the opposite-word gate). */
  allStems: Set<string>;
  /** Named entities: runs of capitalised words, each by its stems (the last is the one that must agree). */
  entities: string[][];
  /** Where each word's stem occurs (word positions), for the order of names. */
  positions: Map<string, number[]>;
  /** Figures other than years, as normalised values ("175", "0.3%"). */
  numbers: Set<string>;
  years: Set<string>;
  negated: boolean;
  /** Total weight of `terms`. */
  weight: number;
}

function numbersOf(text: string): { numbers: Set<string>; years: Set<string> } {
  const numbers = new Set<string>();
  const years = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    const whole = m[1]!.replace(/,/g, '');
    const unit = (m[3] ?? '').toLowerCase();
    if (!unit && !m[2] && YEAR.test(whole)) {
      years.add(whole);
      continue;
    }
    let value = Number(`${whole}${m[2] ? `.${m[2]}` : ''}`);
    const scale = SCALES[unit];
    if (scale) value *= scale;
    const pct = unit === '%' || unit.startsWith('per') ? '%' : unit.startsWith('percentage') ? 'pp' : '';
    numbers.add(`${Number(value.toPrecision(6))}${pct}`);
  }
  for (const m of text.toLowerCase().matchAll(/\b([a-z]+)(?:\s+(thousand|million|billion|trillion))?\b/g)) {
    const n = NUMBER_WORDS[m[1]!];
    if (n === undefined) continue;
    const next = text.slice((m.index ?? 0) + m[0].length).match(/^\s*(%|per ?cent)/i);
    numbers.add(`${n * (m[2] ? SCALES[m[2]]! : 1)}${next ? '%' : ''}`);
  }
  return { numbers, years };
}

/** "Says Donald Trump …", "Donald Trump said that …": who made the claim is not the claim. */
function claimOnly(text: string): string {
  return text
    .replace(/^\s*(?:says|said|claims?|claimed|shows?|video shows|photo shows|image shows)\s+(?:that\s+)?/i, '')
    .replace(/^\s*(?:[A-Z][\p{L}'’.-]+\s+){1,4}(?:says|said|claims|claimed|stated|wrote|tweeted)\s+(?:that\s+)?/u, '');
}

const CAPITALISED = /^[\p{Lu}][\p{L}'’.-]*$|^[\p{Lu}\d]{2,}$/u;

export function featuresOf(raw: string, { isClaim = false } = {}): ClaimFeatures {
  let aliased = raw;
  for (const [re, to] of ALIASES) aliased = aliased.replace(re, to);
  const text = (isClaim ? claimOnly(aliased) : aliased).replace(/[“”"«»‘’](?=\s|$|[,.;:!?])|(?<=^|\s)[“”"«»‘’]/g, ' ');
  const terms = new Map<string, number>();
  const allStems = new Set<string>();
  const positions = new Map<string, number[]>();
  let at = 0;
  const entities: string[][] = [];
  let run: string[] = [];
  let negated = false;
  let first = true;
  let afterStop = false;
  const endRun = () => {
    if (run.length) entities.push(run);
    run = [];
  };
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const lower = word.toLowerCase().replace(/’/g, "'");
    const before = text.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0);
    const sentenceStart = first || /[.!?:]\s*$/.test(before);
    first = false;
    if (NEGATORS.has(lower) || lower.endsWith("n't")) negated = !negated;
    const stem = canon(stemOf(lower));
    allStems.add(stem);
    const seen = positions.get(stem);
    if (seen) seen.push(at++);
    else positions.set(stem, [at++]);
    const acronym = word.length >= 2 && /^[\p{Lu}\d]+$/u.test(word) && /\p{Lu}/u.test(word);
    const stop = !acronym && (STOPWORDS.has(lower) || stopStems.has(stem));
    const isNumber = /^\d/.test(word) || NUMBER_WORDS[lower] !== undefined;
    const cap = CAPITALISED.test(word) && !stop && !isNumber;
    if (cap && !(sentenceStart && afterStop)) run.push(stem);
    else endRun();
    afterStop = false;
    if (stop || isNumber || word.length < 2) continue;
    terms.set(stem, Math.max(terms.get(stem) ?? 0, cap ? 2 : 1));
  }
  endRun();
  const { numbers, years } = numbersOf(text);
  for (const n of numbers) terms.set(`#${n}`, 2);
  let weight = 0;
  for (const w of terms.values()) weight += w;
  return { terms, allStems, entities, positions, numbers, years, negated, weight };
}

/** Two stems name the same thing: equal, or one a prefix of the other ("russia"/"russian", "ukrain"/"ukrainian"). */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}

function hasName(stems: Set<string>, name: string): boolean {
  if (stems.has(name)) return true;
  for (const s of stems) if (sameName(s, name)) return true;
  return false;
}

/** Where a name occurs in a text (every word that names it). */
function placesOf(f: ClaimFeatures, name: string): number[] {
  const out: number[] = [];
  for (const [stem, at] of f.positions) if (sameName(stem, name)) out.push(...at);
  return out;
}

/**
 * "Ukraine started the war with Russia" is not "Russia started the war with Ukraine": the review's
 * first two names must not come the other way round in the sentence (every mention of the second
 * before every mention of the first).
 */
function reversed(review: ClaimFeatures, sentence: ClaimFeatures): boolean {
  const names = [...new Set(review.entities.map((run) => run[run.length - 1]!))];
  const [a, b] = names;
  if (!a || !b || sameName(a, b)) return false;
  const pa = placesOf(sentence, a);
  const pb = placesOf(sentence, b);
  return pa.length > 0 && pb.length > 0 && Math.max(...pb) < Math.min(...pa);
}

/** Why a sentence cannot make the review's claim, or null when the gates pass. */
export function gate(review: ClaimFeatures, sentence: ClaimFeatures): string | null {
  for (const run of review.entities) if (!hasName(sentence.allStems, run[run.length - 1]!)) return 'entity';
  for (const n of review.numbers) if (!sentence.numbers.has(n)) return 'number';
  if (review.years.size && sentence.years.size && ![...review.years].some((y) => sentence.years.has(y))) return 'year';
  if (review.negated !== sentence.negated) return 'negation';
  if (reversed(review, sentence)) return 'order';
  for (const [a, b] of opposites) {
    const ra = [...a].some((s) => review.allStems.has(s));
    const rb = [...b].some((s) => review.allStems.has(s));
    const sa = [...a].some((s) => sentence.allStems.has(s));
    const sb = [...b].some((s) => sentence.allStems.has(s));
    if ((ra && !rb && sb && !sa) || (rb && !ra && sa && !sb)) return 'opposite';
  }
  return null;
}

/**
 * How much of the review's claim the sentence says (weighted), mixed with how much of the sentence
 * is the claim: 1 for the same words, lower as either side says things the other does not.
 */
export function similarity(review: ClaimFeatures, sentence: ClaimFeatures): number {
  if (!review.weight || !sentence.weight) return 0;
  let shared = 0;
  let sharedInSentence = 0;
  for (const [t, w] of review.terms) {
    const s = sentence.terms.get(t);
    if (s !== undefined) {
      shared += w;
      sharedInSentence += s;
    }
  }
  const ofReview = shared / review.weight;
  const ofSentence = sharedInSentence / sentence.weight;
  return ofReview * (0.85 + 0.15 * Math.min(1, ofSentence * 2));
}

/** A score in 0..1, or 0 when a gate fails. */
export function matchScore(review: ClaimFeatures, sentence: ClaimFeatures): number {
  if (review.weight < 3) return 0; // too few words to be sure of anything
  return gate(review, sentence) ? 0 : similarity(review, sentence);
}

/** Kept reviews prepared for matching many sentences: an inverted index of their terms. */
export interface ReviewIndex<R> {
  size: number;
  match(text: string): { review: R; score: number }[];
}

export function indexReviews<R extends { claim: string }>(reviews: readonly R[], threshold = MATCH_THRESHOLD): ReviewIndex<R> {
  const prepared = reviews.map((review) => ({ review, f: featuresOf(review.claim, { isClaim: true }) }));
  const byTerm = new Map<string, number[]>();
  prepared.forEach(({ f }, i) => {
    for (const t of f.terms.keys()) {
      const list = byTerm.get(t);
      if (list) list.push(i);
      else byTerm.set(t, [i]);
    }
  });
  return {
    size: prepared.length,
    match(text) {
      if (!prepared.length) return [];
      const sentence = featuresOf(text);
      // Only reviews that share enough weight to possibly pass are scored.
      const shared = new Map<number, number>();
      for (const t of sentence.terms.keys()) {
        for (const i of byTerm.get(t) ?? []) shared.set(i, (shared.get(i) ?? 0) + prepared[i]!.f.terms.get(t)!);
      }
      const out: { review: R; score: number }[] = [];
      for (const [i, w] of shared) {
        const { review, f } = prepared[i]!;
        if (w / f.weight < threshold - 0.2) continue;
        const score = matchScore(f, sentence);
        if (score >= threshold) out.push({ review, score });
      }
      return out.sort((a, b) => b.score - a.score);
    },
  };
}
