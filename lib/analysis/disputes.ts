import type { Context, Unit } from './context';
import type { Resolved } from './coref';
import type { Sentence } from './sentences';
import { cuesOf, speakerOfCue, subjectBefore } from './speakers';
import { tokenize, type Token } from './words';

/** A sentence reporting that an assertion is denied, disputed or false. */
export interface Dispute {
  sentence: Sentence;
  disputedBy: string | null;
  claimant: string | null;
  /** The words that show it: "has been disputed by", "denied the allegations". */
  cue: string;
}

const CLAIM_NOUNS = new Set(
  `claim claims assertion assertions allegation allegations report reports accusation accusations suggestion
  suggestions charge charges characterization characterisation characterizations characterisations figures
  statement statements account accounts version narrative rumour rumours rumor rumors theory theories notion
  findings wrongdoing responsibility involvement assessment portrayal depiction description figure toll number
  numbers count estimate estimates tally calculation decision ruling verdict conclusion conclusions finding
  liability fault guilt interpretation interpretations reading outlook forecast forecasts projection projections
  assumption assumptions premise results methodology data counts offences offenses`.split(/\s+/),
);
/** Verbs of a verdict on truth: "PolitiFact rated the claim False", "called Smith’s attack misleading". */
const VERDICT_VERB = /^(?:call(?:s|ed)?|rat(?:e|es|ed)|label(?:s|led|ed)?|deem(?:s|ed)?|rul(?:e|es|ed)|judg(?:e|es|ed)|found|brand(?:s|ed)?)$/;
/** Verbs saying a figure is wrong: "a figure analysts say overstates the cost". */
const OVERSTATE = /^(?:overstat|understat|exaggerat|inflat)/;
const SAY = /^(?:say|says|said|argue|argues|argued|insist|insists|insisted)$/;
const DISPUTE_VERB = /^(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|dismiss(?:es|ed|ing)?|question(?:s|ed|ing)?|challeng(?:e|es|ed|ing))$/;
const THAT_VERB = /^(?:den|disput|contest|reject|question)/;
const PASSIVE_AUX = new Set(['been', 'was', 'were', 'is', 'are', 'being']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'his', 'her', 'their']);
const FALSITY = new Set(
  `false untrue baseless unfounded groundless misleading inaccurate incorrect fabricated bogus nonsense lies wrong
  fiction fictitious fabrication invention falsehood falsehoods untruth untruths`.split(/\s+/),
);
const COPULA = new Set(['is', 'are', 'was', 'were', 'as', 'be', 'been']);
const FALSELY_VERBS = /^(?:claim|said|say|state|assert|suggest|allege|insist|accus)/;

/** Finds disputed assertions, one per sentence at most. */
export function findDisputes(ctx: Context): Dispute[] {
  const out: Dispute[] = [];
  let ui = 0;
  for (const s of ctx.sentences) {
    while (ui < ctx.units.length - 1 && ctx.units[ui].end < s.end) ui++;
    const unit = ctx.units[ui];
    if (!unit) continue;
    const tokens = tokenize(ctx.text, s.start, s.end);
    const d = disputeIn(ctx, unit, s, tokens);
    if (d) out.push(d);
  }
  return out;
}

function disputeIn(ctx: Context, unit: Unit, s: Sentence, toks: Token[]): Dispute | null {
  const text = ctx.text;
  const gap = (a: Token, b: Token): string => text.slice(a.end, b.start);
  let claimSeen = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (ctx.inQuote(t.start, t.end)) continue;
    if (CLAIM_NOUNS.has(t.lower) && claimSeen < 0) claimSeen = i;
    // falsely claimed
    if (t.lower === 'falsely' && toks[i + 1] && FALSELY_VERBS.test(toks[i + 1].lower)) {
      return make(s, reporterOf(ctx, unit, s, toks[i + 1].start), nameOf(subjectBefore(ctx, unit, t.start)), phrase(text, t, toks[i + 1]));
    }
    // without evidence / no evidence
    if ((t.lower === 'no' || t.lower === 'without') && (toks[i + 1]?.lower === 'evidence' || (toks[i + 2]?.lower === 'evidence' && /^(?:any|providing|offering|presenting|citing)$/.test(toks[i + 1]?.lower ?? '')))) {
      return make(s, reporterOf(ctx, unit, s, t.start), nameOf(subjectBefore(ctx, unit, t.start)), phrase(text, t, toks[i + 1].lower === 'evidence' ? toks[i + 1] : toks[i + 2]));
    }
    // pleaded not guilty
    if (/^plead(?:s|ed|ing)?$|^pled$/.test(t.lower) && toks[i + 1]?.lower === 'not' && toks[i + 2]?.lower === 'guilty') {
      return make(s, nameOf(subjectBefore(ctx, unit, t.start)), null, phrase(text, t, toks[i + 2]));
    }
    // disagreed with the decision
    if (/^disagre(?:e|es|ed|eing)$/.test(t.lower) && toks[i + 1]?.lower === 'with') {
      const object = toks.slice(i + 2, i + 6).findIndex((x) => CLAIM_NOUNS.has(x.lower));
      if (object >= 0) return make(s, nameOf(subjectBefore(ctx, unit, t.start)), null, phrase(text, t, toks[i + 2 + object]));
    }
    // a claim FactCheck.org called false; PolitiFact rated the claim False; which his campaign said was false
    const verdict = verdictAt(toks, i);
    if (verdict > 0) return make(s, nameOf(subjectBefore(ctx, unit, t.start)), null, phrase(text, t, toks[verdict]));
    // a figure analysts say overstates the value
    if (OVERSTATE.test(t.lower) && !t.cap && claimSeen >= 0 && claimSeen < i && i - claimSeen <= 8) {
      const say = toks.slice(claimSeen, i).reverse().find((x) => SAY.test(x.lower));
      const by = say ? subjectBefore(ctx, unit, say.start) : null;
      return make(s, nameOf(by), claimantOf(unit, toks, claimSeen), phrase(text, toks[claimSeen], t));
    }
    if (!DISPUTE_VERB.test(t.lower) || t.cap) continue;
    const prev = toks[i - 1];
    if (prev && DETERMINERS.has(prev.lower)) continue; // "a disputed penalty", "the dispute over"
    const next = toks[i + 1];
    // passive: "an assertion ... that has been disputed by X"
    if (prev && PASSIVE_AUX.has(prev.lower) && next?.lower === 'by') {
      if (claimSeen < 0) continue;
      const by = firstMentionAfter(unit, next.end);
      return make(s, nameOf(by), claimantOf(unit, toks, claimSeen), phrase(text, toks[i - 2]?.lower === 'has' || toks[i - 2]?.lower === 'have' ? toks[i - 2] : prev, next));
    }
    if (!next || /[,.;:]/.test(gap(t, next)) || (next.lower === 'as' && quotedOrFalseAfter(text, toks, i + 1))) {
      // "an allegation the agency rejects", "a figure the government rejected as “pure invention”"
      const noun = toks.slice(Math.max(0, i - 5), i).findLastIndex((x) => CLAIM_NOUNS.has(x.lower));
      if (noun < 0) continue;
      return make(s, nameOf(subjectBefore(ctx, unit, t.start)), null, phrase(text, toks[Math.max(0, i - 5) + noun], t));
    }
    let object = -1;
    if (next.lower === 'that' && THAT_VERB.test(t.lower)) object = i + 1;
    else if (next.lower === 'whether' && t.lower.startsWith('question') && toks[i + 2]?.lower !== 'to') object = i + 1; // not 'questioned whether to run'
    else {
      for (let j = i + 1; j <= i + 5 && j < toks.length; j++) {
        if (/[,.;:]/.test(gap(toks[j - 1], toks[j]))) break;
        if (CLAIM_NOUNS.has(toks[j].lower)) {
          object = j;
          break;
        }
        if (t.lower.startsWith('dismiss') && toks[j].lower === 'as' && FALSITY.has(toks[j + 1]?.lower ?? '')) {
          object = j + 1;
          break;
        }
        if (AS_VERB.test(t.lower) && toks[j].lower === 'as' && quotedOrFalseAfter(text, toks, j)) {
          object = j; // "dismissed the commission’s explanation as “an insult”"
          break;
        }
      }
      if (object < 0 && /^den/.test(t.lower) && !(prev && PASSIVE_AUX.has(prev.lower))) object = clauseVerbAfter(text, toks, i); // "denied the council was exaggerating"
      if (object < 0 && AS_VERB.test(t.lower)) object = reasonAfter(text, toks, i); // "dismissed the meeting, saying …"
    }
    if (object < 0) continue;
    const by = subjectBefore(ctx, unit, t.start);
    const claimant = CLAIM_NOUNS.has(toks[object].lower) ? claimantOf(unit, toks, object) : null;
    return make(s, nameOf(by), claimant, phrase(text, t, toks[object]));
  }
  // "a claim ... is false", "baseless allegations"
  for (let i = 0; i < toks.length; i++) {
    if (!FALSITY.has(toks[i].lower)) continue;
    const prevClaim = claimSeen >= 0 && claimSeen < i && toks.slice(Math.max(claimSeen, i - 25), i).some((t) => COPULA.has(t.lower));
    const nextClaim = CLAIM_NOUNS.has(toks[i + 1]?.lower ?? '');
    if (!prevClaim && !nextClaim) continue;
    const claimIdx = nextClaim ? i + 1 : claimSeen;
    return make(s, reporterOf(ctx, unit, s, toks[i].start), claimantOf(unit, toks, claimIdx), `${toks[claimIdx].word} … ${toks[i].word}`);
  }
  return null;
}

/** Verbs that dismiss something "as" a verdict, or with a reason: "rejected the claim as “nonsense”". */
const AS_VERB = /^(?:dismiss|reject)/;
/** Finite verbs that open a that-less complement clause: "denied (that) the council was exaggerating". */
const FINITE = new Set(`was were is are had has have would will could did does do knew know`.split(/\s+/));
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose']);
/** Reporting participles after a comma that give the reason for a rejection. */
const REASON = new Set(['saying', 'calling', 'arguing', 'insisting', 'describing', 'adding']);

/** Whether the word after toks[as] is a quotation or a falsity word: "as “pure invention”", "as false". */
function quotedOrFalseAfter(text: string, toks: readonly Token[], as: number): boolean {
  const a = toks[as];
  if (!a) return false;
  return /^\s*[“"‘']/.test(text.slice(a.end, a.end + 3)) || FALSITY.has(toks[as + 1]?.lower ?? '');
}

/** A that-less clause right after a denial: a finite verb within six words, no punctuation between. */
function clauseVerbAfter(text: string, toks: readonly Token[], i: number): number {
  for (let j = i + 2; j <= i + 6 && j < toks.length; j++) {
    if (/[,.;:”"]/.test(text.slice(toks[j - 1].end, toks[j].start)) || RELATIVE.has(toks[j].lower)) return -1; // "denied a request that would …" is no denial of a claim
    if (FINITE.has(toks[j].lower)) return j;
  }
  return -1;
}

/** A rejection explained after a comma: "dismissed the London meeting, saying …". */
function reasonAfter(text: string, toks: readonly Token[], i: number): number {
  for (let j = i + 2; j <= i + 7 && j < toks.length; j++) {
    const sep = text.slice(toks[j - 1].end, toks[j].start);
    if (/[.;:]/.test(sep)) return -1;
    if (/,/.test(sep)) return REASON.has(toks[j].lower) ? j : -1;
  }
  return -1;
}

/** Index of the falsity word a verdict verb at i points to ("rated the claim False"), or -1. */
function verdictAt(toks: readonly Token[], i: number): number {
  const t = toks[i];
  const speech = SAY.test(t.lower) && COPULA.has(toks[i + 1]?.lower ?? '');
  if (t.cap || (!VERDICT_VERB.test(t.lower) && !speech)) return -1;
  for (let j = i + 1; j <= i + 5 && j < toks.length; j++) if (FALSITY.has(toks[j].lower)) return j;
  return -1;
}

function make(sentence: Sentence, disputedBy: string | null, claimant: string | null, cue: string): Dispute {
  return { sentence, disputedBy, claimant: claimant && claimant !== disputedBy ? claimant : null, cue };
}

const nameOf = (m: Resolved | null | undefined): string | null => m?.canonical ?? null;

function firstMentionAfter(unit: Unit, pos: number): Resolved | null {
  return unit.mentions.find((m) => m.start >= pos && m.start - pos <= 3) ?? null;
}

/** Who, in the sentence, reports the falsity: the speaker of a reporting verb other than the one at `exclude`. */
function reporterOf(ctx: Context, unit: Unit, s: Sentence, exclude: number): string | null {
  const cues = cuesOf(ctx, unit).filter((c) => c.start >= s.start && c.end <= s.end && c.start !== exclude);
  for (const c of cues) {
    const m = speakerOfCue(ctx, unit, c);
    if (m?.canonical) return m.canonical;
  }
  return null;
}

/** "an assertion made by Russian officials", "the council’s claim". */
function claimantOf(unit: Unit, toks: Token[], claimIdx: number): string | null {
  const noun = toks[claimIdx];
  const after = toks[claimIdx + 1];
  const byIdx = after?.lower === 'by' ? claimIdx + 1 : after?.lower === 'made' && toks[claimIdx + 2]?.lower === 'by' ? claimIdx + 2 : -1;
  if (byIdx > 0) {
    const m = firstMentionAfter(unit, toks[byIdx].end);
    if (m) return m.canonical;
  }
  const owner = unit.mentions.find((m) => m.possessive && m.end <= noun.start && noun.start - m.end <= 16);
  return owner?.canonical ?? null;
}

function phrase(text: string, from: Token | undefined, to: Token): string {
  const s = from ? from.start : to.start;
  const p = text.slice(s, to.end).replace(/\s+/g, ' ');
  return p.length > 48 ? p.slice(0, 47) + '…' : p;
}
