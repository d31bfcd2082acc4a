/**
 * The features of one sentence, shared by the training script and the runtime so both see exactly the
 * same thing: word, stem and word-pair features ("w:inflation", "s:tax", "b:brought down"), word-class pairs
 * ("m:<he> voted", "m:the <sup>": a word next to a class of words, see `wordClass`) and hand features
 * ("h:figure", "h:hedge", …) built from the cues and a few word classes. Pure, no DOM; one pass over the
 * words, regular expressions compiled once.
 */
import { findCues, type Cue, type CueKind } from './cues';

export interface SentenceFeatures {
  /** Feature name → value. Word and pair features are 1; hand features are small counts or 0–1; all scaled by the length norm. */
  values: Map<string, number>;
  /** The cues found (spans in the sentence text), for the reason; numbers inside dates left out. */
  cues: Cue[];
  /** Every cue, numbers inside dates too (the hand rules count those as well). */
  allCues: Cue[];
  /** The sentence's words as the model sees them (lower case, numbers as shapes). */
  tokens: string[];
  /** Share of the sentence's characters inside quotation marks. */
  quotedShare: number;
  /** Capitalised words after the first, outside quotations (at most 3): a rough count of named things. */
  named: number;
  /** The hand features and their values before the length norm (the hidden layer's input, see hidden.ts). */
  hand: Map<string, number>;
}

// An age ("52-year-old"), a word, a number with its currency or percent sign, or a contraction ("didn't").
const TOKEN = /\b\d{1,3}-(?:years?|months?)-old\b|[$£€¥]?\d[\d,.]*(?<![.,])%?|[\p{L}][\p{L}\p{M}]*(?:['’][\p{L}]+)*/gu;
const AGE = /^\d{1,3}-/;
const YEAR = /^(?:1[89]|20)\d\d$/;
const CURLY = /’/g;

/** The model's view of a word: lower case; numbers become shapes ("<year>", "<money>", "<pct>", "<num>"), ages "<age>". */
export function normalizeToken(raw: string): string {
  const c = raw.charCodeAt(0);
  if (c === 36 /* $ */ || c === 163 /* £ */ || c === 8364 /* € */ || c === 165 /* ¥ */) return '<money>';
  if (c >= 48 && c <= 57) {
    if (raw.charCodeAt(raw.length - 1) === 37 /* % */) return '<pct>';
    if (AGE.test(raw)) return '<age>';
    if (YEAR.test(raw)) return '<year>';
    return '<num>';
  }
  const lower = raw.toLowerCase();
  return lower.includes('’') ? lower.replace(CURLY, "'") : lower;
}

const STEM_Y = /(?:ies|ied)$/;
const STEM_END = /(?:ing|ed|es|s|ly)$/;
const STEM_DOUBLE = /(.)\1$/;
/** A crude stem ("taxes" → "tax", "voted" → "vot") so that rarer forms share weight with common ones. */
export function stem(t: string): string {
  return t.replace(STEM_Y, 'y').replace(STEM_END, '').replace(STEM_DOUBLE, '$1');
}

export function tokens(text: string): string[] {
  return (text.match(TOKEN) ?? []).map(normalizeToken);
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/u).filter(Boolean));
/** Numbers in words: "twenty-six million" reads like "26 million". */
const NUMBER_WORDS = words(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion
  billions trillion trillions dozen dozens half third quarter percent`);
const FIRST_SINGULAR = words(`i me my mine myself i'm i've i'd i'll`);
const FIRST_PLURAL = words(`we us our ours ourselves we're we've we'd we'll`);
const SECOND = words(`you your yours yourself you're you've you'd you'll`);
const THIRD_SINGULAR = words(`he him his she her hers himself herself he's she's he'd she'd`);
const THIRD_PLURAL = words(`they them their theirs themselves they're they've they'd they'll`);
const MODALS = words(`will would should could can may might must shall ought won't wouldn't shouldn't couldn't can't cannot`);
const NEGATIONS = words(`not never no nothing nobody none didn't don't doesn't isn't wasn't weren't haven't hasn't hadn't`);
/** Past forms that do not end in -ed. */
const IRREGULAR_PAST = words(`was were had did said went got made took gave came knew thought told became left felt brought began kept held
  wrote stood heard meant met ran paid sat spoke led grew lost fell sent built understood drew broke spent rose drove bought chose sought
  threw caught dealt won fought sold taught found saw been done gone given taken known shown seen`);
const NOT_PAST = words(`need indeed seed speed feed bed red united`);
const PRESENT_BE = words(`is are am be being`);
const SUPERLATIVES = words(`most least best worst first last only`);

/**
 * The class of a word, a rough part of speech from word lists and endings: a number ("<n>", also in words),
 * a year, a pronoun by person ("<i>", "<we>", "<you>", "<he>", "<they>"), a modal ("<md>": will, would, can),
 * a negation, a past form ("<past>": -ed and the common irregular ones), a present "be", a superlative,
 * a capitalised word inside the sentence ("<cap>", a name), an -ing or -ly word; null for any other word.
 * `lower` is the normalised token, `raw` the word as written, `i` its place in the sentence.
 */
export function wordClass(raw: string, lower: string, i: number): string | null {
  if (lower.charCodeAt(0) === 60 /* < */) return lower === '<age>' ? null : lower === '<year>' ? '<year>' : '<n>';
  if (NUMBER_WORDS.has(lower)) return '<n>';
  if (FIRST_SINGULAR.has(lower)) return '<i>';
  if (FIRST_PLURAL.has(lower)) return '<we>';
  if (SECOND.has(lower)) return '<you>';
  if (THIRD_SINGULAR.has(lower)) return '<he>';
  if (THIRD_PLURAL.has(lower)) return '<they>';
  if (MODALS.has(lower) || lower.endsWith("'ll")) return '<md>';
  if (NEGATIONS.has(lower)) return '<neg>';
  if (IRREGULAR_PAST.has(lower) || (lower.length > 4 && lower.endsWith('ed') && !NOT_PAST.has(lower))) return '<past>';
  if (PRESENT_BE.has(lower)) return '<be>';
  if (SUPERLATIVES.has(lower) || (lower.length > 5 && lower.endsWith('est'))) return '<sup>';
  if (i > 0 && raw !== 'I' && raw !== lower && raw.charCodeAt(0) !== lower.charCodeAt(0)) return '<cap>';
  if (lower.length > 5 && lower.endsWith('ing')) return '<ing>';
  if (lower.length > 4 && lower.endsWith('ly')) return '<ly>';
  return null;
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
const QUESTION = /\?["”’')]*\s*$/u;

/** How many times `re` (global) matches `text`, at most `cap`. */
function count(re: RegExp, text: string, cap: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(text)) n++;
  re.lastIndex = 0;
  return n;
}

const CAPITALISED = /(?<=\s)\p{Lu}[\p{L}’'-]*/gu;
/** Capitalised words after the first, outside quotations: a rough count of named things (at most 3). */
export function namedWords(text: string, quoted: (start: number, end: number) => boolean): number {
  let n = 0;
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m && n < 3; m = CAPITALISED.exec(text)) {
    const w = m[0];
    if ((w === 'I' || (w.charCodeAt(0) === 73 && (w[1] === "'" || w[1] === '’'))) || quoted(m.index, m.index + w.length)) continue;
    n++;
  }
  CAPITALISED.lastIndex = 0;
  return n;
}

export const CUE_KINDS: readonly CueKind[] = ['figure', 'date', 'time', 'record', 'comparison', 'cause', 'event', 'source'];

/** What the mention finder saw in the sentence: people named, organisations named, roles ("the minister"), groups ("officials"). */
export interface MentionCounts {
  names: number;
  orgs: number;
  roles: number;
  groups: number;
}

/** Word-count bands: the model weighs a six-word line and a forty-word sentence differently, not in proportion. */
function lengthBand(n: number): string {
  return n < 6 ? 'h:len<6' : n < 10 ? 'h:len<10' : n < 16 ? 'h:len<16' : n < 25 ? 'h:len<25' : n < 40 ? 'h:len<40' : 'h:len40+';
}

/**
 * Where the features of a sentence go: into a map of names (training, tests, the reason's word list) or
 * straight into a score (the runtime: no feature name is ever built as a string, see `HashedScore`). Both see
 * the same features in the same order: a feature's name is `kind + a` or `kind + a + ' ' + b`.
 */
export interface FeatureSink {
  /** A feature present with value 1 (once however often it occurs). */
  one(kind: string, a: string, b?: string): void;
  /** A hand feature with its value (each name given once). */
  value(name: string, v: number): void;
  /** How many different features so far. */
  readonly size: number;
}

/** What a sentence's features say besides the features themselves. */
export interface SentenceInfo {
  cues: Cue[];
  allCues: Cue[];
  tokens: string[];
  quotedShare: number;
  named: number;
  /** The hand features ("h:…") and their values, unscaled: the input of the model's hidden layer beside the words. */
  hand: Map<string, number>;
}

/** Every feature of a sentence, into `sink` (unscaled: see `lengthNorm`). */
export function emitFeatures(
  sink: FeatureSink,
  text: string,
  quoted: (start: number, end: number) => boolean = () => false,
  quotedShare?: number,
  mentions?: MentionCounts,
): SentenceInfo {
  const raws = text.match(TOKEN) ?? [];
  const toks = new Array<string>(raws.length);
  let prev = '<s>';
  let prevClass: string | null = null;
  for (let i = 0; i < raws.length; i++) {
    const t = normalizeToken(raws[i]);
    toks[i] = t;
    const cls = wordClass(raws[i], t, i);
    sink.one('w:', t);
    sink.one('b:', prev, t);
    if (t.charCodeAt(0) !== 60) sink.one('s:', cachedStem(t));
    if (i > 0) {
      if (prevClass) sink.one('m:', prevClass, t);
      if (cls) sink.one('m:', prev, cls);
    }
    prev = t;
    prevClass = cls;
  }
  const hand = new Map<string, number>();
  const put = (name: string, v: number): void => {
    sink.value(name, v);
    hand.set(name, v);
  };
  const all = findCues(text, quoted);
  const cues = all.filter((c) => !c.inDate);
  const byKind = new Map<CueKind, number>();
  for (const c of cues) byKind.set(c.kind, Math.min(2, (byKind.get(c.kind) ?? 0) + (c.background ? c.weight / 2 : c.weight)));
  for (const [kind, v] of byKind) put(`h:${kind}`, v);
  if (!cues.length) put('h:no-cue', 1);
  const named = namedWords(text, quoted);
  let share = quotedShare;
  if (share === undefined) {
    let q = 0;
    for (let i = 0; i < text.length; i++) if (quoted(i, i + 1)) q++;
    share = text.length ? q / text.length : 0;
  }
  const some = (name: string, v: number): void => {
    if (v) put(name, v);
  };
  some('h:hedge', count(HEDGE, text, 2));
  some('h:future', count(FUTURE, text, 2));
  some('h:i', count(FIRST_PERSON, text, 2));
  some('h:we', count(WE, text, 2));
  some('h:you', count(YOU, text, 2));
  some('h:negation', count(NEGATION, text, 2));
  some('h:past', count(PAST, text, 2));
  some('h:question', QUESTION.test(text) ? 1 : 0);
  some('h:named', named / 3);
  some('h:length', Math.min(toks.length, 40) / 40);
  some('h:short', toks.length < 8 ? 1 : 0);
  some('h:quoted', share);
  put(lengthBand(toks.length), 1);
  if (mentions) {
    const { names, orgs, roles, groups } = mentions;
    some('h:names', Math.min(3, names) / 2);
    some('h:orgs', Math.min(3, orgs) / 2);
    some('h:roles', Math.min(3, roles) / 2);
    some('h:groups', Math.min(3, groups) / 2);
    if (!names && !orgs && !roles && !groups) put('h:no-mention', 1);
  }
  return { cues, allCues: all, tokens: toks, quotedShare: share, named, hand };
}

/**
 * Longer sentences have more features: every value is scaled by 2 / (number of features)^(1/4), so length alone
 * does not decide (measured against the square root and no scaling in scripts/eval-checkworthy.ts: this does best).
 */
export function lengthNorm(size: number): number {
  return size ? 2 / Math.sqrt(Math.sqrt(size)) : 0;
}

/**
 * Features of one sentence as a map of names. `quoted(start, end)` marks spans of `text` inside quotation
 * marks (cues there do not count); the share of quoted characters is a feature of its own (pass it when it is
 * known, else it is counted through `quoted`). `mentions`: what the mention finder saw in the sentence, when it ran.
 */
export function sentenceFeatures(
  text: string,
  quoted: (start: number, end: number) => boolean = () => false,
  quotedShare?: number,
  mentions?: MentionCounts,
): SentenceFeatures {
  const values = new Map<string, number>();
  const sink: FeatureSink = {
    one(kind, a, b) {
      values.set(b === undefined ? kind + a : `${kind}${a} ${b}`, 1);
    },
    value(name, v) {
      values.set(name, v);
    },
    get size() {
      return values.size;
    },
  };
  const info = emitFeatures(sink, text, quoted, quotedShare, mentions);
  const norm = lengthNorm(values.size);
  for (const [k, v] of values) values.set(k, v * norm);
  return { values, ...info };
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** FNV-1a over UTF-16 code units, continuing from `h`: the hash of a concatenation is the fold over its parts. */
function fnv(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
/**
 * The hash under which a feature's weight is looked up at runtime: FNV-1a's top 30 bits, so that it is a small
 * integer to the engine (a full 32-bit value is a heap number in V8, and Set/Map lookups on it cost several times more).
 */
export function featureHash(name: string): number {
  return fnv(name, FNV_OFFSET) >>> 2;
}

/**
 * A sink that scores as it goes: each feature's hash is folded from its parts (no name string is built),
 * looked up in the model's hashed weights, and counted once. Reusable: `reset` before each sentence.
 * Both the weights and the features seen are open-addressed tables over typed arrays (a Map or Set of
 * numbers costs several times more per lookup, and this runs for every word of every sentence).
 */
export class HashedScore implements FeatureSink {
  private readonly weights: WeightTable;
  /** Features seen in this sentence: slot holds hash + 1 while its stamp is the current one. */
  private seenKeys = new Int32Array(256);
  private seenStamps = new Uint32Array(256);
  private stamp = 1;
  private count = 0;
  private sum = 0;
  constructor(weights: ReadonlyMap<number, number>) {
    this.weights = weightTable(weights);
  }
  reset(): void {
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.seenStamps.fill(0);
      this.stamp = 1;
    }
    this.count = 0;
    this.sum = 0;
  }
  get size(): number {
    return this.count;
  }
  /** Whether h (a 30-bit hash) is new to this sentence; records it. */
  private firstTime(h: number): boolean {
    const mask = this.seenKeys.length - 1;
    const key = h + 1;
    for (let i = Math.imul(h, 0x9e3779b1) >>> 0 & mask; ; i = (i + 1) & mask) {
      if (this.seenStamps[i] !== this.stamp) {
        this.seenStamps[i] = this.stamp;
        this.seenKeys[i] = key;
        if (++this.count * 2 > this.seenKeys.length) this.grow();
        return true;
      }
      if (this.seenKeys[i] === key) return false;
    }
  }
  private grow(): void {
    const keys = this.seenKeys, stamps = this.seenStamps;
    this.seenKeys = new Int32Array(keys.length * 2);
    this.seenStamps = new Uint32Array(keys.length * 2);
    const mask = this.seenKeys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      if (stamps[j] !== this.stamp) continue;
      let i = Math.imul(keys[j] - 1, 0x9e3779b1) >>> 0 & mask;
      while (this.seenStamps[i] === this.stamp) i = (i + 1) & mask;
      this.seenStamps[i] = this.stamp;
      this.seenKeys[i] = keys[j];
    }
  }
  private add(h: number, v: number): void {
    if (!this.firstTime(h)) return;
    const w = weightOf(this.weights, h);
    if (w !== undefined) this.sum += w * v;
  }
  one(kind: string, a: string, b?: string): void {
    let h = fnv(a, fnv(kind, FNV_OFFSET));
    if (b !== undefined) h = fnv(b, Math.imul(h ^ 32 /* space */, FNV_PRIME));
    this.add(h >>> 2, 1);
  }
  value(name: string, v: number): void {
    this.add(featureHash(name), v);
  }
  /** The linear score of the features seen, scaled as `sentenceFeatures` scales them. */
  score(): number {
    return this.sum * lengthNorm(this.count);
  }
}

/** A model's hashed weights as an open-addressed table: slot holds hash + 1 (0 = empty) and its weight. */
interface WeightTable {
  keys: Int32Array;
  values: Float64Array;
}
const weightTables = new WeakMap<ReadonlyMap<number, number>, WeightTable>();
function weightTable(weights: ReadonlyMap<number, number>): WeightTable {
  let t = weightTables.get(weights);
  if (t) return t;
  let size = 16;
  while (size < weights.size * 2) size *= 2;
  t = { keys: new Int32Array(size), values: new Float64Array(size) };
  const mask = size - 1;
  for (const [h, w] of weights) {
    let i = Math.imul(h, 0x9e3779b1) >>> 0 & mask;
    while (t.keys[i] !== 0) i = (i + 1) & mask;
    t.keys[i] = h + 1;
    t.values[i] = w;
  }
  weightTables.set(weights, t);
  return t;
}
function weightOf(t: WeightTable, h: number): number | undefined {
  const mask = t.keys.length - 1;
  const key = h + 1;
  for (let i = Math.imul(h, 0x9e3779b1) >>> 0 & mask; ; i = (i + 1) & mask) {
    const k = t.keys[i];
    if (k === key) return t.values[i];
    if (k === 0) return undefined;
  }
}

const stems = new Map<string, string>();
/** `stem`, remembered for the words seen (the vocabulary of news is small; forgotten past 20,000 words). */
function cachedStem(t: string): string {
  let s = stems.get(t);
  if (s === undefined) {
    if (stems.size >= 20_000) stems.clear();
    s = stem(t);
    stems.set(t, s);
  }
  return s;
}
