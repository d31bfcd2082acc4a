import { bestCue, cueReason, namedThing, statementReason } from './checkworthy/reasons';
import { emitFeatures, hashedScorer, probability, scoreFeatures, sentenceFeatures, shippedModel, type CheckworthyModel, type Cue, type SentenceFeatures } from './checkworthy';
import type { MentionCounts } from './checkworthy/features';
import { buildContext, type Context } from './context';
import { toArticleInput } from './input';
import { DIRECTIVE_FORMS, EVENT_PAST, IRREALIS_BEFORE, LITTLE_WORDS, SCHEDULED_ACTS } from './lexicon';
import type { Sentence } from './sentences';
import { countWordRuns } from './words';
import { CLAIM } from './thresholds';

/** A sentence worth fact-checking. */
export interface Claim {
  sentence: Sentence;
  /** The model's probability that it is a check-worthy factual claim. */
  score: number;
  /** The hand rules' score (figures, dates, records, events, named things, minus hedges). */
  rules: number;
  /** Reported speech ("X said …", "according to"): the model alone needs to be a little surer. */
  reported: boolean;
  /** Worded in the first or second person ("I", "we", "our", "you") outside quotation marks: someone's own case, not the article's narration. */
  personal: boolean;
  /** A quarter or more of it inside quotation marks: mostly someone's words, the model alone needs to be much surer. */
  partlyQuoted: boolean;
  /** Plain words for the reader: "A figure: 175 prisoners", "A date: 28 February", "A factual statement about NATO". */
  readonly reason: string;
}

/** Not claims whatever their words: housekeeping lines of a news page. */
const PROCEDURAL = /^(?:it (?:was|is) (?:not|still not|unclear) (?:immediately )?(?:clear|known)|it is unclear|this (?:story|article|page) (?:has been|was|will be) updated|sign up|read more|follow us|follow\b.{0,80}\bon (?:twitter|facebook|instagram|x)\b|subscribe|welcome to|our reporter)|\bcontributed to this report|\bhas not said whether/iu;
/**
 * The page's notes about itself are no claims either: "Correction, 4 May 2021: An earlier version of this article
 * misstated …", "Editor's note: This story was updated at 6 p.m. …", "This article was originally published by …".
 * ("Update: …" lines are left alone: they often bring the latest news.)
 */
const PAGE_NOTE = /^(?:corrections?|clarifications?|editor['’]s note)\b[^:\n]{0,40}:|^(?:an earlier version of this (?:story|article|report|post)|this (?:story|article|report|post) (?:was|has been|had been) (?:originally |first )?(?:corrected|revised|amended|published|reprinted))\b/iu;
/**
 * A sentence carrying the link of an embedded social post ("… on it: https://t.co/Ab12Cd", "… pic.twitter.com/Ab12Cd")
 * is the post's text, someone's own words like a quotation, not the article's statement.
 */
const EMBED_LINK = /\bpic\.twitter\.com\/|\bhttps?:\/\/t\.co\//iu;
/** Credit and copyright lines of photos and pages ("© Ana Ruiz / Reuters", "Photograph: Tom Berg/AP"): no claims. */
const CREDIT = /©|\b(?:photograph|photo|image|picture|illustration)s?(?: by)?:\s/iu;
/** Ends in a colon: it introduces what follows (a list, a quotation) and states nothing on its own. */
const INTRODUCES = /:\s*$/u;

/**
 * The blocks of embedded social posts: a block holding a post's link, and the lines just before it that end as no
 * sentence does (a post's earlier lines: "Masks for every pupil from today", then "… pic.twitter.com/Ab12Cd").
 */
function embeddedPosts(ctx: Context): ReadonlySet<number> {
  let posts = EMBEDDED.get(ctx);
  if (posts) return posts;
  posts = new Set<number>();
  const { blocks, text } = ctx;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const body = text.slice(blocks[i].start, blocks[i].end);
    if (EMBED_LINK.test(body) || (posts.has(i + 1) && !SENTENCE_END.test(body))) posts.add(i);
  }
  EMBEDDED.set(ctx, posts);
  return posts;
}
const EMBEDDED = new WeakMap<Context, Set<number>>();
/**
 * Schedules are not claims: "A hearing is scheduled for Aug. 14", "set a trial date of Feb. 9", "is due to start".
 * "Due to" before anything but a verb is a cause ("it was due to the new law", "were due to NASA by noon"), not a schedule.
 */
const SCHEDULE = new RegExp(`\\b(?:is|are|was|were) (?:scheduled|set) (?:for|to)\\b|\\b(?:is|are|was|were) due (?:for\\b|to (?:${[...SCHEDULED_ACTS].join('|')})\\b)|\\bscheduled for\\b|\\bset (?:a )?(?:trial|hearing|sentencing) date\\b`, 'iu');

/**
 * A line with no sentence end and fewer than two lower-case words besides little ones ("June 10 – Tampa, FL @ PNC Bank
 * Arts Center", "Prices From $1,299 At Best Buy"): a list entry, a title or a label, which states nothing a reader would
 * check as a claim.
 */
function titleLike(text: string): boolean {
  if (SENTENCE_END.test(text)) return false; // "I voted for Justice Breyer." is a sentence
  let n = 0;
  for (const m of text.matchAll(LOWER_WORD)) if (!LITTLE_WORDS.has(m[0]) && ++n >= 2) return false;
  return true;
}
const LOWER_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]+/gu;

/** First- and second-person words. */
const PERSONAL = /(?<![\p{L}\p{N}'’])(?:I|I['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll)|my|our|ours|us|me|you|you['’](?:re|ve|d|ll)|your|yours)(?![\p{L}\p{N}'’])/giu;

/** Whether the sentence speaks in the first or second person outside quotation marks. */
function personalWording(text: string, quoted: (a: number, b: number) => boolean): boolean {
  for (const m of text.matchAll(PERSONAL)) {
    if (m[0] === 'US' || m[0] === 'Us') continue; // the country, a title
    if (!quoted(m.index, m.index + m[0].length)) return true;
  }
  return false;
}

/** Opinion and hedging, as the hand rules count it. */
const HEDGES = /\b(?:I think|I believe|we believe|should|would like|hopes?|hoped|feel|felt|seems?|appears?|might|perhaps|possibly|sceptical|skeptical|doubtful|impatient|admiration|his view|her view|opinion|concern(?:ed)?|danger|fears?|(?:he|she|I|we|they) (?:had|has|have) (?:ever )?seen)\b/giu;
/** Reported speech: what someone said is attribution first; the model, trained on speakers' own words, over-rates it. */
const REPORTED = /\b(?:said|says|say|told|tells|added|adding|declined|asked|stated|insisted|argued|claimed|warned|according to)\b/iu;
/** Words too plain to explain anything ("said", "from"): never shown as the reason. */
const PLAIN = new Set(['said', 'says', 'that', 'this', 'there', 'their', 'they', 'them', 'then', 'than', 'have', 'from', 'with', 'were', 'what', 'when', 'which', 'will', 'would', 'about', 'been', 'being', 'into', 'more', 'most', 'some', 'such', 'also', 'only', 'even', 'just', 'over', 'very', 'much', 'many', 'other', 'these', 'those', 'where', 'while', 'after', 'before']);
/** Cue kinds the hand rules score (comparisons and causes only feed the model and the reason). */
const RULE_KINDS = new Set(['figure', 'date', 'time', 'record', 'event', 'source']);

/**
 * The hand rules' score: the cues' weights (half in a background clause), a little for named things, minus
 * hedges and quotation. The rules were tuned on news; the model on debates: a sentence either of them is sure
 * about is a claim (see CLAIM in thresholds.ts).
 */
function ruleScore(text: string, f: Pick<SentenceFeatures, 'cues' | 'named' | 'quotedShare'>): number {
  let score = 0;
  let any = false;
  for (const c of f.cues) {
    if (!RULE_KINDS.has(c.kind) || (c.kind === 'event' && wantedNotDone(text, c))) continue;
    any = true;
    score += c.background ? c.weight / 2 : c.weight;
  }
  if (!any) return 0;
  const names = f.named;
  score += names >= 2 ? 0.5 : names === 1 ? 0.25 : 0;
  score -= Math.min(2, text.match(HEDGES)?.length ?? 0);
  if (f.quotedShare >= CLAIM.partlyQuotedShare) score -= 1;
  return score;
}

const WORD = /[\p{L}’']+/gu;
/**
 * An event cue that is wanted or possible, not done: its verb in the bare form after "to" or a modal ("to cut", "would
 * fund", "could hand over"), or after a verb of demanding in the same clause ("demanded that Ukraine sharply cut its
 * army", "urged the council … deliver"). Such a sentence reports a demand or a plan; the hand rules do not count the event.
 */
function wantedNotDone(text: string, c: Cue): boolean {
  const verb = text.slice(c.start, c.end).split(' ')[0].toLowerCase();
  if (/(?:ed|en)$/u.test(verb) || EVENT_PAST.has(verb)) return false;
  const clause = text.slice(Math.max(0, c.start - 160), c.start).split(/[.;:!?]/u).pop() ?? '';
  const words = (clause.match(WORD) ?? []).map((w) => w.toLowerCase());
  let i = words.length - 1;
  if (i >= 0 && words[i].endsWith('ly')) i--;
  if (i >= 0 && IRREALIS_BEFORE.has(words[i])) return true;
  return words.some((w) => DIRECTIVE_FORMS.has(w));
}

/** The features of a sentence of the article, quotation marks taken from the whole article. */
export function claimFeatures(ctx: Context, s: Sentence): SentenceFeatures {
  return sentenceFeatures(ctx.text.slice(s.start, s.end), (a, b) => ctx.inQuote(s.start + a, s.start + b), quotedShare(ctx, s), mentionCounts(ctx, s));
}

/** The mentions the analysis found inside the sentence (outside quotations), by kind. */
function mentionCounts(ctx: Context, s: Sentence): MentionCounts {
  const counts: MentionCounts = { names: 0, orgs: 0, roles: 0, groups: 0 };
  const { units } = ctx;
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < units.length && units[i].start < s.end; i++) {
    for (const m of units[i].mentions) {
      if (m.start < s.start || m.end > s.end) continue;
      if (m.kind === 'name') {
        if (m.org) counts.orgs++;
        else counts.names++;
      } else if (m.kind === 'role') counts.roles++;
      else if (m.kind === 'group') counts.groups++;
    }
  }
  return counts;
}

/** Share of the sentence's characters inside quotation marks (marks included), from the article's quotes. */
function quotedShare(ctx: Context, s: Sentence): number {
  const { quotes } = ctx;
  if (s.end <= s.start || !quotes.length) return 0;
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  let inside = 0;
  for (let i = lo; i < quotes.length && quotes[i].start < s.end; i++) inside += Math.min(s.end, quotes[i].end) - Math.max(s.start, quotes[i].start);
  return inside / (s.end - s.start);
}

/**
 * The features of a text analysed on its own as one sentence, exactly as the runtime sees it: what the
 * training and evaluation scripts feed the model.
 */
export function featuresOfText(text: string): SentenceFeatures {
  return claimFeatures(buildContext(toArticleInput(text)), { start: 0, end: text.length, block: 0 });
}

/** Scores a sentence's check-worthiness; null when it is not a candidate at all (heading, question, quote…). */
export function scoreSentence(ctx: Context, s: Sentence, model: CheckworthyModel = shippedModel()): Claim | null {
  const text = ctx.text.slice(s.start, s.end);
  if (ctx.blocks[s.block]?.type === 'heading') return null;
  if (text.length > CLAIM.maxChars || s.cut || countWordRuns(ctx.text, s.start, s.end, CLAIM.minWords) < CLAIM.minWords) return null;
  const share = quotedShare(ctx, s); // first: a binary search often spares the expressions below
  if (share >= CLAIM.maxQuotedShare) return null;
  if (/\?["”’')]*$/u.test(text) || PROCEDURAL.test(text) || PAGE_NOTE.test(text) || CREDIT.test(text) || SCHEDULE.test(text) || INTRODUCES.test(text) || titleLike(text) || embeddedPosts(ctx).has(s.block)) return null;
  // scored straight from the features as they are found (no feature names built); the same as
  // scoreFeatures(model, claimFeatures(ctx, s)).p, which the reason's word list uses when it is needed
  const scorer = hashedScorer(model);
  const quoted = (a: number, b: number): boolean => ctx.inQuote(s.start + a, s.start + b);
  const f = emitFeatures(scorer, text, quoted, share, mentionCounts(ctx, s));
  const p = probability(model, scorer, f);
  const rules = ruleScore(text, f);
  const partlyQuoted = share >= CLAIM.partlyQuotedShare;
  const reported = REPORTED.test(text);
  const personal = personalWording(text, quoted);
  let reason: string | null = null; // worded only for the sentences kept
  return {
    sentence: s,
    score: p,
    rules,
    reported,
    personal,
    partlyQuoted,
    get reason(): string {
      reason ??= reasonFor(ctx, s, f.cues, () => scoreFeatures(model, claimFeatures(ctx, s)).top);
      return reason;
    },
  };
}

function reasonFor(ctx: Context, s: Sentence, cues: readonly Cue[], top: () => ReadonlyArray<{ feature: string }>): string {
  const text = ctx.text.slice(s.start, s.end);
  const cue = bestCue(cues);
  if (cue && cue.kind !== 'event' && cue.kind !== 'time') return cueReason(text, cue);
  const named = namedThing(text, (a, b) => ctx.inQuote(s.start + a, s.start + b));
  if (named) return statementReason(named, []);
  if (cue) return cueReason(text, cue);
  const words = top().map((t) => t.feature).filter((k) => /^w:\p{L}{4,}$/u.test(k) && !PLAIN.has(k.slice(2))).map((k) => k.slice(2)).slice(0, 2);
  return statementReason(null, words);
}

/**
 * Counts sentences of three or more words that end as sentences do, outside headings: the base of the claim share.
 * A page's headline, dateline, byline, "Image 1 of 5" and photo credits are no sentences of the article.
 */
export function countSentences(ctx: Context): number {
  let n = 0;
  for (const s of ctx.sentences) {
    if (ctx.blocks[s.block]?.type === 'heading' || !SENTENCE_END.test(ctx.text.slice(Math.max(s.start, s.end - 4), s.end))) continue;
    if (countWordRuns(ctx.text, s.start, s.end, 3, true) >= 3) n++;
  }
  return n;
}

const SENTENCE_END = /[.!?…][”"’')\]]*\s*$/u;

/**
 * The most check-worthy sentences: probability at least CLAIM.minProbability (more for a sentence already
 * reported as disputed), at most CLAIM.maxShare of the article's sentences, likeliest first.
 */
export function findClaims(ctx: Context, disputed: ReadonlySet<number> = new Set(), model: CheckworthyModel = shippedModel()): Claim[] {
  const scored: Claim[] = [];
  for (const s of ctx.sentences) {
    const c = scoreSentence(ctx, s, model);
    if (!c) continue;
    if (isClaim(c, disputed.has(s.start))) scored.push(c);
  }
  const cap = Math.max(1, Math.floor(CLAIM.maxShare * countSentences(ctx)));
  return scored.sort((a, b) => rank(b) - rank(a) || a.sentence.start - b.sentence.start).slice(0, cap);
}

/**
 * A claim when the model is sure enough, or the hand rules are sure and the model not against it (less needed of the
 * article's own narration than of someone's first-person or reported words).
 */
function isClaim(c: Claim, disputed: boolean): boolean {
  if (disputed) return c.score >= CLAIM.minProbabilityDisputed || c.rules >= CLAIM.ruleMinScoreDisputed;
  if (c.personal || c.reported) {
    if (c.rules >= CLAIM.ruleMinScore) return c.score >= CLAIM.ruleMinProbability;
  } else if (c.rules >= CLAIM.ruleMinScoreNarration) return c.score >= CLAIM.ruleMinProbabilityNarration;
  if (c.partlyQuoted) return c.score >= CLAIM.quotedMinProbability;
  return c.score >= (c.reported ? CLAIM.reportedMinProbability : CLAIM.minProbability);
}

/** Order for the share cap: the rules' score and the model's probability together. */
function rank(c: Claim): number {
  return c.rules + CLAIM.rankModelWeight * c.score;
}
