// Who said what, as the sieves share it: attributions, the state of one article's pass, and the
// cues (reporting verbs, "according to") with the speaker each names. Shared with the disputes.
import { clauseSubject, passiveAgent, speakerAfterVerb, subjectOfVerb } from './clause';
import type { Context, Unit } from './context';
import type { Resolved } from './coref';
import { MODALS, NEGATED_MODALS, NOT_POSSESSIVE, SPEECH_NOUNS, SPEECH_VERBS, VERBS, verbHas } from './lexicon';
import { ATTRIBUTION } from './thresholds';
import { mentionEnd, mentionStartingAt, streamOf, type Stream } from './stream';

/** Who said a quotation, and which rule decided it. */
export interface Attribution {
  speaker: string | null;
  /** The id of the sieve that named the speaker ("after-quote", "previous-paragraph"), '' when none did. */
  sieve: string;
  confidence: number;
}

/** What the sieves share while attributing one article's quotations in reading order. */
export interface AttributionState {
  ctx: Context;
  /** Attributions of the quotations before the current one (same index as ctx.quotes). */
  done: Attribution[];
  /** The latest speaker named in each unit and each block so far. */
  lastInUnit: Map<number, string>;
  lastInBlock: Map<number, string>;
  /** The first unit of every block (-1 when empty). */
  blockFirstUnit: number[];
}

// Cues: reporting verbs and "according to", as elements of a unit's stream.

export interface Cue {
  /** Element index of the verb (or of "to" in "according to"). */
  at: number;
  start: number;
  end: number;
  word: string;
  according: boolean;
}

const cueCache = new WeakMap<Unit, Cue[]>();

/** The speech cues of a unit, outside quotations, in order. */
export function cuesOf(ctx: Context, unit: Unit): Cue[] {
  let cues = cueCache.get(unit);
  if (!cues) {
    cues = findCues(ctx, unit);
    cueCache.set(unit, cues);
  }
  return cues;
}

function findCues(ctx: Context, unit: Unit): Cue[] {
  const s = streamOf(ctx, unit);
  const cues: Cue[] = [];
  s.elements.forEach((e, i) => {
    if (e.kind !== 'word') return;
    if (SPEECH_VERBS.has(e.lower) && !e.token.cap && e.mention < 0 && !notACue(s, i)) cues.push({ at: i, start: e.start, end: e.end, word: e.lower, according: false });
    else if (e.lower === 'according') {
      const to = s.elements[i + 1];
      if (to?.kind === 'word' && to.lower === 'to') cues.push({ at: i + 1, start: e.start, end: to.end, word: 'according to', according: true });
    }
  });
  return cues;
}

/** The mention that speaks through a cue: "X said", "said X", "according to X", "X, the …, told". */
export function speakerOfCue(ctx: Context, unit: Unit, cue: Cue): Resolved | null {
  const s = streamOf(ctx, unit);
  if (cue.according) {
    const next = s.elements[cue.at + 1];
    const at = next?.kind === 'word' && next.lower === 'the' ? cue.at + 2 : cue.at + 1;
    const direct = mentionStartingAt(unit, s, at);
    if (direct && !direct.modifier) return direct;
    if (direct) {
      // "according to Virginia AFL-CIO President Doris Crouse-Mays": the place only qualifies the person
      const person = mentionStartingAt(unit, s, mentionEnd(s, at) + 1);
      return person && person.kind === 'name' ? person : direct;
    }
    // "according to conservative talk radio host Rush Limbaugh": lower-case words describe the name that follows
    for (let k = at; k < s.elements.length && k < at + ATTRIBUTION.maxDescriptionWords; k++) {
      const e = s.elements[k];
      if (e.kind !== 'word') return null;
      if (e.mention >= 0) {
        const m = mentionStartingAt(unit, s, k);
        return m && m.kind === 'name' ? m : null;
      }
      if (e.token.cap || VERBS.has(e.lower)) return null;
    }
    return null;
  }
  const passive = passiveAgent(ctx, unit, cue.at);
  if (passive.passive) return passive.agent; // "Trump was asked, “…”": the asker speaks
  const { mention, inverted } = subjectOfVerb(ctx, unit, cue.at);
  if (mention) return mention;
  const participle = cue.word.endsWith('ing');
  if (inverted && !participle) return verbHas(cue.word, 'inverts') ? speakerAfterVerb(ctx, unit, cue.at) : null;
  // "The paradox of Nancy, says Carl Anthony, a historian, is that …"
  const before = s.elements[cue.at - 1];
  if (before?.kind === 'punct' && before.char === ',' && verbHas(cue.word, 'inverts') && !participle) {
    const after = speakerAfterVerb(ctx, unit, cue.at);
    if (after && after.kind === 'name') return after;
  }
  if (participle) {
    // "Jo Reed said, adding, “…”", "the fund will close, Reed said on Monday, noting …": the participle goes on
    // with the speaker of the reporting verb just before its comma, not with the sentence's first subject
    const finite = finiteCueBefore(s, cue.at);
    const m = finite < 0 ? null : speakerOfCue(ctx, unit, { at: finite, start: s.elements[finite].start, end: s.elements[finite].end, word: (s.elements[finite] as { lower: string }).lower, according: false });
    if (m) return m;
  }
  // "…, saying", "has found … and said", "The owner of a firm accused of …, denied": the clause's subject
  return clauseSubject(ctx, unit, cue.at);
}

/** Lower-case words that may stand between "said" and ", adding": when, where and to whom ("said on Monday night"). */
const WHEN_WHERE = new Set(['on', 'in', 'at', 'to', 'from', 'during', 'last', 'this', 'late', 'early', 'later', 'earlier', 'again', 'also', 'then', 'night', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'reporters', 'journalists', 'interview', 'an', 'a', 'the']);

/**
 * The element index of a finite reporting verb that a ", <participle>" follows ("said, adding", "told CNN on
 * Monday, noting"): between the verb and the comma at most a few words, each a name or a word of when, where or
 * to whom — not what was said ("repeated that Rubio recites the same points, calling …"); -1 when there is none.
 */
function finiteCueBefore(s: Stream, at: number): number {
  const comma = s.elements[at - 1];
  if (comma?.kind !== 'punct' || comma.char !== ',') return -1;
  for (let k = at - 2; k >= 0 && k >= at - 2 - ATTRIBUTION.maxParticipleGap; k--) {
    const e = s.elements[k];
    if (e.kind !== 'word') return -1;
    if (SPEECH_VERBS.has(e.lower) && !e.token.cap && e.mention < 0 && !e.lower.endsWith('ing') && !notACue(s, k)) return k;
    if (!e.token.cap && !WHEN_WHERE.has(e.lower) && !/ly$/.test(e.lower)) return -1;
  }
  return -1;
}

/** The subject of the verb at text position `pos` (for the disputes: "X denied …"). */
export function subjectBefore(ctx: Context, unit: Unit, pos: number): Resolved | null {
  const s = streamOf(ctx, unit);
  const vi = elementAt(s, pos);
  if (vi < 0) return null;
  return subjectOfVerb(ctx, unit, vi).mention ?? clauseSubject(ctx, unit, vi);
}

/** Index of the element starting at text position pos, or -1. */
export function elementAt(s: Stream, pos: number): number {
  let lo = 0;
  let hi = s.elements.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = s.elements[mid];
    if (e.end <= pos) lo = mid + 1;
    else if (e.start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * A speech verb's form that does not report speech here: "added to the problem", "will continue to",
 * "Ginsburg’s comments", "the claims", "Americans will say" (a hypothetical, not a report).
 */
export function notACue(s: Stream, i: number): boolean {
  const e = s.elements[i];
  if (e.kind !== 'word') return false;
  const next = s.elements[i + 1];
  const prev = s.elements[i - 1];
  const lemma = VERBS.get(e.lower)?.lemma;
  if ((lemma === 'add' || lemma === 'continue') && next?.kind === 'word' && next.lower === 'to') return true;
  if (prev?.kind !== 'word') return false;
  // "he would never say that", "will tell" — but "he would respond, “…”", "she will say: “…”" report the words (what
  // one used to say, or says as a rule), a quotation right after the verb's comma
  if ((MODALS.has(prev.lower) || NEGATED_MODALS.has(prev.lower)) && !prev.token.cap) return !introducesQuoteAt(s, i);
  // a noun after a determiner or a possessive: "the remarks", "his claims", "Ginsburg’s comments"
  if (prev.token.possessive && SPEECH_NOUNS.has(e.lower)) return true; // "Trump’s claim that …"
  // no verb follows an article or a possessive: "the report", "Clinton’s email account had been “hacked”" — but
  // "Trump’s call for “…”", "her claim that …" still give their owner's words
  if (!prev.token.cap && ARTICLES.has(prev.lower)) return true;
  if (prev.token.possessive && !NOT_POSSESSIVE.has(prev.lower) && !(next?.kind === 'word' && OWNER_SPEAKS.has(next.lower))) return true;
  return /s$/.test(e.lower) && (NOUN_DETERMINERS.has(prev.lower) || prev.token.possessive);
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** After a possessive speech noun, words that bring its owner's words: "Trump’s call for …", "her claim that …". */
const OWNER_SPEAKS = new Set(['for', 'that', 'to', 'of']);
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'such', 'whose', 'recent', 'earlier', 'previous', 'latest', 'similar']);

/** Whether the verb at element i is followed by a comma or colon and then a quotation ("would say, “…”"). */
function introducesQuoteAt(s: Stream, i: number): boolean {
  const next = s.elements[i + 1];
  return next?.kind === 'punct' && (next.char === ',' || next.char === ':') && s.elements[i + 2]?.kind === 'quote';
}
