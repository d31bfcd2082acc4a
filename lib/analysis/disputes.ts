import type { Context, Unit } from './context';
import type { Resolved } from './coref';
import type { Sentence } from './sentences';
import { CLAUSE_SKIP, MODALS, ORG_WORDS, PREPOSITIONS, SPEECH_NOUNS, TIME_WORDS, GROUP_NOUNS as SPEAKER_GROUPS, ORG_ROLE_NOUNS, PERSON_ROLE_NOUNS, PROXY_NOUNS, SPEECH_VERBS, disputeHas, verbHas, denialVerbHas, HOLD_IDIOMS, POINTED, NEG_LEAD, DENIAL_IDIOMS, CHARGE_NOUNS, COURT_NOUNS, OWNED_SIDES, PERSON_OBJECTS,
  CLAIM_NOUNS, DENIED_OBJECTS, PASSIVE_AUX, DETERMINERS, FALSITY, COPULA, FALSELY, PAREN_LEAD, EVIDENCE_LEAD, TAKE_FORMS, CAST_FORMS, SHOOT_FORMS, MYTH_NOUNS, STRIKE_FORMS, PROTEST_FORMS, OWN_WORDS, AIMED_AT, BE_PLAIN, NOT_AIMED_AFTER, I_ADVERBS, THIRD_PERSON, THERE_IS, HAVE_WORDS, DO_WORDS, PRONOUN_SUBJECTS, WHO_WORDS, FIRST_PERSON, FIRST_PERSON_OBJECTS, OWN_FIRST, INTENT_NOUNS, MOMENT_NOUNS, WH_WORDS, AM_WORDS, AT_NO_NOUNS, POINTING, BEFORE_VERB, UNASSERTED, VERB_GAP, NOT_ASSERTED, OPEN_DENIALS, NOT_BEFORE_OPEN, REFUSED, REFUSED_FIRST, DISMISSED, CONDITION, SAID_FORMS, NOT_GERUND, ASSERTION_NOUNS, FIGURE_NOUNS, DISPELLED, REBUTTED_NOUNS, MISREPRESENTED, HOPE_FORMS, ASK_FORMS, FALSE_IDIOM, MORAL, FALSE_WORDS, NOT_FALSE_WORDS, PREDICATE_FILLERS, BE_WORDS, NEVER_DONE, HAD_NO_PART, NO_PART, AUX_BEFORE_NOT, DID_NOT_DONE, DEFENDED, STOOD_BY, NOUN_OR_VERB, SUBJECT_PRONOUNS, NOT_TRUE, FINITE_WORDS, RELATIVE, REASON_FORMS, LY_NOUNS, COLLECTIVE_NOUNS, SIDE_NOUNS, NOT_A_NAME, NOT_MODIFIER, SHAM_NOUNS, SHAM_LEAD, DEED_NOUNS, LIES_NOUNS, SPREAD_PARTICIPLES, LIES_DETERMINERS, ADMIT_FORMS,
  ASSERTED_TO_LEAD, NOT_THERE_WORDS, UNFAIRLY_VERBS, FACT_NOUNS, SUPPORTED_FORMS, RIVAL_WORDS, VERSION_NOUNS, GIVE_ACCOUNT_FORMS, ERROR_NOUNS, ERROR_LEAD, DISMISSIVE_PREDICATES, DISMISSIVE_PAIRS, OUT_OF_CONTEXT_VERBS, DO_FORMS, WRONGDOING_WORDS, CAUSE_TO_FORMS, CLAIMED_FORMS, CONCEDING_LEAD, EVIDENCE_ADJECTIVES, PROOF_NOUNS, PROOF_NONE, LACK_FORMS, GO_FORMS, PROOF_FOLLOWERS, WAVE_AWAY, ROLL_FORMS, FALSEHOOD_NOUNS,
} from './lexicon';
import { isPastParticiple } from './inflect';
import { FIRST_NAME_GENDER } from './first-names';
import { cuesOf, speakerOfCue, subjectBefore, type Cue } from './cues';
import { lowerBound } from './lower-bound';
import type { Token } from './words';

/** A sentence reporting that an assertion is denied, disputed or false. */
export interface Dispute {
  sentence: Sentence;
  disputedBy: string | null;
  claimant: string | null;
  /** The words that show it: "has been disputed by", "denied the allegations". */
  cue: string;
  /** The id of the rule that found it (DISPUTE_RULES, or "falsity"). */
  rule: string;
}


/** What a dispute rule found in one sentence. */
interface Hit {
  by: string | null;
  claimant: string | null;
  cue: string;
}

/** One sentence being read for disputes. */
interface Env {
  ctx: Context;
  unit: Unit;
  s: Sentence;
  toks: Token[];
  /** Index of the first claim noun of the sentence outside quotations ("claim", "allegations"), or -1. */
  firstClaim: number;
  /** Who says the words at a text position: the speaker of the quotation holding it, else of the sentence's reporting verb. */
  speakerAt(pos: number): string | null;
}

/**
 * A dispute rule: tried at every word of a sentence outside quotations, in the order of DISPUTE_RULES; the
 * first hit decides. The id is named in the finding (its `rule`) so that an error points at one rule.
 */
interface DisputeRule {
  id: string;
  /** Also read inside quotations ("“That never happened,” Bob said"): the quotation's speaker disputes. */
  inQuotes?: boolean;
  /** Read only when no other rule finds a dispute in the sentence: a weaker sign ("accused them of spreading lies, as the commission rejected …"). */
  fallback?: boolean;
  at(env: Env, i: number): Hit | null;
}

const hit = (by: Resolved | string | null | undefined, claimant: string | null, cue: string): Hit => ({
  by: typeof by === 'string' ? by : by?.canonical ?? null,
  claimant,
  cue,
});

// compiled once, not at every word: the rules below run at each word of each sentence
/** A comma or a dash setting off a parenthetical ("- falsely -", ", wrongly,"). */
const PAREN_MARK = /^\s*(?:,|[-–—]{1,2})\s*$/;
const DONT = /^(?:don['’]t|didn['’]t)$/;
const ISSUE_VERB = /^(?:issu|releas|offer|gave|give|giving|post)/;
const OPEN_QUOTE = /[“"‘]|(?:^|\s)'/;
const NOUN_END = /ing$|ion$/;
const LY_END = /ly$/;
const ING_END = /ing$/;
const ED_END = /ed$/;
const S_END = /s$/;
const ICAL_END = /[a-z]{3,}ical$/;
const NT_END = /n['’]t$/;
const APOSTROPHE = /['’]/;
const CLAUSE_END = /[,.!;:”"’]/;
const NEGATED_AUX = /^(?:wasn|weren|isn|aren|didn|doesn|don|hasn|haven|hadn)['’]t$/;
const DID_NOT = /^(?:didn['’]t|don['’]t|doesn['’]t)$/;
const SELF_SUBJECTS = /^(?:i['’]m|i|we['’]re|we|it['’]s|it|that['’]s|that|he['’]s|she['’]s)$/;
const SPACE_ONLY = /^\s+$/;
const POSSESSIVE_GAP = /^['’]?s?\s+$/;
/** A possessive's ending and one word that qualifies a noun after it: "’s repeated ", "’s flat ". */
const QUALIFIED_GAP = /^['’]?s?\s+(?:[a-z]{3,}(?:ing|ed|al|ful|ive|ous)|flat|firm|swift|strong|blanket)\s+$/;
/** Punctuation between two words: a clause break (PUNCT), with ! and ? (PUNCT_END), a sentence-like stop (STOP, STOP_END), ; or : (SEMI). */
const PUNCT = /[,.;:]/;
const PUNCT_END = /[,.;:!?]/;
const STOP = /[.;:]/;
const STOP_END = /[.;:!?]/;
const SEMI = /[;:]/;
const ADVERB = /^[a-z]{3,}ly$/;
const PERSON_OBJECT_VERB = /^(?:question|challeng|den)/;

/**
 * Whether the verb at i follows a "to" that reports the act as done: "was quick to deny", "went on to rebut", "took to
 * Twitter to deny" (ASSERTED_TO_LEAD), not "refused to deny", "is expected to deny".
 */
function assertedTo(toks: readonly Token[], i: number): boolean {
  if (toks[i - 1]?.lower !== 'to') return false;
  const w = toks[i - 2]?.lower ?? '';
  if (w === 'on') return GO_FORMS.has(toks[i - 3]?.lower ?? '');
  if (ASSERTED_TO_LEAD.has(w)) return true;
  // "took to Twitter to deny", "took to social media to dispute": "took to" and up to three words before the "to"
  for (let k = i - 3; k >= Math.max(0, i - 6); k--) if (toks[k].lower === 'to' && TAKE_FORMS.has(toks[k - 1]?.lower ?? '')) return true;
  // "prompted the ministry to deny", "leading advisers like Gene Sperling to counter that": a cause done, its object doing the act
  for (let k = i - 3; k >= Math.max(0, i - 8); k--) {
    const w = toks[k].lower;
    if (w === 'to' || w === 'that' || w === 'not') return false;
    if (CAUSE_TO_FORMS.has(w)) return !unasserted(toks, k);
  }
  return false;
}
/** Whether the verb at i is hypothetical or not done: see UNASSERTED. */
function unasserted(toks: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && (VERB_GAP.has(toks[k].lower) || (ADVERB.test(toks[k].lower) && !LY_NOUNS.has(toks[k].lower)))) k--;
  const w = toks[k]?.lower ?? '';
  return UNASSERTED.has(w) || (w === 'of' && toks[k - 1]?.lower === 'instead');
}

/**
 * A hit whose disputer is never the one whose claim is disputed: in "Trump claimed, without any evidence, that …" and
 * "he said, falsely, that …" the only speaker is the claimant, and the writer disputes the claim (no disputer named).
 */
function againstClaimant(by: string | null, claimant: string | null, cue: string): Hit {
  return hit(by && by === claimant ? null : by, claimant, cue);
}


export const DISPUTE_RULES: readonly DisputeRule[] = [
  {
    id: 'falsely', // "Kim Ode falsely claimed that …"
    at({ ctx, unit, s, toks }, i) {
      const t = toks[i];
      if (!FALSELY.has(t.lower) || !toks[i + 1]) return null;
      if (!disputeHas(toks[i + 1].lower, 'falsely')) {
        // set off by commas or dashes after a reporting verb: "proclaimed in July - falsely - that", "alleging, again falsely, that"
        const lead = toks[i - 1] && PAREN_LEAD.has(toks[i - 1].lower) && PAREN_MARK.test(ctx.text.slice(toks[i - 2]?.end ?? 0, toks[i - 1].start)) ? i - 1 : i;
        if (lead === 0 || !PAREN_MARK.test(ctx.text.slice(toks[lead - 1].end, toks[lead].start)) || !PAREN_MARK.test(ctx.text.slice(t.end, toks[i + 1].start))) return null;
        let v = -1;
        for (let k = lead - 1; k >= Math.max(0, lead - 5); k--) {
          if (k < lead - 1 && PUNCT.test(ctx.text.slice(toks[k].end, toks[k + 1].start))) break;
          if (!toks[k].cap && (disputeHas(toks[k].lower, 'falsely') || verbHas(toks[k].lower, 'speech'))) { v = k; break; }
        }
        if (v < 0) return null;
        return againstClaimant(reporterOf(ctx, unit, s, toks[v].start), nameOf(subjectAt(ctx, unit, toks[v].start)), phrase(ctx.text, toks[v], t));
      }
      return againstClaimant(reporterOf(ctx, unit, s, toks[i + 1].start), nameOf(subjectAt(ctx, unit, t.start)), phrase(ctx.text, t, toks[i + 1]));
    },
  },
  {
    id: 'no-evidence', inQuotes: true, // "said, without evidence, that …", "there is no evidence that"
    at({ ctx, unit, toks, speakerAt }, i) {
      const t = toks[i];
      if (t.lower !== 'no' && t.lower !== 'without') return null;
      // "no credible evidence", "no epidemiological evidence": a kind of evidence is still evidence (not "no new evidence")
      const lead = toks[i + 1]?.lower ?? '';
      let ev = toks[i + 1]?.lower === 'evidence' ? toks[i + 1] : toks[i + 2]?.lower === 'evidence' && (EVIDENCE_LEAD.has(lead) || EVIDENCE_ADJECTIVES.has(lead) || ICAL_END.test(lead)) ? toks[i + 2] : null;
      // "“There was no indication, absolutely no indication,” Andrew said", "he had no indication whatsoever of …":
      // said as a denial, after "there was" or "had", and followed by a stop, "whatsoever", "that" or "of"
      if (!ev && t.lower === 'no' && toks[i + 1]?.lower === 'indication' && (THERE_IS.has(toks[i - 1]?.lower ?? '') || HAVE_WORDS.has(toks[i - 1]?.lower ?? '') || toks[i - 1]?.lower === 'absolutely')) {
        const after = toks[i + 2];
        if (!after || PUNCT_END.test(ctx.text.slice(toks[i + 1].end, after.start)) || /^(?:whatsoever|that|of)$/.test(after.lower)) ev = toks[i + 1];
      }
      if (!ev) return null;
      const claimant = ctx.inQuote(t.start) ? null : nameOf(subjectAt(ctx, unit, t.start));
      // "claimed without evidence": the subject made the claim; "investigators have no evidence": the subject disputes it
      if (t.lower === 'without') return againstClaimant(speakerAt(t.start), claimant, phrase(ctx.text, t, ev));
      // "Although X suggested …, Hawk Sawyer told lawmakers no evidence supports …": the reporting verb nearest before, in its clause
      const told = ctx.inQuote(t.start) ? -1 : nearestSay(ctx.text, toks, i);
      const by = told >= 0 ? nameOf(subjectAt(ctx, unit, toks[told].start)) : null;
      return hit(by ?? speakerAt(t.start), claimant, phrase(ctx.text, t, ev));
    },
  },
  {
    id: 'not-guilty', inQuotes: true, // "pleaded not guilty", "“He will enter a plea of not guilty,” his spokeswoman said"
    at({ ctx, unit, toks, speakerAt }, i) {
      const t = toks[i];
      // "will enter a plea of not guilty"
      const k = (t.lower === 'plea' || t.lower === 'pleas') && toks[i + 1]?.lower === 'of' ? i + 2 : disputeHas(t.lower, 'plead') ? i + 1 : -1;
      if (k < 0 || toks[k]?.lower !== 'not' || toks[k + 1]?.lower !== 'guilty' || unasserted(toks, i) || (k === i + 1 && ctx.inQuote(t.start))) return null;
      const by = k === i + 1 ? subjectAt(ctx, unit, t.start) : speakerAt(t.start) ?? subjectAt(ctx, unit, t.start);
      return hit(by, null, phrase(ctx.text, t, toks[k + 1]));
    },
  },
  {
    id: 'disagreed-with', // "disagreed with the decision"
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      if (!disputeHas(t.lower, 'disagree') || toks[i + 1]?.lower !== 'with' || unasserted(toks, i)) return null;
      const object = toks.slice(i + 2, i + 6).findIndex((x) => CLAIM_NOUNS.has(x.lower));
      return object >= 0 ? hit(subjectAt(ctx, unit, t.start), null, phrase(ctx.text, t, toks[i + 2 + object])) : null;
    },
  },
  {
    id: 'took-issue', // "took issue with the characterization", "cast doubt on the report", "shot down the rumours"
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      if (t.cap) return null;
      const w = t.lower;
      const n1 = toks[i + 1]?.lower;
      const n2 = toks[i + 2]?.lower;
      let from = -1;
      if (TAKE_FORMS.has(w) && n1 === 'issue' && n2 === 'with') from = i + 3;
      else if (CAST_FORMS.has(w) && (n1 === 'doubt' || n1 === 'doubts') && (n2 === 'on' || n2 === 'over')) from = i + 3;
      else if ((SHOOT_FORMS.has(w) || STRIKE_FORMS.has(w)) && n1 === 'down') from = i + 2; // "struck down assertions that …"
      else if (WAVE_AWAY.get(w)?.has(n1 ?? '')) from = i + 2; // "brushed aside the allegations", "scoffed at the idea"
      else if (ROLL_FORMS.has(w) && OWN_WORDS.has(n1 ?? '') && n2 === 'eyes' && toks[i + 3]?.lower === 'at') from = i + 4; // "rolled their eyes at such an argument"
      if (from < 0 || unasserted(toks, i)) return null;
      // waving away, only as a done act by someone: not "it may seem easy to just laugh off the claims", "has chosen to shrug off"
      const waved = !!WAVE_AWAY.get(w) || ROLL_FORMS.has(w);
      if (waved && toks.slice(Math.max(0, i - 2), i).some((x) => x.lower === 'to')) return null;
      for (let j = from; j < from + 5 && j < toks.length; j++) {
        if (j > from && PUNCT.test(ctx.text.slice(toks[j - 1].end, toks[j].start))) return null;
        if (DENIED_OBJECTS.has(toks[j].lower) || REBUTTED_NOUNS.has(toks[j].lower)) {
          const by = subjectAt(ctx, unit, t.start);
          return waved && !nameOf(by) ? null : hit(by, null, phrase(ctx.text, t, toks[j]));
        }
      }
      return null;
    },
  },
  {
    id: 'innocence', // "has maintained his innocence", "protested her innocence"
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      if (t.cap || !(disputeHas(t.lower, 'insist') || PROTEST_FORMS.has(t.lower))) return null;
      const k = toks[i + 1]?.lower === 'on' ? i + 2 : i + 1;
      if (!OWN_WORDS.has(toks[k]?.lower ?? '') || toks[k + 1]?.lower !== 'innocence') return null;
      return hit(subjectAt(ctx, unit, t.start), null, phrase(ctx.text, t, toks[k + 1]));
    },
  },
  {
    // "“Mr. Reyes is absolutely innocent of this charge,” his lawyer said", "Her lawyer said she is innocent.": a charge denied
    // (not "innocent civilians", nor "innocent until proven guilty", a maxim)
    id: 'innocent', inQuotes: true,
    at({ ctx, unit, s, toks, speakerAt }, i) {
      const t = toks[i];
      if (t.lower !== 'innocent') return null;
      let b = i - 1;
      if (b >= 0 && PREDICATE_FILLERS.has(toks[b].lower)) b--;
      if (b < 0 || !(BE_WORDS.has(toks[b].lower) || APOSTROPHE_S.test(toks[b].lower)) || unasserted(toks, b)) return null;
      if (toks.slice(Math.max(0, b - 6), b).some((x) => CONDITION.has(x.lower))) return null; // "if he is innocent"
      const next = toks[i + 1];
      const closes = !next || PUNCT_END.test(ctx.text.slice(t.end, next.start));
      const of = next?.lower === 'of' && (CHARGE_NOUNS.has(toks[i + 2]?.lower ?? '') || CHARGE_NOUNS.has(toks[i + 3]?.lower ?? ''));
      if (!closes && !of) return null;
      const by = ctx.inQuote(t.start, t.end) ? speakerAt(t.start) : reporterOf(ctx, unit, s, -1);
      return by ? hit(by, null, phrase(ctx.text, toks[b], of ? toks[CHARGE_NOUNS.has(toks[i + 2].lower) ? i + 2 : i + 3] : t)) : null;
    },
  },
  {
    id: 'verdict', // "a claim FactCheck.org called false", "PolitiFact rated the claim False", "described the story as false"
    at({ ctx, unit, toks }, i) {
      const verdict = verdictAt(toks, i);
      return verdict > 0 ? hit(subjectAt(ctx, unit, toks[i].start), null, phrase(ctx.text, toks[i], toks[verdict])) : null;
    },
  },
  {
    id: 'called-dismissive', // "called a report suggesting … “outrageous”", "began to call the allegations unfair and absurd"
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      const scorn = disputeHas(t.lower, 'scorn'); // "slammed the report as “fake news”"
      if (t.cap || !(disputeHas(t.lower, 'verdict') || scorn)) return null;
      let noun = -1;
      for (let j = i + 1; j <= i + 4 && j < toks.length && noun < 0; j++) {
        if (PUNCT_END.test(ctx.text.slice(toks[j - 1].end, toks[j].start))) return null;
        if (ASSERTION_NOUNS.has(toks[j].lower)) noun = j;
      }
      if (noun < 0) return shamAfter(ctx, unit, toks, i);
      // the verdict right after what is judged ("the allegations unfair and absurd"), or opening the quotation that ends it ("… “outrageous.”")
      // (or a few words into that quotation: "called the report “a politically motivated smear”")
      let opened = -1;
      for (let j = noun + 1; j < toks.length && j <= noun + 20; j++) {
        const gap = ctx.text.slice(toks[j - 1].end, toks[j].start);
        if (PUNCT_END.test(gap)) return null;
        if (OPEN_QUOTE.test(gap) && ctx.inQuote(toks[j].start, toks[j].end)) opened = j;
        const opensQuote = opened >= 0 && j - opened <= 3 && ctx.inQuote(toks[j].start, toks[j].end);
        if (scorn && !toks.slice(noun + 1, j).some((x) => x.lower === 'as')) continue;
        // a time between what is judged and the verdict does not count: "called that report Friday a “boldface lie”"
        const times = toks.slice(noun + 1, j).filter((x) => TIME_WORDS.has(x.lower)).length;
        if ((j <= noun + 3 + times || opensQuote) && disputeHas(toks[j].lower, 'dismissive')) return hit(subjectAt(ctx, unit, t.start), null, phrase(ctx.text, t, toks[j]));
      }
      return null;
    },
  },
  {
    // "“Anyone claiming that is peddling fiction,” Obama said", "accused him of spreading lies": a charge of spreading
    // falsehoods (a dismissive word right after the verb, or after "a", "more", "such")
    id: 'peddling', inQuotes: true, fallback: true,
    at({ ctx, unit, s, toks, speakerAt }, i) {
      const t = toks[i];
      if (t.cap || !disputeHas(t.lower, 'peddle')) return null;
      let j = i + 1;
      if (toks[j] && (toks[j].lower === 'a' || toks[j].lower === 'more' || toks[j].lower === 'such')) j++;
      const w = toks[j]; // "peddling fiction", "spreading lies", "spreading false claims", "peddling a hoax"
      if (!w || !disputeHas(w.lower, 'dismissive')) return null;
      if (PUNCT_END.test(ctx.text.slice(toks[j - 1].end, w.start))) return null;
      const by = ctx.inQuote(t.start, t.end) ? speakerAt(t.start) : reporterOf(ctx, unit, s, -1);
      return by ? hit(by, null, phrase(ctx.text, t, w)) : null;
    },
  },
  {
    // "“… a rebuttal to all the nonsense and lies put out,” Raab told the BBC", "the falsehoods spread by his rivals":
    // falsehoods named as what others put out, a reduced passive after a determiner ("the", "these", "all the")
    id: 'lies-put-out', inQuotes: true, fallback: true,
    at({ ctx, unit, s, toks, speakerAt }, i) {
      const t = toks[i];
      if (t.cap || !LIES_NOUNS.has(t.lower)) return null;
      const next = toks[i + 1];
      if (!next || !SPACE_ONLY.test(ctx.text.slice(t.end, next.start))) return null;
      const put = (next.lower === 'put' && toks[i + 2]?.lower === 'out') || SPREAD_PARTICIPLES.has(next.lower);
      if (!put) return null;
      // a determiner before the noun, possibly across "nonsense and": not "lies spread faster than the truth"
      let k = i - 1;
      while (k >= 0 && k >= i - 3 && (LIES_NOUNS.has(toks[k].lower) || toks[k].lower === 'and' || disputeHas(toks[k].lower, 'dismissive'))) k--;
      if (k < 0 || !LIES_DETERMINERS.has(toks[k].lower)) return null;
      const by = ctx.inQuote(t.start, t.end) ? speakerAt(t.start) : reporterOf(ctx, unit, s, -1);
      return by ? hit(by, null, phrase(ctx.text, t, next.lower === 'put' ? toks[i + 2] : next)) : null;
    },
  },
  {
    id: 'denial-noun', // "drew rebukes from the Pentagon", "Trump’s denial", "the campaign issued a denial"
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      if (t.cap || !disputeHas(t.lower, 'dispute-noun')) return null;
      const next = toks[i + 1];
      if (next?.lower === 'from') {
        const by = nameOf(agentAfter(ctx, unit, next.end)) ?? nounPhraseAfter(ctx.text, toks, i + 2);
        return by ? hit(by, null, phrase(ctx.text, t, next)) : null;
      }
      // (also with a word that qualifies the noun between: "Trump's repeated denials", "the ministry's swift rebuttal")
      const owner = unit.mentions.find((m) => m.possessive && m.kind === 'name' && m.end <= t.start && (POSSESSIVE_GAP.test(ctx.text.slice(m.end, t.start)) || QUALIFIED_GAP.test(ctx.text.slice(m.end, t.start))));
      // "the DNC’s denial of access" is a refusal; "Trump’s denial of the allegations" disputes them
      if (owner && (next?.lower !== 'of' || toks.slice(i + 2, i + 6).some((x) => DENIED_OBJECTS.has(x.lower)))) return hit(owner, null, phrase(ctx.text, toks[i - 1], t));
      if (owner) return null;
      const verb = toks.slice(Math.max(0, i - 3), i).find((x) => ISSUE_VERB.test(x.lower) && !x.cap);
      if (!verb || PUNCT.test(ctx.text.slice(verb.end, t.start))) return null;
      return hit(subjectAt(ctx, unit, verb.start), null, phrase(ctx.text, verb, t));
    },
  },
  {
    // "Trump alleged that O'Brien had libeled him", "she said the paper had smeared her": a reported charge of harming
    // someone with falsehoods; the one who reports it disputes
    id: 'libeled',
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      if (t.cap || !disputeHas(t.lower, 'libel') || !/ed$/.test(t.lower) || !HAVE_WORDS.has(toks[i - 1]?.lower ?? '')) return null;
      const victim = toks[i + 1];
      if (!victim || !(victim.cap || PERSON_OBJECTS.has(victim.lower))) return null; // a person harmed, not "smeared paint"
      const say = toks.slice(Math.max(0, i - 8), i).findLast((x) => !x.cap && (disputeHas(x.lower, 'falsely') || disputeHas(x.lower, 'say')) && !ctx.inQuote(x.start, x.end));
      return say ? hit(subjectAt(ctx, unit, say.start), null, phrase(ctx.text, say, t)) : null;
    },
  },
  {
    id: 'accused-of-lying', // "accused Trump of lying", "criticized Sanders for “misrepresenting what had occurred”"
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      if (t.cap || !disputeHas(t.lower, 'accuse') || PASSIVE_AUX.has(toks[i - 1]?.lower ?? '')) return null;
      for (let j = i + 1; j <= i + 8 && j < toks.length - 1; j++) {
        if (STOP.test(ctx.text.slice(toks[j - 1].end, toks[j].start))) return null;
        if (toks[j].lower !== 'of' && toks[j].lower !== 'for') continue;
        const g = toks[j + 1].lower;
        const falsehood = g.endsWith('ing') && (disputeHas(g, 'lying') || disputeHas(g, 'misrepresent') || disputeHas(g, 'overstate'));
        if (falsehood) return hit(subjectAt(ctx, unit, t.start), null, phrase(ctx.text, t, toks[j + 1]));
        // "accused him of an “artful smear”", "accused the paper of lies": a falsehood named, after an article and one word at most
        // (not a gerund: "of spreading lies" is peddling's, read last)
        let k = j + 1;
        if (k < toks.length && (g === 'a' || g === 'an' || g === 'the')) k++;
        const named = FALSEHOOD_NOUNS.has(toks[k]?.lower ?? '') ? k : FALSEHOOD_NOUNS.has(toks[k + 1]?.lower ?? '') && !ING_END.test(toks[k].lower) && !STOP.test(ctx.text.slice(toks[k].end, toks[k + 1].start)) ? k + 1 : -1;
        return named >= 0 ? hit(subjectAt(ctx, unit, t.start), null, phrase(ctx.text, t, toks[named])) : null;
      }
      return null;
    },
  },
  {
    id: 'made-up', inQuotes: true, // "he believed Fields had fabricated the story", "told reporters she had “made up the story”", "“This was made up,” he said"
    at(env, i) {
      const { ctx, toks, speakerAt } = env;
      const t = toks[i];
      if (t.cap) return null;
      let end = -1;
      if (disputeHas(t.lower, 'fabricate')) end = storyWithin(ctx.text, toks, i + 1, 3); // "fabricated the story"
      else if (disputeHas(t.lower, 'make-up')) {
        if (toks[i + 1]?.lower === 'up') {
          end = storyWithin(ctx.text, toks, i + 2, 3); // "made up the story"
          // "it was made up", "was, in my opinion, made up.": a passive with nothing after
          const after = toks[i + 2] ? ctx.text.slice(toks[i + 1].end, toks[i + 2].start) : '.';
          if (end < 0 && /[.,;!?”"]/.test(after) && toks.slice(Math.max(0, i - 6), i).some((x) => BE_WORDS.has(x.lower))) end = i + 1;
        } else {
          const noun = storyWithin(ctx.text, toks, i + 1, 3); // "made the story up"
          if (noun >= 0 && toks[noun + 1]?.lower === 'up') end = noun + 1;
        }
      }
      if (end < 0 || unasserted(toks, i)) return null;
      const by = speakerAt(t.start);
      // "Trump doing what he always does -- making up a story to tell …": the one who makes it up is no one disputing it
      // (not "accusing his campaign of fabricating": the accuser is read as the gerund's subject)
      if (by && !ctx.inQuote(t.start, t.end) && toks[i - 1]?.lower !== 'of' && nameOf(subjectAt(ctx, env.unit, t.start)) === by) return null;
      return by ? hit(by, null, phrase(ctx.text, t, toks[end])) : null;
    },
  },
  {
    id: 'actual-figure', // "(the actual number is closer to 15 percent, according to Factcheck.org)"
    at({ ctx, unit, s, toks }, i) {
      const t = toks[i];
      if (t.lower !== 'actual' || !FIGURE_NOUNS.has(toks[i + 1]?.lower ?? '') || !COPULA.has(toks[i + 2]?.lower ?? '')) return null;
      const by = reporterNear(ctx, unit, s, t.start);
      return by ? hit(by, null, phrase(ctx.text, t, toks[i + 2])) : null;
    },
  },
  {
    id: 'overstates', // "a figure analysts say overstates the value"
    at({ ctx, unit, toks, firstClaim }, i) {
      const t = toks[i];
      if (!disputeHas(t.lower, 'overstate') || t.cap || firstClaim < 0 || firstClaim >= i || i - firstClaim > 8) return null;
      const say = toks.slice(firstClaim, i).reverse().find((x) => disputeHas(x.lower, 'say'));
      const by = say ? subjectAt(ctx, unit, say.start) : null;
      return hit(by, claimantOf(unit, toks, firstClaim), phrase(ctx.text, toks[firstClaim], t));
    },
  },
  {
    id: 'misrepresents', inQuotes: true, // "X says critics are misreading the data", "X said the report distorted his record"
    at({ ctx, unit, s, toks, speakerAt }, i) {
      const t = toks[i];
      if (t.cap || !disputeHas(t.lower, 'misrepresent')) return null;
      if (ctx.inQuote(t.start)) {
        // "“It is outrageous to misrepresent her record,” a spokesman said": the quotation's speaker objects
        // only a verb or participle aimed at something: "to misrepresent her basis", "a distorted portrayal" (not "as distorted by", "a misunderstanding")
        const prev = toks[i - 1]?.lower ?? '';
        const next = toks[i + 1];
        const aimed = !!next && (next.cap || next.possessive || AIMED_AT.has(next.lower) || MISREPRESENTED.has(next.lower));
        if (!aimed || NOUN_END.test(t.lower) && !BE_PLAIN.has(prev) || BE_WORDS.has(prev) || NOT_AIMED_AFTER.has(prev)) return null;
        const by = speakerAt(t.start);
        return by ? hit(by, null, phrase(ctx.text, toks[i - 1], t)) : null;
      }
      const say = toks.slice(Math.max(0, i - 12), i).reverse().find((x) => disputeHas(x.lower, 'say') && !ctx.inQuote(x.start, x.end));
      if (!say) return null;
      return hit(reporterOf(ctx, unit, s, -1) ?? subjectAt(ctx, unit, say.start), null, phrase(ctx.text, say, t));
    },
  },
  {
    id: 'rebuttal', // "pushed back on the report", "hit back at the claims", "defended the figures, saying they were right"
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      if (t.cap) return null;
      const particle = toks[i + 1]?.lower;
      const phrasal = (disputeHas(t.lower, 'back') && particle === 'back') || (disputeHas(t.lower, 'rule-out') && particle === 'out');
      if ((phrasal || disputeHas(t.lower, 'defend')) && unasserted(toks, i)) return null;
      // "vowed to push back", "used the platform to push back": an aim, not a rebuttal made
      if ((phrasal || disputeHas(t.lower, 'defend')) && toks[i - 1]?.lower === 'to' && !assertedTo(toks, i)) return null;
      if (phrasal) {
        const object = objectNoun(ctx.text, toks, i + 2, 6);
        const after = toks[i + 2]?.lower;
        // "pushed back on the claim", "ruled out Taliban involvement", "pushed back, saying …"
        // "Quill pushed back." / "fired back, …": a reply with nothing after it (not "the vote was pushed back", a delay)
        const bare = denialVerbHas(t.lower, 'bare-back') && (!toks[i + 2] || PUNCT_END.test(ctx.text.slice(toks[i + 1].end, toks[i + 2].start)) || after === 'hard') && !PASSIVE_AUX.has(toks[i - 1]?.lower ?? '') && !PASSIVE_AUX.has(toks[i - 2]?.lower ?? '');
        // "pushed back on Trump", "fired back at critics": with no claim named, a person or critics answered (not "pushed back
        // against the group's propaganda machine", "on the establishment")
        const answered = (after === 'on' || after === 'against' || after === 'at') && toks[i + 3] && (unit.mentions.some((m) => m.start >= toks[i + 3].start && m.start <= toks[i + 3].end + 8 && (m.kind === 'name' || m.kind === 'pronoun' || m.kind === 'group')) || REBUTTED_NOUNS.has(toks[i + 3].lower) || REBUTTED_NOUNS.has(toks[i + 4]?.lower ?? ''));
        if (object < 0 && !bare && !answered && !(disputeHas(t.lower, 'back') && REASON_FORMS.has(after ?? ''))) return null;
        return hit(subjectAt(ctx, unit, t.start), null, phrase(ctx.text, t, toks[object >= 0 ? object : i + 1]));
      }
      if (disputeHas(t.lower, 'defend')) {
        // "defended the decision against criticism", "defended the figures, saying …"
        // (what it is defended against is something said: "against recent attacks", "from criticism", not "against ISIS")
        const against = toks.slice(i + 1, i + 8).findIndex((x, k) => (x.lower === 'against' || x.lower === 'from') && objectNoun(ctx.text, toks, i + 2 + k, 4) >= 0);
        const reason = reasonAfter(ctx.text, toks, i);
        if (against < 0 && reason < 0) return null;
        // defending a person ("defended Bill Clinton against allegations") or an act ("defended the incident, calling …") is no rebuttal of a claim
        if (unit.mentions.some((m) => m.start === toks[i + 1]?.start && m.kind === 'name' && !m.possessive)) return null;
        if (against < 0 && !toks.slice(i + 1, reason).some((x) => DENIED_OBJECTS.has(x.lower) || STOOD_BY.has(x.lower) || DEFENDED.has(x.lower))) return null;
        return hit(subjectAt(ctx, unit, t.start), null, phrase(ctx.text, t, toks[reason >= 0 ? reason : i + 1 + against]));
      }
      return null;
    },
  },
  { id: 'denial', at: denialAt },
  {
    // "campaign says schedule ‘cherry-picked’", "Trump says report ‘fake’": a headline's verdict with its copula left out,
    // a short noun phrase after the reporting verb and a quoted dismissive word closing the clause
    id: 'says-dismissive',
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      if (t.cap || !SAID_FORMS.has(t.lower) || !/s$/.test(t.lower)) return null;
      for (let j = i + 2; j <= i + 4 && j < toks.length; j++) {
        const gap = ctx.text.slice(toks[j - 1].end, toks[j].start);
        if (PUNCT_END.test(gap) || BE_WORDS.has(toks[j - 1].lower) || toks[j - 1].lower === 'that') return null;
        if (!OPEN_QUOTE.test(gap) || !ctx.inQuote(toks[j].start, toks[j].end)) continue;
        if (!disputeHas(toks[j].lower, 'dismissive')) return null;
        const after = toks[j + 1];
        if (after && !PUNCT_END.test(ctx.text.slice(toks[j].end, after.start)) && !/^\s*[’”"']/.test(ctx.text.slice(toks[j].end, after.start))) return null;
        const by = nameOf(subjectAt(ctx, unit, t.start)) ?? clauseSubject(ctx.text, toks, i);
        return by ? hit(by, null, phrase(ctx.text, t, toks[j])) : null;
      }
      return null;
    },
  },
  {
    id: 'i-deny', inQuotes: true, // "“I reject that characterization,” she said", "Giuliani “raised, and I rejected, the theory”"
    at(env, i) {
      const { ctx, toks, speakerAt } = env;
      if (!ctx.inQuote(toks[i].start)) return null;
      const prev = toks[i - 1]?.lower ?? '';
      // also evidence said to contradict a claim: "“The evidence … appears to directly contradict several statements,” they wrote"
      const subject = prev === 'i' || prev === 'we' || ((toks[i - 2]?.lower === 'i' || toks[i - 2]?.lower === 'we') && (LY_END.test(prev) || I_ADVERBS.has(prev))) || toks[i].lower.startsWith('contradict');
      if (!subject) return null;
      const h = denialAt(env, i);
      const by = h && speakerAt(toks[i].start);
      return h && by ? { ...h, by } : null;
    },
  },
  {
    id: 'i-disagree', inQuotes: true, // "“I fundamentally disagree,” said …", "“She lied to me,” Smith said"
    at({ ctx, toks, speakerAt }, i) {
      const t = toks[i];
      if (!ctx.inQuote(t.start)) return null;
      const prev = toks[i - 1]?.lower ?? '';
      const ends = !toks[i + 1] || CLAUSE_END.test(ctx.text.slice(t.end, toks[i + 1].start));
      const disagree = t.lower === 'disagree' && ends && (prev === 'i' || prev === 'we' || LY_END.test(prev));
      const lied = t.lower === 'lied' && THIRD_PERSON.has(prev);
      if (!disagree && !lied) return null;
      const by = speakerAt(t.start);
      return by ? hit(by, null, phrase(ctx.text, toks[i - 1], t)) : null;
    },
  },
  {
    id: 'insisted-not', // "the administration insisted that was not part of the deal", "Iran insists it does not know"
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      // also a reply that negates: "the campaign responded that she never would have", "loyalists were adamant that he has no plans"
      if (t.cap || !disputeHas(t.lower, 'insist') || unasserted(toks, i)) return null;
      if (disputeHas(t.lower, 'reply') && toks[i + 1]?.lower !== 'that') return null;
      // "maintains local control, it doesn't stop there": "maintain" with an object keeps something, it insists nothing
      if (t.lower.startsWith('maintain') && toks[i + 1] && !toks[i + 1].cap && toks[i + 1].lower !== 'that' && !PRONOUN_SUBJECTS.has(toks[i + 1].lower)) return null;
      for (let j = i + 1; j <= i + 8 && j < toks.length; j++) {
        if (SEMI.test(ctx.text.slice(toks[j - 1].end, toks[j].start))) return null;
        const w = toks[j].lower;
        const negatedAux = (w === 'not' && AUX_BEFORE_NOT.has(toks[j - 1].lower)) || w === 'never' || (w === 'no' && (THERE_IS.has(toks[j - 1].lower) || (HAVE_WORDS.has(toks[j - 1].lower) && NO_PART.has(toks[j + 1]?.lower ?? '')))) || NEGATED_AUX.test(w);
        if (negatedAux) return hit(subjectAt(ctx, unit, t.start), null, phrase(ctx.text, t, toks[j]));
      }
      return null;
    },
  },
  {
    // "Lewandowski continued to say he had never touched Fields", "officials said his name had not been left off": a
    // reported denial of a past act — a reporting verb whose clause is a negated past perfect or "never" + a past act
    id: 'said-never',
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      if (t.cap || !(disputeHas(t.lower, 'say') || SAID_FORMS.has(t.lower) || ((disputeHas(t.lower, 'counter') || verbHas(t.lower, 'speech')) && VERB_FORM.test(t.lower))) || unasserted(toks, i) || ctx.inQuote(t.start, t.end)) return null;
      for (let j = i + 1; j <= i + 8 && j < toks.length - 1; j++) {
        if (PUNCT_END.test(ctx.text.slice(toks[j - 1].end, toks[j].start)) || ctx.inQuote(toks[j].start, toks[j].end)) return null;
        const w = toks[j].lower;
        if (WH_WORDS.has(w) && w !== 'who') return null; // "questioned why the foundation had not …": a question, no denial
        const perfect = (w === 'had' && (toks[j + 1].lower === 'not' || toks[j + 1].lower === 'never')) || w === 'hadn’t' || w === "hadn't";
        const never = w === 'never' && /ed$/.test(toks[j + 1].lower) && !HAVE_WORDS.has(toks[j - 1].lower);
        if (!perfect && !never) continue;
        if (ADMIT_FORMS.has(t.lower)) return null; // "both acknowledged to supervisors that they had not made the rounds": an admission, no denial
        const v = w === 'had' ? j + 2 : j + 1;
        const verb = toks[v]?.lower ?? '';
        if (verb === 'yet' || verb === 'been' && /^(?:able|in|to|at|a|an|the|there)$/.test(toks[v + 1]?.lower ?? '') || denialVerbHas(verb, 'not-an-act') || denialVerbHas(verb, 'not-done-yet') || !isPastParticiple(verb)) return null;
        return hit(subjectAt(ctx, unit, t.start), null, phrase(ctx.text, t, toks[v]));
      }
      return null;
    },
  },
  {
    // "Trump later walked back his comments", "the paper retracted the story", "backtracked on her claim": a correction by
    // the one who said it
    id: 'walked-back',
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      if (t.cap || !disputeHas(t.lower, 'retract') || unasserted(toks, i)) return null;
      const next = toks[i + 1]?.lower ?? '';
      const from = t.lower.startsWith('walk') ? (next === 'back' ? i + 2 : -1) : t.lower.startsWith('backtrack') ? (next === 'on' || next === 'from' ? i + 2 : -1) : i + 1;
      if (from < 0 || !saidWithin(ctx.text, toks, from, 4)) return null;
      return hit(subjectAt(ctx, unit, t.start), null, phrase(ctx.text, t, toks[Math.min(from, toks.length - 1)]));
    },
  },
  {
    // "Contrary to Trump’s claim, …", "contrary to what the campaign said": the sentence's reporter disputes, else the writer
    id: 'contrary-to',
    at({ ctx, unit, s, toks }, i) {
      const t = toks[i];
      if (t.lower !== 'contrary' || toks[i + 1]?.lower !== 'to') return null;
      const said = toks[i + 2]?.lower === 'what' ? saidAfter(ctx.text, toks, i + 3) : saidWithin(ctx.text, toks, i + 2, 4) ? i + 2 : -1;
      if (said < 0) return null;
      return hit(reporterOf(ctx, unit, s, -1), null, phrase(ctx.text, t, toks[said]));
    },
  },
  {
    id: 'rebuked', // "rebuked Mr. Trump for suggesting …", "quashed rumors", "corrected the record"
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      if (t.cap) return null;
      // "rebukes to his critics", "the rebukes": a noun, not the act (but "the debunked claim" reports one)
      if (disputeHas(t.lower, 'rebuke') && !unasserted(toks, i) && toks[i + 1]?.lower !== 'to' && !(DETERMINERS.has(toks[i - 1]?.lower ?? '') && !t.lower.endsWith('ed'))) {
        const dispel = t.lower.startsWith('dispel');
        const object = toks.slice(i + 1, i + 7).findIndex((x, k) => CLAIM_NOUNS.has(x.lower) || x.lower === 'record' || (dispel && DISPELLED.has(x.lower)) || (x.lower === 'for' && ING_END.test(toks[i + 2 + k]?.lower ?? '')));
        if (object >= 0 && !(t.lower.startsWith('correct') && toks[i + 1 + object].lower !== 'record')) return hit(subjectAt(ctx, unit, t.start), null, phrase(ctx.text, t, toks[i + 1 + object]));
      }
      return null;
    },
  },
  {
    id: 'called-false', inQuotes: true, // "the polls are wrong", "That is total propaganda", "it's not the case", "a myth"
    at({ ctx, unit, s, toks, firstClaim, speakerAt }, i) {
      const t = toks[i];
      const end = falsePredicate(toks, i);
      if (end < 0) return null;
      if (toks.slice(0, i).some((x) => x.lower === 'if' || x.lower === 'whether' || HOPE_FORMS.has(x.lower))) return null; // "If you think the moon landing was fake"
      if (toks.slice(0, i).some((x, k) => WH_WORDS.has(x.lower) && toks.slice(Math.max(0, k - 3), k).some((y) => ASK_FORMS.has(y.lower)))) return null; // "asked what about his plan is wrong"
      // "“X told me I was mistaken,” she said": X disputes, and the speaker is the one whose account is disputed
      const told = toldMeWrong(ctx, unit, t.start);
      if (told) return hit(told, speakerAt(t.start), phrase(ctx.text, t, toks[end]));
      // "I think I was wrong", "we were mistaken": an admission, not someone's claim disputed
      // ("Everyone told me I was mistaken" is someone else's verdict)
      if (FIRST_PERSON_SUBJECTS.has(toks[i - 1]?.lower ?? '') && end === i + 1 && !/^(?:me|us)$/.test(toks[i - 2]?.lower ?? '')) return null;
      const by = speakerAt(t.start) ?? evidenceOf(ctx, unit, s, t.start);
      // the writer's own verdict ("The claim is false.") counts only about a claim, or about someone named as its
      // subject, closing the sentence ("So Trump has it wrong.", "Smith and Jones are also wrong."); anyone else's needs a speaker
      if (!by && (firstClaim < 0 || firstClaim > i)) {
        const named = unit.mentions.find((m) => m.kind === 'name' && !m.possessive && !!m.canonical && SPACE_ONLY.test(ctx.text.slice(m.end, t.start)));
        const closes = !toks[end + 1] ? /^\s*[.!]/.test(ctx.text.slice(toks[end].end, s.end)) || toks[end].end === s.end : STOP_END.test(ctx.text.slice(toks[end].end, toks[end + 1].start)) && !/\?/.test(ctx.text.slice(toks[end].end, toks[end + 1].start));
        if (!named || !closes || ctx.inQuote(t.start, t.end)) return null;
        return hit(null, named.canonical, phrase(ctx.text, t, toks[end]));
      }
      return hit(by, null, phrase(ctx.text, t, toks[end]));
    },
  },
  {
    id: 'never-happened', inQuotes: true, // "“That never happened,” Bob said", "I never said that", "There never was a stand-down order"
    at({ ctx, toks, speakerAt }, i) {
      const t = toks[i];
      const next = toks[i + 1]?.lower ?? '';
      let v = -1;
      if (t.lower === 'never') v = i + 1;
      else if (DID_NOT.test(t.lower)) v = i + 1;
      else if (DO_WORDS.has(t.lower) && next === 'not') v = i + 2;
      else if ((t.lower === 'did' || t.lower === 'does') && PRONOUN_SUBJECTS.has(next) && toks.slice(Math.max(0, i - 4), i).some((x) => x.lower === 'nor')) v = i + 2; // "Nor, he said, did he say anything …"
      // "“None of this ever happened,” Marsh said": none of what was told, said by the quotation's speaker
      if (v < 0 && t.lower === 'none' && ctx.inQuote(t.start, t.end) && toks[i + 1]?.lower === 'of' && /^(?:this|that|it|these|those)$/.test(toks[i + 2]?.lower ?? '')) {
        const h = toks[i + 3]?.lower === 'ever' ? i + 4 : i + 3;
        if (!/^(?:happened|occurred)$/.test(toks[h]?.lower ?? '') || !PUNCT_END.test(ctx.text.slice(toks[h].end, toks[h + 1]?.start ?? toks[h].end + 1))) return null;
        const by = speakerAt(t.start);
        return by ? hit(by, null, phrase(ctx.text, t, toks[h])) : null;
      }
      if (v < 0) return null; // no negation: nothing below can hit (spares the look-back at every word)
      if (t.lower === 'never' && unasserted(toks, i + 1)) return null; // "they told us would never happen": a prediction, no denial
      const verb = toks[v]?.lower ?? '';
      if (toks.slice(Math.max(0, i - 3), i).some((x) => WHO_WORDS.has(x.lower))) return null;
      // "from a country that never gave us 10 cents": "that" after a noun with its determiner is a relative pronoun, the clause a description (not "he said that never happened")
      if (t.lower === 'never' && i >= 3 && toks[i - 1].lower === 'that' && relativeThat(ctx.text, toks, i - 1)) return null;
      if (verb === 'say' && toks[v + 1]?.lower === 'never') return null; // "never say never" // "whom she had never met": a description, no denial
      // "I didn't have an involvement with them", "I did not email any classified material"
      const hadNoPart = v > 0 && t.lower !== 'never' && (((verb === 'have' || verb === 'had') && t.lower.startsWith('did') && toks.slice(v + 1, v + 4).some((x) => HAD_NO_PART.has(x.lower))) || (ctx.inQuote(t.start) && FIRST_PERSON.has(toks[i - 1]?.lower ?? '') && (NEVER_DONE.has(verb) || verb === 'email' || verb === 'send') && toks.slice(v + 1, v + 3).some((x) => x.lower === 'any')));
      // "never met me": the critic does not know the speaker (not "I have never met her", a plain fact)
      const neverMetMe = t.lower === 'never' && verb === 'met' && FIRST_PERSON_OBJECTS.has(toks[v + 1]?.lower ?? '');
      if (v < 0 || (!hadNoPart && !neverMetMe && !(t.lower === 'never' ? NEVER_DONE : DID_NOT_DONE).has(verb))) return null;
      if (verb === 'intend' && !t.lower.startsWith('did')) return null; // "does not intend to run" is a plan; "did not intend to cause harm" denies an intent
      if (WH_WORDS.has(toks[v + 1]?.lower ?? '')) return null; // "did not say which countries": no answer, no denial
      // "she’d never say she would …": "’d" and a plain form is "would", a prediction (not "he’d never said", "had")
      if (t.lower === 'never' && /['’]d$/.test(toks[i - 1]?.lower ?? '') && !isPastParticiple(verb)) return null;
      // "make sure that it didn’t happen again": a repeat prevented, no denial that it happened
      if (toks[v + 1]?.lower === 'again') return null;
      const by = speakerAt(t.start);
      return by ? hit(by, null, phrase(ctx.text, t, toks[v])) : null;
    },
  },
  {
    // "“I didn't post that,” he said", "“We never did that.”", "“I did not send those emails”": the speaker denies an act,
    // pointing at it (not "I didn't know that", a lack of knowledge, nor "I didn't say that he …", read by never-happened)
    id: 'did-not-do-that', inQuotes: true,
    at({ ctx, toks, speakerAt }, i) {
      const t = toks[i];
      if (!FIRST_PERSON.has(t.lower) || !ctx.inQuote(t.start, t.end)) return null;
      let j = i + 1;
      while (j <= i + 2 && NEG_LEAD.has(toks[j]?.lower ?? '')) j++;
      const neg = toks[j]?.lower ?? '';
      if (DID_NOT.test(neg) || neg === 'never' || NEGATED_HAVE.test(neg)) j++;
      else if ((neg === 'did' || neg === 'do') && toks[j + 1]?.lower === 'not') j += 2;
      else return null;
      if (toks[j]?.lower === 'ever') j++;
      const verb = toks[j];
      const obj = toks[j + 1];
      if (!verb || verb.cap || denialVerbHas(verb.lower, 'not-an-act') || !obj || !POINTED.has(obj.lower)) return null;
      // the pointed object ends the clause within three words: "that.", "that ugly picture,"
      for (let k = j + 1; k <= j + 3; k++) {
        if (k > j + 1 && (SUBJECT_PRONOUNS.has(toks[k].lower) || FINITE_WORDS.has(toks[k].lower) || toks[k].lower === 'i' || toks[k].lower === 'we')) return null;
        if (!toks[k + 1] || CLAUSE_END.test(ctx.text.slice(toks[k].end, toks[k + 1].start))) {
          const by = speakerAt(t.start);
          return by ? hit(by, null, phrase(ctx.text, t, toks[k])) : null;
        }
      }
      return null;
    },
  },
  {
    // "“None of that is true,” she said", "“That is not what happened,”", "the company said the suit was without merit":
    // set phrases of denial (lexicon DENIAL_IDIOMS); in a quotation its speaker, outside one a reporter, disputes
    id: 'denial-idiom', inQuotes: true,
    at({ ctx, unit, s, toks, speakerAt }, i) {
      const end = idiomAt(ctx.text, toks, i);
      if (end < 0) return null;
      if (toks[end].lower === 'merit' && toks.some((x) => COURT_NOUNS.has(x.lower))) return null; // a court finding a suit without merit is no dispute
      const t = toks[i];
      const by = ctx.inQuote(t.start, t.end) ? speakerAt(t.start) : reporterOf(ctx, unit, s, -1);
      return by ? hit(by, null, phrase(ctx.text, t, toks[end])) : null;
    },
  },
  {
    // "said there is zero evidence of fraud", "said there was no proof that …", "said the allegations were without merit",
    // "said the claims lacked any basis": the family of "no evidence" with other nouns and leads; someone must say it (the
    // quotation's speaker, else the sentence's reporter), a bare "no basis" in the writer's voice is no one's verdict
    id: 'no-proof', inQuotes: true,
    at({ ctx, unit, s, toks, speakerAt }, i) {
      const t = toks[i];
      const lack = LACK_FORMS.has(t.lower);
      if (!(PROOF_NONE.has(t.lower) || lack)) return null;
      const k = toks[i + 1]?.lower === 'any' && (lack || t.lower === 'without') ? i + 2 : i + 1;
      const noun = toks[k];
      if (!noun || !(PROOF_NOUNS.has(noun.lower) || (noun.lower === 'evidence' && (lack || t.lower === 'zero')))) return null;
      if (PUNCT_END.test(ctx.text.slice(t.end, toks[i + 1].start))) return null;
      if (unasserted(toks, i) || toks.slice(0, i).some((x) => CONDITION.has(x.lower))) return null;
      if (toks.some((x) => COURT_NOUNS.has(x.lower))) return null; // a court finding a suit without merit is no dispute
      // "on a daily basis", "the foundation of the house": only closing the clause or before what it would support
      const after = toks[k + 1];
      if (after && !PUNCT_END.test(ctx.text.slice(noun.end, after.start)) && !PROOF_FOLLOWERS.has(after.lower)) return null;
      const inQuote = ctx.inQuote(t.start, t.end);
      const told = inQuote ? -1 : nearestSay(ctx.text, toks, i);
      const by = (told >= 0 ? nameOf(subjectAt(ctx, unit, toks[told].start)) : null) ?? (inQuote ? speakerAt(t.start) : reporterOf(ctx, unit, s, -1));
      return by ? hit(by, null, phrase(ctx.text, t, noun)) : null;
    },
  },
  {
    // "“Seriously, just stop lying,”", "“He is lying”", "Fields said she had not lied", "implying that Fields had lied":
    // a charge of lying, or its denial
    id: 'lying', inQuotes: true,
    at({ ctx, unit, toks, speakerAt }, i) {
      const t = toks[i];
      if (t.cap || !disputeHas(t.lower, 'lying') || (t.lower !== 'lied' && t.lower !== 'lying' && t.lower !== 'lie')) return null;
      const prev = toks[i - 1]?.lower ?? '';
      const quoted = ctx.inQuote(t.start, t.end);
      const negated = prev === 'not' || prev === 'never' || NT_END.test(prev);
      if (negated) {
        if (t.lower === 'lie' && !DID_NOT.test(prev) && prev !== 'not') return null; // "didn't lie", "did not lie"; not "never lie" (a maxim)
        const by = quoted ? speakerAt(t.start) : nameOf(subjectAt(ctx, unit, toks[i - 1].start));
        return by ? hit(by, null, phrase(ctx.text, toks[i - 1], t)) : null;
      }
      if (t.lower === 'lie') return null;
      // "the Sanders campaign lying about me", "being lied about": lies told about the speaker, said by the speaker
      const aboutMe = (t.lower === 'lying' || t.lower === 'lied') && quoted && (toks[i + 1]?.lower === 'about' || toks[i + 1]?.lower === 'to') && FIRST_PERSON_OBJECTS.has(toks[i + 2]?.lower ?? '');
      const liedAbout = t.lower === 'lied' && quoted && prev === 'being' && toks[i + 1]?.lower === 'about';
      const charged = aboutMe || liedAbout || (t.lower === 'lying' ? prev === 'stop' || BE_PLAIN.has(prev) || /['’]re$/.test(prev) : THIRD_PERSON.has(prev) || prev === 'had' || prev === 'has');
      if (!charged) return null;
      if (quoted) {
        const by = speakerAt(t.start);
        // (not the speaker's own "I was lying about my age")
        return by && !FIRST_PERSON.has(prev) && !(BE_PLAIN.has(prev) && FIRST_PERSON.has(toks[i - 2]?.lower ?? '')) ? hit(by, null, phrase(ctx.text, toks[i - 1], t)) : null;
      }
      // outside quotations: only reported, "implying that Fields had lied"
      const say = toks.slice(Math.max(0, i - 6), i).findLast((x) => disputeHas(x.lower, 'falsely') || disputeHas(x.lower, 'say'));
      return say ? hit(subjectAt(ctx, unit, say.start), null, phrase(ctx.text, say, t)) : null;
    },
  },
  {
    // "“The facts don’t bear that out,” Obama said", "says Sanders’ math doesn’t add up", "the story does not hold up":
    // a claim said not to stand, in the idioms English has for it
    id: 'does-not-hold', inQuotes: true,
    at({ ctx, unit, s, toks, speakerAt }, i) {
      const t = toks[i];
      const k = DID_NOT.test(t.lower) ? i + 1 : DO_WORDS.has(t.lower) && toks[i + 1]?.lower === 'not' ? i + 2 : -1;
      if (k < 0) return null;
      const verb = toks[k]?.lower ?? '';
      const particle = HOLD_IDIOMS.get(verb);
      if (!particle) return null;
      // "add up", "hold water", "bear (that) out", "stand up to scrutiny"
      const end = toks[k + 1]?.lower === particle ? k + 1 : POINTED.has(toks[k + 1]?.lower ?? '') && toks[k + 2]?.lower === particle ? k + 2 : -1;
      if (end < 0 || (particle === 'up' && verb === 'stand' && toks[end + 1]?.lower !== 'to')) return null;
      const by = ctx.inQuote(t.start, t.end) ? speakerAt(t.start) : reporterOf(ctx, unit, s, -1);
      return by ? hit(by, null, phrase(ctx.text, t, toks[end])) : null;
    },
  },
  {
    id: 'not-pejorative', inQuotes: true, // "“I’m not a racist,” he said", "“It’s not sexist,” Trump said": a charge denied in the speaker's words
    at({ ctx, toks, speakerAt }, i) {
      const t = toks[i];
      if (!ctx.inQuote(t.start, t.end) || !SELF_SUBJECTS.test(t.lower)) return null;
      let j = i + 1;
      if (AM_WORDS.has(toks[j]?.lower ?? '') && !APOSTROPHE.test(t.lower)) j++;
      // "I don't think I'm a divisive person": the negation on the belief
      const believed = (toks[i - 1]?.lower === 'think' || toks[i - 1]?.lower === 'believe') && DID_NOT.test(toks[i - 2]?.lower ?? '') && FIRST_PERSON.has(toks[i - 3]?.lower ?? '');
      if (toks[j]?.lower === 'not') j++;
      else if (!believed) return null;
      if ((toks[j]?.lower === 'a' || toks[j]?.lower === 'an')) j++;
      const w = toks[j];
      if (!w || !disputeHas(w.lower, 'pejorative') || toks[j + 1]?.lower === 'to' || toks[j + 1]?.lower === 'enough') return null; // "it's not crazy to think"
      const by = speakerAt(t.start);
      return by ? hit(by, null, phrase(ctx.text, believed && toks[j - 1]?.lower !== 'not' ? toks[i - 2] : t, w)) : null;
    },
  },
  {
    id: 'myth-that', inQuotes: true, // "“There’s this myth out there … that she’s tougher,” Bolton said", "spin the fiction that …"
    at({ ctx, toks, speakerAt }, i) {
      const t = toks[i];
      if (!MYTH_NOUNS.has(t.lower)) return null;
      for (let j = i + 1; j <= i + 10 && j < toks.length; j++) {
        if (STOP_END.test(ctx.text.slice(toks[j - 1].end, toks[j].start))) return null;
        if (toks[j].lower === 'that') {
          const by = speakerAt(t.start);
          return by ? hit(by, null, phrase(ctx.text, t, toks[j])) : null;
        }
      }
      return null;
    },
  },
  {
    // "“…, which was not my intention,” Cruz wrote", "“I don’t believe for a minute that they sat around …,” he said": the speaker
    // denies an intent or disbelieves a claim in their own words
    id: 'disbelief', inQuotes: true,
    at({ ctx, toks, speakerAt }, i) {
      const t = toks[i];
      if (!ctx.inQuote(t.start, t.end)) return null;
      let end = -1;
      if ((t.lower === 'not' || t.lower === 'never') && BE_WORDS.has(toks[i - 1]?.lower ?? '') && OWN_FIRST.has(toks[i + 1]?.lower ?? '') && INTENT_NOUNS.has(toks[i + 2]?.lower ?? '')) end = i + 2;
      else if (FIRST_PERSON.has(t.lower)) {
        // "I don't believe for a minute that …", "I don't believe that.", "we do not believe it," (not "I don't believe that law
        // enforcement should …", an opinion, nor "I do believe that")
        const k = DONT.test(toks[i + 1]?.lower ?? '') ? i + 2 : toks[i + 1]?.lower === 'do' && toks[i + 2]?.lower === 'not' ? i + 3 : -1;
        if (k < 0 || toks[k]?.lower !== 'believe') return null;
        const w = toks[k + 1]?.lower ?? '';
        if (w === 'for' && MOMENT_NOUNS.has(toks[k + 3]?.lower ?? '') && toks[k + 4]?.lower === 'that') end = k + 4;
        else if ((w === 'that' || w === 'it') && (!toks[k + 2] || CLAUSE_END.test(ctx.text.slice(toks[k + 1].end, toks[k + 2].start)))) end = k + 1;
      }
      if (end < 0) return null;
      const by = speakerAt(t.start);
      return by ? hit(by, null, phrase(ctx.text, t, toks[end])) : null;
    },
  },
  {
    id: 'at-no-time', inQuotes: true, // "“At no point did we say …,” they said", "said he had no knowledge of any effort"
    at({ ctx, unit, toks, speakerAt }, i) {
      const t = toks[i];
      let end = -1;
      if (t.lower === 'at' && toks[i + 1]?.lower === 'no' && AT_NO_NOUNS.has(toks[i + 2]?.lower ?? '') && AUX_BEFORE_NOT.has(toks[i + 3]?.lower ?? '')) end = i + 3;
      else if (t.lower === 'no' && toks[i + 1]?.lower === 'knowledge' && toks[i + 2]?.lower === 'of' && HAVE_WORDS.has(toks[i - 1]?.lower ?? '')) end = i + 1;
      if (end < 0) return null;
      const from = t.lower === 'no' ? toks[i - 1] : t;
      const by = speakerAt(t.start) ?? (ctx.inQuote(t.start) ? null : nameOf(subjectAt(ctx, unit, from.start)));
      return by ? hit(by, null, phrase(ctx.text, from, toks[end])) : null;
    },
  },
  {
    id: 'in-fact-not', inQuotes: true, // "X testified the emails in fact had not been turned over": a correction of what was said
    at({ ctx, toks, speakerAt }, i) {
      const t = toks[i];
      if (t.lower !== 'in' || toks[i + 1]?.lower !== 'fact') return null;
      for (let j = i + 2; j <= i + 7 && j < toks.length; j++) {
        if (PUNCT_END.test(ctx.text.slice(toks[j - 1].end, toks[j].start))) return null;
        const w = toks[j].lower;
        if (w === 'not' || w === 'never' || NT_END.test(w)) {
          const by = speakerAt(t.start);
          return by ? hit(by, null, phrase(ctx.text, t, toks[j])) : null;
        }
      }
      return null;
    },
  },
  {
    // "Election officials say his name was not left off ballots, despite reports that …", "the agency reassured voters that
    // he had not been left off any ballot, amid claims …": a counter-claim — a negated fact stated by someone, in a sentence
    // that names the charge it answers ("despite", "contrary to", "amid", "in response to" a claim or report)
    id: 'counter-claim',
    at({ ctx, unit, s, toks }, i) {
      const t = toks[i];
      if (t.cap || !disputeHas(t.lower, 'counter') || unasserted(toks, i) || !chargeNamed(toks)) return null;
      for (let j = i + 1; j <= i + 12 && j < toks.length; j++) {
        if (SEMI.test(ctx.text.slice(toks[j - 1].end, toks[j].start)) || ctx.inQuote(toks[j].start)) return null;
        const w = toks[j].lower;
        if ((w === 'not' || w === 'never') && AUX_BEFORE_NOT.has(toks[j - 1].lower) || NEGATED_AUX.test(w)) {
          return hit(subjectAt(ctx, unit, t.start) ?? reporterOf(ctx, unit, s, -1), null, phrase(ctx.text, t, toks[j]));
        }
      }
      return null;
    },
  },
  {
    // "Smith insisted he had done nothing wrong", "“I did nothing illegal,” she said", "said there was nothing improper
    // about the call": a charge of wrongdoing denied; said by someone (the quotation's speaker, else the reporting verb's
    // subject), not the writer's "he did nothing wrong" and not "nothing wrong with …"
    id: 'nothing-wrong', inQuotes: true,
    at({ ctx, unit, s, toks, speakerAt }, i) {
      const t = toks[i];
      if (t.lower !== 'nothing' || !WRONGDOING_WORDS.has(toks[i + 1]?.lower ?? '') || toks[i + 2]?.lower === 'with') return null;
      const v = toks[i - 1]?.lower ?? '';
      const done = DO_FORMS.has(v) || (ADVERB.test(v) && DO_FORMS.has(toks[i - 2]?.lower ?? ''));
      const was = THERE_IS.has(v) && (toks[i - 2]?.lower === 'there' || v.startsWith('there'));
      if (!(done || was) || toks.slice(0, i).some((x) => CONDITION.has(x.lower))) return null;
      const inQuote = ctx.inQuote(t.start, t.end);
      const told = inQuote ? -1 : nearestSay(ctx.text, toks, i - (done && toks[i - 2] && !DO_FORMS.has(toks[i - 2].lower) ? 3 : 2));
      const by = (told >= 0 ? nameOf(subjectAt(ctx, unit, toks[told].start)) : null) ?? (inQuote ? speakerAt(t.start) : reporterOf(ctx, unit, s, -1));
      return by ? hit(by, null, phrase(ctx.text, toks[i - 1], toks[i + 1])) : null;
    },
  },
  {
    // "“No, it’s no mistake,” he said", "“No, I meant he founded it”": a quotation opening with a bare "No," answers and
    // contradicts what was put to its speaker; the speaker disputes
    id: 'no-reply', inQuotes: true, fallback: true,
    at({ ctx, toks, speakerAt }, i) {
      const t = toks[i];
      // with something said after it ("No, I do not"), not "No, no, no" or a bare "No, Trump."
      if (t.lower !== 'no' || !toks[i + 3] || toks[i + 1].lower === 'no' || !ctx.inQuote(t.start, t.end)) return null;
      if (STOP_END.test(ctx.text.slice(toks[i + 1].end, toks[i + 2].start)) || STOP_END.test(ctx.text.slice(toks[i + 2].end, toks[i + 3].start))) return null;
      if (!/^\s*,\s*$/.test(ctx.text.slice(t.end, toks[i + 1].start))) return null;
      // the first word of its quotation (or of a sentence within it)
      const before = i > 0 ? ctx.text.slice(toks[i - 1].end, t.start) : ctx.text.slice(Math.max(0, t.start - 2), t.start);
      // not a quotation within one ("a character of ‘No, you first’"): a mention of words, no one's answer
      if (!/[“"]\s*$|[.!?]\s+$/.test(before)) return null;
      const by = speakerAt(t.start);
      let end = i + 1;
      while (end < i + 4 && toks[end + 1] && ctx.inQuote(toks[end + 1].start, toks[end + 1].end) && !STOP_END.test(ctx.text.slice(toks[end].end, toks[end + 1].start))) end++;
      return by ? hit(by, null, phrase(ctx.text, t, toks[end])) : null;
    },
  },
  {
    // "said her words had been taken out of context", "“That was quoted out of context,” he said": someone says what was
    // reported of them is distorted; the quotation's speaker, else the reporting verb's subject (not the writer's own)
    id: 'out-of-context', inQuotes: true,
    at({ ctx, unit, s, toks, speakerAt }, i) {
      const t = toks[i];
      if (t.lower !== 'out' || toks[i + 1]?.lower !== 'of' || toks[i + 2]?.lower !== 'context') return null;
      let v = -1;
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (OUT_OF_CONTEXT_VERBS.has(toks[k].lower)) { v = k; break; }
      if (v < 0 || unasserted(toks, v)) return null;
      const inQuote = ctx.inQuote(t.start, t.end);
      const told = inQuote ? -1 : nearestSay(ctx.text, toks, v);
      const by = (told >= 0 ? nameOf(subjectAt(ctx, unit, toks[told].start)) : null) ?? (inQuote ? speakerAt(t.start) : reporterOf(ctx, unit, s, -1));
      return by ? hit(by, null, phrase(ctx.text, toks[v], toks[i + 2])) : null;
    },
  },
  {
    // "Smith said the allegations were ridiculous", "“These claims are politically motivated,” she said", "said the
    // accusations were a witch hunt": a claim waved away as worthless, by someone who says so (not the writer)
    id: 'claim-dismissed', inQuotes: true,
    at({ ctx, toks, speakerAt }, i) {
      const t = toks[i];
      if (!BE_WORDS.has(t.lower)) return null;
      const claim = toks.slice(Math.max(0, i - 3), i).findLastIndex((x) => CLAIM_NOUNS.has(x.lower));
      if (claim < 0 || toks.slice(0, i).some((x) => CONDITION.has(x.lower))) return null;
      let j = i + 1;
      while (j < toks.length && j <= i + 4 && (PREDICATE_FILLERS.has(toks[j].lower) || /^[a-z]{4,}ly$/.test(toks[j].lower)) && toks[j].lower !== 'politically') j++;
      const w = toks[j]?.lower ?? '';
      const pair = `${w}_${toks[j + 1]?.lower ?? ''}`;
      const end = DISMISSIVE_PREDICATES.has(w) ? j : DISMISSIVE_PAIRS.has(pair) ? j + 1 : -1;
      if (end < 0 || toks.slice(i + 1, j).some((x) => x.lower === 'not' || x.lower === 'never')) return null;
      const by = speakerAt(t.start);
      return by ? hit(by, null, phrase(ctx.text, toks[Math.max(0, i - 3) + claim], toks[end])) : null;
    },
  },
  {
    // "the company said the report “contains numerous inaccuracies”", "said the article was riddled with errors":
    // errors found in what was said or reported, by someone who says so (not the writer's own)
    id: 'inaccuracies', inQuotes: true,
    at({ ctx, toks, speakerAt }, i) {
      const t = toks[i];
      if (!ERROR_NOUNS.has(t.lower) || toks.slice(0, i).some((x) => CONDITION.has(x.lower))) return null;
      let lead = -1;
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        if (PUNCT.test(ctx.text.slice(toks[k].end, toks[k + 1].start))) break;
        if (ERROR_LEAD.has(toks[k].lower)) { lead = k; break; }
      }
      if (lead < 0 || toks.slice(Math.max(0, lead - 2), lead).some((x) => x.lower === 'not' || x.lower === 'no' || NT_END.test(x.lower))) return null;
      const by = speakerAt(t.start);
      return by ? hit(by, null, phrase(ctx.text, toks[lead], t)) : null;
    },
  },
  {
    // "Smith gave a different account", "the company tells a very different story", "Smith, however, has a conflicting
    // version of events": someone's rival account of what another said happened; the one who gives it disputes
    id: 'different-account',
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      if (t.cap || !GIVE_ACCOUNT_FORMS.has(t.lower) || unasserted(toks, i)) return null;
      let j = i + 1;
      if (DETERMINERS.has(toks[j]?.lower ?? '')) j++;
      if (toks[j]?.lower === 'very' || toks[j]?.lower === 'starkly' || toks[j]?.lower === 'completely' || toks[j]?.lower === 'markedly') j++;
      if (!RIVAL_WORDS.has(toks[j]?.lower ?? '') || !VERSION_NOUNS.has(toks[j + 1]?.lower ?? '')) return null;
      if (toks.slice(i + 1, j + 2).some((x, k) => k > 0 && PUNCT.test(ctx.text.slice(toks[i + k].end, x.start)))) return null;
      const by = subjectAt(ctx, unit, t.start);
      return nameOf(by) ? hit(by, null, phrase(ctx.text, t, toks[j + 1])) : null;
    },
  },
  {
    // "said the allegations “are not supported by the evidence”", "said the comments were based on opinion, not actual
    // facts", "unsupported by the record": a claim said not to rest on the facts, by someone who says so
    id: 'not-supported', inQuotes: true,
    at({ ctx, toks, speakerAt }, i) {
      const t = toks[i];
      let end = -1;
      if ((t.lower === 'not' || t.lower === 'unsupported') && !(t.lower === 'not' && toks[i - 1]?.lower === 'if')) {
        let j = t.lower === 'not' ? i + 1 : i;
        if (t.lower === 'not' && /^[a-z]{4,}ly$/.test(toks[j]?.lower ?? '')) j++;
        if (t.lower === 'unsupported' || SUPPORTED_FORMS.has(toks[j]?.lower ?? '')) {
          let k = j + 1;
          if (/^(?:by|on|in|out)$/.test(toks[k]?.lower ?? '')) k++;
          if (toks[k]?.lower === 'by') k++;
          while (k < j + 5 && (DETERMINERS.has(toks[k]?.lower ?? '') || /^(?:any|actual|available|known)$/.test(toks[k]?.lower ?? ''))) k++;
          if (FACT_NOUNS.has(toks[k]?.lower ?? '')) end = k;
        } else if (t.lower === 'not' && PUNCT.test(ctx.text.slice(toks[i - 1]?.end ?? t.start, t.start))) {
          // "based on his opinion, not actual facts"
          const k = toks[i + 1]?.lower === 'actual' || toks[i + 1]?.lower === 'the' ? i + 2 : i + 1;
          if (FACT_NOUNS.has(toks[k]?.lower ?? '') && toks.slice(Math.max(0, i - 6), i).some((x) => SUPPORTED_FORMS.has(x.lower))) end = k;
        }
      }
      if (end < 0 || toks.slice(0, i).some((x) => CONDITION.has(x.lower))) return null;
      const by = speakerAt(t.start);
      return by ? hit(by, null, phrase(ctx.text, t, toks[end])) : null;
    },
  },
  {
    // "Sanders has said the campaign is unfairly maligning his record", "“They have unfairly portrayed me,” she said":
    // someone says they or theirs are misrepresented; the one who says so disputes (not the writer's own)
    id: 'unfairly', inQuotes: true,
    at({ ctx, unit, toks, speakerAt }, i) {
      const t = toks[i];
      if (t.lower !== 'unfairly' || !UNFAIRLY_VERBS.has(toks[i + 1]?.lower ?? '') || toks.slice(0, i).some((x) => CONDITION.has(x.lower))) return null;
      const inQuote = ctx.inQuote(t.start, t.end);
      let told = -1;
      if (!inQuote) for (let k = i - 1; k >= Math.max(0, i - 10) && told < 0; k--) if (SAID_FORMS.has(toks[k].lower) || (verbHas(toks[k].lower, 'speech') && VERB_FORM.test(toks[k].lower))) told = k;
      const by = told >= 0 ? nameOf(subjectAt(ctx, unit, toks[told].start)) : inQuote ? speakerAt(t.start) : null;
      return by ? hit(by, null, phrase(ctx.text, t, toks[i + 1])) : null;
    },
  },
  {
    // "explaining how he couldn't have been with her", "“I could not have been there,” she said": someone says they
    // cannot have been where or as charged; the quotation's speaker, else the reporting verb's subject
    id: 'could-not-have', inQuotes: true,
    at({ ctx, unit, s, toks, speakerAt }, i) {
      const t = toks[i];
      const k = t.lower === 'could' && toks[i + 1]?.lower === 'not' ? i + 2 : /^couldn['’]t$/.test(t.lower) ? i + 1 : -1;
      if (k < 0 || toks[k]?.lower !== 'have' || toks[k + 1]?.lower !== 'been' || !NOT_THERE_WORDS.has(toks[k + 2]?.lower ?? '')) return null;
      if (toks.slice(0, i).some((x) => CONDITION.has(x.lower))) return null;
      const inQuote = ctx.inQuote(t.start, t.end);
      let told = -1;
      if (!inQuote) for (let j = i - 1; j >= Math.max(0, i - 6) && told < 0; j--) if (SAID_FORMS.has(toks[j].lower) || (verbHas(toks[j].lower, 'speech') && VERB_FORM.test(toks[j].lower))) told = j;
      const by = told >= 0 ? nameOf(subjectAt(ctx, unit, toks[told].start)) ?? reporterOf(ctx, unit, s, -1) : inQuote ? speakerAt(t.start) : null;
      return by ? hit(by, null, phrase(ctx.text, t, toks[k + 2])) : null;
    },
  },
  {
    // "Trump has tried to suggest that he barely knows him, but Sondland has said he has spoken with him several times",
    // "Even as Trump claimed that …, one of the prosecutors said …": one side's claim answered by another's word in the
    // same sentence; the one who answers disputes. Tried only when no other rule finds a dispute.
    id: 'claimed-but-said', fallback: true,
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      if (t.cap || !CLAIMED_FORMS.has(t.lower) || ctx.inQuote(t.start) || (unasserted(toks, i) && !assertedTo(toks, i))) return null;
      // a verb, not the noun: "claimed", "suggests", "tried to suggest"; not "the claims", "his claim"
      const prev = toks[i - 1]?.lower ?? '';
      if (!(ED_END.test(t.lower) || prev === 'to' || (S_END.test(t.lower) && !DETERMINERS.has(prev) && !OWN_WORDS.has(prev)))) return null;
      const claimant = nameOf(subjectAt(ctx, unit, t.start));
      if (!claimant) return null;
      // "Even as A claimed …, B said": a conceding word opens the clause; otherwise a "but" must turn to the answer
      let conceding = false;
      for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
        if (k < i - 1 && PUNCT.test(ctx.text.slice(toks[k].end, toks[k + 1].start))) break;
        if (CONCEDING_LEAD.has(toks[k].lower) || (toks[k].lower === 'as' && toks[k - 1]?.lower === 'even')) { conceding = true; break; }
      }
      let turned = conceding;
      let comma = false;
      for (let j = i + 1; j < toks.length; j++) {
        const gap = ctx.text.slice(toks[j - 1].end, toks[j].start);
        if (SEMI.test(gap)) return null;
        if (ctx.inQuote(toks[j].start)) continue;
        if (gap.includes(',')) comma = true;
        if (toks[j].lower === 'but' && comma) turned = true;
        if (!turned || !comma) continue;
        const w = toks[j];
        if (w.cap || !(SAID_FORMS.has(w.lower) || (verbHas(w.lower, 'speech') && VERB_FORM.test(w.lower))) || unasserted(toks, j)) continue;
        const by = nameOf(subjectAt(ctx, unit, w.start)) ?? clauseSubject(ctx.text, toks, j);
        if (!by || by === claimant || by.toLowerCase() === 'it') return null;
        return hit(by, claimant, `${t.word} … ${w.word}`);
      }
      return null;
    },
  },
  {
    id: 'stands-by', // "said he stands by the depiction", "stood by his original comments"
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      if (!disputeHas(t.lower, 'stand') || toks[i + 1]?.lower !== 'by' || unasserted(toks, i)) return null;
      const object = toks.slice(i + 2, i + 6).findIndex((x) => STOOD_BY.has(x.lower));
      return object >= 0 ? hit(subjectAt(ctx, unit, t.start), null, phrase(ctx.text, t, toks[i + 2 + object])) : null;
    },
  },
  {
    id: 'not-true', // "the allegations … are not true / not credible", "that is not the case"
    at({ ctx, unit, s, toks, firstClaim }, i) {
      const t = toks[i];
      if (t.lower !== 'not' || !COPULA.has(toks[i - 1]?.lower ?? '')) return null;
      const w = toks[i + 1]?.lower ?? '';
      const truth = NOT_TRUE.has(w) || (w === 'the' && toks[i + 2]?.lower === 'case');
      if (!truth || firstClaim < 0 || firstClaim > i) return null;
      return hit(reporterOf(ctx, unit, s, t.start), claimantOf(unit, toks, firstClaim), phrase(ctx.text, toks[firstClaim], toks[i + 1]));
    },
  },
  {
    // "the Census denied any improper role", "Clinton has disputed both critiques", "Levin dismissed concerns that …":
    // a plain denial verb with a subject before it and an object that is not a refusal ("denied him bail", "rejected
    // the bill", "denied Merrick Garland a hearing"); tried last, after the rules that read the object's meaning.
    id: 'denied-any',
    at({ ctx, unit, toks }, i) {
      const t = toks[i];
      if (t.cap || !OPEN_DENIALS.has(t.lower) || i === 0) return null;
      const prev = toks[i - 1].lower;
      if (NOT_BEFORE_OPEN.has(prev) || unasserted(toks, i) || prev.endsWith('ing') || (LY_END.test(prev) && NOT_BEFORE_OPEN.has(toks[i - 2]?.lower ?? ''))) return null;
      const obj = toks[i + 1];
      if (!obj || obj.lower === 'by' || !SPACE_ONLY.test(ctx.text.slice(t.end, obj.start))) return null; // "a motion rejected by the court": a reduced passive
      if (REFUSED_FIRST.has(obj.lower) || (obj.cap && !POSSESSIVE.test(ctx.text.slice(obj.start, obj.start + 40)) && !POINTING.has(obj.word))) return null;
      const two = `${obj.lower} ${toks[i + 2]?.lower ?? ''}`;
      if (toks.slice(i + 1, i + 4).some((x) => REFUSED.has(x.lower))) return null; // "rejected two earlier bids"
      if (toks.slice(i + 2, i + 6).some((x, k) => x.lower === 'to' && toRecipient(toks[i + 3 + k]))) return null; // "denied class-action status to female employees"
      if (t.lower.startsWith('dismiss') && !DISMISSED.has(obj.lower) && !DISMISSED.has(toks[i + 2]?.lower ?? '')) return null;
      // one rejects plans, offers and attempts as often as claims: only something said ("rejects Trump's remarks"), not "rejected his attempts"
      if (t.lower.startsWith('reject') && !saidWithin(ctx.text, toks, i + 1, 4)) return null;
      if (two === 'a chance' || two === 'the chance' || two === 'the opportunity') return null;
      return hit(subjectAt(ctx, unit, t.start), null, phrase(ctx.text, t, toks[Math.min(i + 2, toks.length - 1)]));
    },
  },
];
/**
 * "The White House called the impeachment process a sham": "call" (not "describe", "rate") with any object of up to
 * four words and "a"/"an" and a noun that brands it as a pretence (SHAM_NOUNS), closing the clause; the caller disputes.
 */
function shamAfter(ctx: Context, unit: Unit, toks: readonly Token[], i: number): Hit | null {
  const t = toks[i];
  if (!t.lower.startsWith('call') || unasserted(toks, i)) return null;
  for (let j = i + 2; j <= i + 5 && j + 1 < toks.length; j++) {
    if (PUNCT_END.test(ctx.text.slice(toks[j - 1].end, toks[j].start))) return null;
    if (toks[j].lower !== 'a' && toks[j].lower !== 'an') continue;
    let k = j + 1;
    if (toks[k] && SHAM_LEAD.has(toks[k].lower)) k++; // "a total sham", "a political witch hunt"
    const w = toks[k];
    if (!w || !SHAM_NOUNS.has(w.lower)) return null;
    const last = w.lower === 'witch' && toks[k + 1]?.lower === 'hunt' ? k + 1 : k;
    if (w.lower === 'witch' && last === k) return null;
    const after = toks[last + 1];
    if (after && !PUNCT_END.test(ctx.text.slice(toks[last].end, after.start))) return null; // "called it a hoax to …"
    const by = subjectAt(ctx, unit, t.start);
    return by ? hit(by, null, phrase(ctx.text, t, toks[last])) : null;
  }
  return null;
}
/** Whether "that" at k follows a noun phrase ("a country that", "the old rule that"): a determiner one or two words before, no punctuation or reporting verb between. */
function relativeThat(text: string, toks: readonly Token[], k: number): boolean {
  for (let d = k - 2; d >= k - 3 && d >= 0; d--) {
    if (!DETERMINERS.has(toks[d].lower) || toks[d].lower === 'that') continue;
    const between = toks.slice(d + 1, k);
    if (between.some((x) => x.cap || SPEECH_VERBS.has(x.lower) || SAID_FORMS.has(x.lower) || disputeHas(x.lower, 'say'))) return false;
    return toks.slice(d, k + 1).every((x, n) => n === 0 || !PUNCT_END.test(text.slice(toks[d + n - 1].end, x.start)));
  }
  return false;
}
/** The index of a reporting verb ("said", "told") within four words before i, none of them after a comma or stop, or -1. */
function nearestSay(text: string, toks: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (PUNCT_END.test(text.slice(toks[k].end, toks[k + 1].start))) return -1;
    if (SAID_FORMS.has(toks[k].lower) || (verbHas(toks[k].lower, 'speech') && VERB_FORM.test(toks[k].lower))) return k;
  }
  return -1;
}
/** The index of a story, claim or allegation (what one says was made up) within `span` words from j, before any punctuation, or -1. */
function storyWithin(text: string, toks: readonly Token[], j: number, span: number): number {
  for (let k = j; k < j + span && k < toks.length; k++) {
    if (k > j && PUNCT.test(text.slice(toks[k - 1].end, toks[k].start))) return -1;
    if (ASSERTION_NOUNS.has(toks[k].lower) || CLAIM_NOUNS.has(toks[k].lower) && !FIGURE_NOUNS.has(toks[k].lower)) return k;
  }
  return -1;
}
/** Whether the sentence names a charge being answered: "despite reports", "contrary to claims", "amid allegations", "in response to criticism". */
function chargeNamed(toks: readonly Token[]): boolean {
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k].lower;
    const lead = w === 'despite' || w === 'amid' || (w === 'contrary' && toks[k + 1]?.lower === 'to') || (w === 'response' && toks[k + 1]?.lower === 'to') || (w === 'responding' && toks[k + 1]?.lower === 'to');
    if (lead && toks.slice(k + 1, k + 8).some((x) => DENIED_OBJECTS.has(x.lower) || REBUTTED_NOUNS.has(x.lower))) return true;
  }
  return false;
}
/** Whether something said (a claim, remark, tweet …) is named within `span` words from j, before any punctuation. */
function saidWithin(text: string, toks: readonly Token[], j: number, span: number): boolean {
  for (let k = j; k < j + span && k < toks.length; k++) {
    if (k > j && PUNCT.test(text.slice(toks[k - 1].end, toks[k].start))) return false;
    if (SPEECH_NOUNS.has(toks[k].lower) || DENIED_OBJECTS.has(toks[k].lower)) return true;
  }
  return false;
}
/** After "denied X to": a recipient ("to female employees", "to the press"), not a verb ("denied it to be true" is rare). */
const toRecipient = (w: Token | undefined): boolean => !!w && (w.cap || DETERMINERS.has(w.lower) || /^[a-z]{3,}s$/.test(w.lower) || /^[a-z]+(?:al|le)$/.test(w.lower));
const POSSESSIVE = /^[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)*['’]s\b/u;

const MAIN_RULES = DISPUTE_RULES.filter((r) => !r.fallback);
const FALLBACK_RULES = DISPUTE_RULES.filter((r) => r.fallback);

/** Finds disputed assertions, one per sentence at most; `speakers` are the quotations' attributions (same index as ctx.quotes). */
export function findDisputes(ctx: Context, speakers: readonly (string | null)[] = []): Dispute[] {
  const out: Dispute[] = [];
  let ui = 0;
  reporterMemo = { sentence: null, named: [], plural: [] };
  for (const s of ctx.sentences) {
    while (ui < ctx.units.length - 1 && ctx.units[ui].end < s.end) ui++;
    const unit = ctx.units[ui];
    if (!unit) continue;
    // a piece of a run with no sentence end (Sentence.cut) is no one's sentence, never a dispute
    const d = s.cut ? null : disputeIn(ctx, unit, s, tokensOf(unit, s), speakers);
    if (d) out.push(d);
    notePlural(ctx, unit, s);
  }
  return out;
}

/** The words of sentence s, taken from its unit's tokens (tokenised once when the context was built). */
function tokensOf(unit: Unit, s: Sentence): Token[] {
  const all = unit.tokens;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < s.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < all.length && all[end].end <= s.end) end++;
  return all.slice(lo, end);
}

function disputeIn(ctx: Context, unit: Unit, s: Sentence, toks: Token[], speakers: readonly (string | null)[]): Dispute | null {
  const firstClaim = toks.findIndex((t) => CLAIM_NOUNS.has(t.lower) && !ctx.inQuote(t.start, t.end));
  let reporter: string | null | undefined;
  const speakerAt = (pos: number): string | null => {
    const qi = unit.quotes.find((q) => ctx.quotes[q].start <= pos && pos < ctx.quotes[q].end) ?? quoteAround(ctx, pos);
    if (qi >= 0 && speakers[qi] && !predicateOfSpeech(ctx, qi)) {
      // "Marsh's office said the report was “riddled with errors”": the quotation's speaker read from the possessive is
      // the owner; the sentence's reporter names the side that speaks
      reporter ??= reporterOf(ctx, unit, s, -1) ?? accordingSource(ctx, unit, s);
      return reporter && ownedBy(reporter, speakers[qi]) ? reporter : speakers[qi];
    }
    reporter ??= reporterOf(ctx, unit, s, -1) ?? accordingSource(ctx, unit, s);
    return qi >= 0 && speakers[qi] ? reporter ?? issuerOpening(ctx, s) : reporter;
  };
  const env: Env = { ctx, unit, s, toks, firstClaim, speakerAt };
  for (const rules of [MAIN_RULES, FALLBACK_RULES]) {
    for (let i = 0; i < toks.length; i++) {
      const quoted = ctx.inQuote(toks[i].start, toks[i].end);
      // a quotation opening mid-clause at this word is the writer's sentence going on: he tweeted that he "rejects …"
      // (its subject right before it, outside the quotation: not "vows to “defend …”")
      // (and the words after its first one: it “categorically denies” the claims)
      let q = i;
      while (quoted && q > 0 && q > i - 3 && ctx.inQuote(toks[q - 1].start, toks[q - 1].end) && !OPEN_QUOTE.test(ctx.text.slice(toks[q - 1].end, toks[q].start))) q--;
      // (or a name or role noun mention: "said that Moscow “categorically rejects” …", "that the company “denies” …", "that his client “denies” …")
      const partial = quoted && q > 0 && (PRONOUN_SUBJECTS.has(toks[q - 1].lower) || subjectMentionEndingAt(unit, toks[q - 1])) && !ctx.inQuote(toks[q - 1].start, toks[q - 1].end) && /^\s*[“"‘]$/.test(ctx.text.slice(toks[q - 1].end, toks[q].start));
      for (const rule of rules) {
        if (quoted && !partial && !rule.inQuotes) continue;
        const h = rule.at(env, i);
        if (h) return { sentence: s, disputedBy: h.by, claimant: h.claimant && h.claimant !== h.by ? h.claimant : null, cue: h.cue, rule: rule.id };
      }
    }
  }
  // "a claim … is false", "baseless allegations"
  for (let i = 0; i < toks.length; i++) {
    if (!FALSITY.has(toks[i].lower)) continue;
    // "the answer lies in …": the verb, no lie
    if (toks[i].lower === 'lies' && LIES_VERB_AFTER.has(toks[i + 1]?.lower ?? '')) continue;
    // "I think I was wrong": an admission, not anyone's claim disputed
    if (COPULA.has(toks[i - 1]?.lower ?? '') && FIRST_PERSON_SUBJECTS.has(toks[i - 2]?.lower ?? '')) continue;
    // "to announce the response would be incorrect": a hypothetical verdict on an act
    if ((toks[i].lower === 'wrong' || toks[i].lower === 'incorrect') && toks[i - 1]?.lower === 'be' && MODALS.has(toks[i - 2]?.lower ?? '')) continue;
    const prevClaim = firstClaim >= 0 && firstClaim < i && toks.slice(Math.max(firstClaim, i - 25), i).some((t) => COPULA.has(t.lower));
    const nextClaim = CLAIM_NOUNS.has(toks[i + 1]?.lower ?? '');
    if (!prevClaim && !nextClaim) continue;
    const claimIdx = nextClaim ? i + 1 : firstClaim;
    // "Trump's false claims that …": the claim noun is no reporting verb of whoever disputes it
    const by = reporterOf(ctx, unit, s, toks[i].start, nextClaim ? toks[i + 1].start : -1);
    if (nextClaim && !prevClaim && !by) continue; // "false statements" as a legal term, not anyone's verdict
    const claimant = claimantOf(unit, toks, claimIdx);
    return { sentence: s, disputedBy: by, claimant: claimant && claimant !== by ? claimant : null, cue: `${toks[claimIdx].word} … ${toks[i].word}`, rule: 'falsity' };
  }
  return null;
}

/** A mention (a name, a role, not a possessive) that ends at word w: a clause's subject before a quotation opening on its verb. */
const subjectMentionEndingAt = (unit: Unit, w: Token): boolean =>
  unit.mentions.some((m) => m.end === w.end && !m.possessive && !m.modifier && (m.kind === 'name' || m.kind === 'role'));

/** Whether `side` is someone's side owned by `person`: "Marsh's office", "John Marsh’s campaign" for "John Marsh". */
function ownedBy(side: string, person: string): boolean {
  const owner = /^(.+?)['’]s?\s+\p{Ll}[\p{Ll}\s-]*$/u.exec(side)?.[1];
  const last = person.split(/\s+/).pop();
  return !!owner && !!last && owner.split(/\s+/).pop() === last;
}

/** Object pronouns that stand for a person: "contradicted him". */
const PERSON_PRONOUN_OBJECTS = new Set(['him', 'her', 'them', 'me', 'us']);

/** A possessive and a word right before an opening quotation mark: "Trump’s comments “". */
const OWNED_BEFORE_QUOTE = /\p{Lu}[\p{L}.-]*['’]s?\s+(\p{Ll}+)\s*[“"‘]?$/u;
/** A determiner, at most two words and a noun right before an opening quotation mark: "the FAA report “", "this claim “". */
const DETERMINED_BEFORE_QUOTE = /\b(?:the|this|that|these|those)\s+(?:[\p{L}.-]+\s+){0,2}(\p{Ll}+)\s*[“"‘]?$/iu;
/**
 * "saying Trump’s comments “are based on his opinion, not actual facts”": a quotation opening with a copula right after
 * "X’s comments" is said about X’s words by whoever reports the sentence, not by X (whom the attribution names from the
 * possessive): no one disputes their own words in the third person.
 */
function predicateOfSpeech(ctx: Context, qi: number): boolean {
  const q = ctx.quotes[qi];
  const from = ctx.text.slice(q.start, q.start + 24);
  const lead = /^[“"‘]/.test(from) ? 1 : 0;
  const before = ctx.text.slice(Math.max(0, q.start - 80), q.start + lead);
  // (or a determiner: "said that the FAA report “is riddled with errors”": the report is spoken of, not speaking)
  const owned = OWNED_BEFORE_QUOTE.exec(before) ?? DETERMINED_BEFORE_QUOTE.exec(before);
  if (!owned || !(SPEECH_NOUNS.has(owned[1]) || CLAIM_NOUNS.has(owned[1]))) return false;
  const first = /^[“"‘]?\s*(\p{L}+)/u.exec(from);
  return !!first && COPULA.has(first[1].toLowerCase());
}

/** "The town released a statement …": a sentence opening with "the" and a noun before a past-tense verb, as the article words it. */
function issuerOpening(ctx: Context, s: Sentence): string | null {
  const m = /^(the\s+\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b/iu.exec(ctx.text.slice(s.start, s.end));
  return m ? m[1].replace(/^The\b/, 'the') : null;
}

/** "denied the allegations", "rejected the claim that", "has been disputed by X", "denied doing anything wrong". */
/** Verbs that pair with a denial verb as the other outcome: "accepted or rejected", "confirm or deny". */
const ALTERNATIVE_OUTCOMES = /^(?:accept|accepted|accepts|approve|approved|approves|confirm|confirmed|confirms|adopt|adopted|adopts|endorse|endorsed|endorses|grant|granted|grants)$/;
/** What follows "lies" the verb: "lies in", "lies with", "lies ahead". */
const LIES_VERB_AFTER = new Set(['in', 'with', 'within', 'at', 'ahead', 'behind', 'beneath', 'between', 'on', 'upon', 'outside', 'beyond']);
/** First-person subjects: what they call wrong is their own account, an admission. */
const FIRST_PERSON_SUBJECTS = new Set(['i', 'we']);

function denialAt({ ctx, unit, toks, firstClaim }: Env, i: number): Hit | null {
  const text = ctx.text;
  const gap = (a: Token, b: Token): string => text.slice(a.end, b.start);
  const t = toks[i];
  // (capitalised only as a participle opening the sentence: "Denying the report, Marsh said …")
  if (!disputeHas(t.lower, 'dispute') || (t.cap && !(i === 0 && ING_END.test(t.lower) && frontedSubject(ctx, unit, t.start)))) return null;
  const prev = toks[i - 1];
  if (prev && DETERMINERS.has(prev.lower)) return null; // "a disputed penalty", "the dispute over"
  // "recommendations he has accepted or rejected", "whether to accept or reject it": one of two outcomes, no denial made
  if (prev && (prev.lower === 'or' || prev.lower === 'nor') && toks[i - 2] && ALTERNATIVE_OUTCOMES.test(toks[i - 2].lower)) return null;
  if ((prev && ((NOT_ASSERTED.has(prev.lower) && !assertedTo(toks, i)) || prev.lower === 'no')) || unasserted(toks, i)) return null; // also "there's no denying he has …" // "if they wanted to dispute that", "would deny", "rather than challenging"
  // "faces questions about his accounts": a plural noun, unless a subject stands right before it ("the company disputes reports")
  // "a four-way contest that", "there is no question that": nouns, unless a subject or an adverb stands right before them
  if (NOUN_OR_VERB.has(t.lower) && !assertedTo(toks, i) && !(prev && (SUBJECT_PRONOUNS.has(prev.lower) || BEFORE_VERB.has(prev.lower) || (ADVERB.test(prev.lower) && !LY_NOUNS.has(prev.lower)) || unit.mentions.some((m) => m.end === prev.end && !m.possessive)))) return null;
  const next = toks[i + 1];
  // passive: "an assertion ... that has been disputed by X"
  // ("… was quickly refuted by X": an adverb between the auxiliary and the verb)
  const aux = prev && PASSIVE_AUX.has(prev.lower) ? i - 1 : prev && ADVERB.test(prev.lower) && !LY_NOUNS.has(prev.lower) && PASSIVE_AUX.has(toks[i - 2]?.lower ?? '') ? i - 2 : -1;
  if (aux >= 0 && next?.lower === 'by') {
    if (firstClaim < 0 || firstClaim > i) return null;
    // "contested by those about whom he has written": no one named, the words after "by" as the article gives them
    const by = agentAfter(ctx, unit, next.end) ?? nounPhraseAfter(text, toks, i + 2);
    return hit(by, claimantOf(unit, toks, firstClaim), phrase(text, toks[aux - 1]?.lower === 'has' || toks[aux - 1]?.lower === 'have' ? toks[aux - 1] : toks[aux], next));
  }
  // a reduced passive: "an allegation rejected by a series of congressional inquiries", "claims disputed by experts"
  if (prev && DENIED_OBJECTS.has(prev.lower) && next?.lower === 'by' && SPACE_ONLY.test(gap(prev, t))) {
    const by = nameOf(agentAfter(ctx, unit, next.end)) ?? nounPhraseAfter(text, toks, i + 2);
    if (by) return hit(by, claimantOf(unit, toks, i - 1), phrase(text, prev, next));
  }
  // a person contradicted is what they said disputed: "Trump contradicted him.", "Peña Nieto, contradicting Trump, said …"
  // (not "contradicted himself", nor a passive "was contradicted by")
  // ("her" only as an object, closing the clause: not "contradict her words"; and someone must do it, not "her actions")
  const herObject = next?.lower !== 'her' || !toks[i + 2] || PUNCT_END.test(gap(next, toks[i + 2]));
  if (t.lower.startsWith('contradict') && next && herObject && !(prev && PASSIVE_AUX.has(prev.lower)) && (PERSON_PRONOUN_OBJECTS.has(next.lower) || unit.mentions.some((m) => m.start === next.start && m.kind === 'name' && !m.possessive && m.entity?.kind === 'person'))) {
    const by = subjectAt(ctx, unit, t.start);
    if (nameOf(by)) return hit(by, null, phrase(text, t, next));
  }
  // a person questioned or challenged is no claim disputed: "questioned Morrison about his testimony", "denied Smith entry"
  const personObject = PERSON_OBJECT_VERB.test(t.lower) ? unit.mentions.find((m) => m.start === next?.start && m.kind === 'name' && !m.possessive) : undefined;
  if (personObject) {
    // … unless challenged on what the person said: "challenged Trump about this line of attack", "challenged her on her claim that"
    const on = toks.findIndex((x) => x.start >= personObject.end);
    if (!t.lower.startsWith('challeng') || on < 0 || !/^(?:about|on|over)$/.test(toks[on].lower) || !SPACE_ONLY.test(text.slice(personObject.end, toks[on].start)) || (prev && PASSIVE_AUX.has(prev.lower))) return null;
    for (let j = on + 1; j <= on + 5 && j < toks.length; j++) {
      if (PUNCT.test(gap(toks[j - 1], toks[j]))) return null;
      if (DENIED_OBJECTS.has(toks[j].lower) || REBUTTED_NOUNS.has(toks[j].lower)) return hit(subjectAt(ctx, unit, t.start), personObject.canonical, phrase(text, t, toks[j]));
    }
    return null;
  }
  // the object of a relative clause: "allegations that he assaulted her, which he has denied"
  const rel = relativeObject(text, toks, i);
  if (rel >= 0) return hit(subjectAt(ctx, unit, t.start), null, phrase(text, toks[rel], t));
  // a reduced relative: "a prospect Vindman denied earlier", "the claims the company disputes in court"
  const subject = unit.mentions.find((m) => m.end <= t.start && SPACE_ONLY.test(text.slice(m.end, t.start)) && !m.possessive);
  const before = subject ? toks.findLastIndex((x) => x.end <= subject.start) : -1;
  if (subject && before >= 0 && DENIED_OBJECTS.has(toks[before].lower) && SPACE_ONLY.test(text.slice(toks[before].end, subject.start)) && !(next && (next.lower === 'that' || next.lower === 'whether'))) {
    return hit(subjectAt(ctx, unit, t.start), null, phrase(text, toks[before], t));
  }
  // (not a progressive "are challenging the conclusions": the subject does it)
  if (prev && PASSIVE_AUX.has(prev.lower) && !(ING_END.test(t.lower) && !t.lower.startsWith('question') && !/^(?:whether|if)$/.test(next?.lower ?? ''))) return null; // "he was challenged over his statement": someone else disputes, unnamed
  if (!next || PUNCT.test(gap(t, next)) || (next.lower === 'as' && quotedOrFalseAfter(text, toks, i + 1))) {
    // "an allegation the agency rejects", "a figure the government rejected as “pure invention”"
    const from = Math.max(0, i - 8);
    const noun = toks.slice(from, i).findLastIndex((x) => DENIED_OBJECTS.has(x.lower));
    if (noun < 0) {
      // "raised, and I rejected, the conspiracy theory": the object after a parenthetical comma
      const after = next && gap(t, next).trim() === ',' ? objectNoun(text, toks, i + 1, 4) : -1;
      return after >= 0 && DENIED_OBJECTS.has(toks[after].lower) ? hit(subjectAt(ctx, unit, t.start), null, phrase(text, t, toks[after])) : null;
    }
    return hit(subjectAt(ctx, unit, t.start), null, phrase(text, toks[from + noun], t));
  }
  let object = -1;
  if (next.lower === 'that' && disputeHas(t.lower, 'dispute-that')) object = i + 1;
  else if (next.lower === 'what' && !PERSON_OBJECT_VERB.test(t.lower)) object = saidAfter(text, toks, i + 2); // "contradicted what Trump said about the incident"
  else if (t.lower.startsWith('den') && gerundAfter(toks, i)) object = gerundAfter(toks, i); // "denied doing anything wrong", "denied ever meeting him"
  else if (disputeHas(t.lower, 'refute') && !PUNCT.test(gap(t, next)) && !(prev && (PASSIVE_AUX.has(prev.lower) || prev.lower === 'not' || prev.lower === 'never' || NT_END.test(prev.lower)))) object = objectHead(text, toks, i + 1); // "rebutted many of the points in the letter"
  else {
    for (let j = i + 1; j <= i + 5 && j < toks.length; j++) {
      if (PUNCT.test(gap(toks[j - 1], toks[j]))) break;
      if (DENIED_OBJECTS.has(toks[j].lower)) {
        object = j;
        break;
      }
      if (t.lower.startsWith('dismiss') && toks[j].lower === 'as' && FALSITY.has(toks[j + 1]?.lower ?? '')) {
        object = j + 1;
        break;
      }
      if (disputeHas(t.lower, 'dispute-as') && toks[j].lower === 'as' && quotedOrFalseAfter(text, toks, j)) {
        object = j; // "dismissed the commission’s explanation as “an insult”"
        break;
      }
    }
    if (object < 0 && t.lower.startsWith('den') && !(prev && PASSIVE_AUX.has(prev.lower))) object = clauseVerbAfter(text, toks, i); // "denied the council was exaggerating"
    if (object < 0 && disputeHas(t.lower, 'dispute-as')) object = reasonAfter(text, toks, i); // "dismissed the meeting, saying …"
  }
  if (object < 0) return null;
  const claimant = CLAIM_NOUNS.has(toks[object].lower) ? claimantOf(unit, toks, object) : null;
  return hit(subjectAt(ctx, unit, t.start), claimant, phrase(text, t, toks[object]));
}

/** DENIAL_IDIOMS compiled: per idiom its word slots, and whether it must open or close a clause. */
const IDIOMS = DENIAL_IDIOMS.map((p) => {
  const parts = p.split(/\s+/);
  const opens = parts[0] === '^';
  const closes = parts[parts.length - 1] === '$';
  return { opens, closes, slots: parts.filter((w) => w !== '^' && w !== '$').map((w) => new Set(w.split('|'))) };
});

/** The index of the last word of a denial idiom starting at toks[i], or -1. */
function idiomAt(text: string, toks: readonly Token[], i: number): number {
  const w = toks[i].lower;
  for (const id of IDIOMS) {
    if (!id.slots[0].has(w)) continue;
    const last = i + id.slots.length - 1;
    if (last >= toks.length) continue;
    let ok = true;
    for (let k = 1; k < id.slots.length && ok; k++) ok = id.slots[k].has(toks[i + k].lower) && !PUNCT_END.test(text.slice(toks[i + k - 1].end, toks[i + k].start));
    if (!ok) continue;
    if (id.opens && i > 0 && !/[,.;:!?“"‘(—–-]\s*$/.test(text.slice(toks[i - 1].end, toks[i].start)) && !verbHas(toks[i - 1].lower, 'speech')) continue;
    if (id.closes && toks[last + 1] && !PUNCT_END.test(text.slice(toks[last].end, toks[last + 1].start))) continue;
    return last;
  }
  return -1;
}

/** The head of the noun phrase from j: the word before the first preposition, punctuation or clause word, within six words. */
function objectHead(text: string, toks: readonly Token[], j: number): number {
  let k = j;
  while (k < j + 6 && k + 1 < toks.length && !PUNCT.test(text.slice(toks[k].end, toks[k + 1].start)) && !PREPOSITIONS.has(toks[k + 1].lower) && !RELATIVE.has(toks[k + 1].lower) && !PREPOSITIONS.has(toks[k].lower)) k++;
  return k;
}

/** "disputed what the report claimed": the index of a reporting verb within five words after "what" (from j), before punctuation, or -1. */
function saidAfter(text: string, toks: readonly Token[], j: number): number {
  for (let k = j; k < j + 5 && k < toks.length; k++) {
    if (k > j && PUNCT.test(text.slice(toks[k - 1].end, toks[k].start))) return -1;
    if (SAID_FORMS.has(toks[k].lower)) return k;
  }
  return -1;
}

/** "allegations …, which he has denied": the claim noun a relative pronoun before the verb stands for, or -1. */
function relativeObject(text: string, toks: readonly Token[], i: number): number {
  for (let j = i - 2; j >= i - 5 && j >= 1; j--) {
    if (toks[j].lower !== 'which' && toks[j].lower !== 'that') continue;
    const between = toks.slice(j + 1, i);
    if (!between.some((x) => x.cap || SUBJECT_PRONOUNS.has(x.lower) || x.lower === 'we' || x.lower === 'i') || between.some((x) => PASSIVE_AUX.has(x.lower))) return -1;
    if (STOP.test(text.slice(toks[j].end, toks[i].start))) return -1;
    // a sentential relative closing its clause: "… took the money, which Quill denies." (when no claim noun is its object)
    const sentential = toks[j].lower === 'which' && /^\s*,\s*$/.test(text.slice(toks[j - 1].end, toks[j].start)) && (!toks[i + 1] || PUNCT_END.test(text.slice(toks[i].end, toks[i + 1].start)));
    for (let k = j - 1; k >= j - 12 && k >= 0; k--) {
      if (STOP.test(text.slice(toks[k].end, toks[k + 1].start))) break;
      if (DENIED_OBJECTS.has(toks[k].lower)) return k;
    }
    return sentential ? j : -1;
  }
  return -1;
}

/** A gerund right after a denial (optionally after "ever", "any", "having"): "denied doing", "denies ever meeting". Its index, or 0. */
function gerundAfter(toks: readonly Token[], i: number): number {
  for (let j = i + 1; j <= i + 2 && j < toks.length; j++) {
    const w = toks[j].lower;
    if (/^[a-z]{2,}ing$/.test(w) && !REASON_FORMS.has(w) && !NOT_GERUND.has(w)) return j; // "doing", "being", "meeting"
    if (w !== 'ever' && w !== 'any' && w !== 'having' && w !== 'personally') return 0;
  }
  return 0;
}


/** The index of a claim-like noun within `span` words from j, before any punctuation, or -1. */
function objectNoun(text: string, toks: readonly Token[], j: number, span: number): number {
  for (let k = j; k < j + span && k < toks.length; k++) {
    if (k > j && PUNCT.test(text.slice(toks[k - 1].end, toks[k].start))) return -1;
    if (CLAIM_NOUNS.has(toks[k].lower) || REBUTTED_NOUNS.has(toks[k].lower)) return k;
  }
  return -1;
}


/** The words of a noun phrase starting at toks[j], up to punctuation or a clause word, at most eight: "a series of congressional inquiries". */
function nounPhraseAfter(text: string, toks: readonly Token[], j: number): string | null {
  let end = j;
  while (end < toks.length && end < j + 8 && !/^(?:who|which|that|when|after|before|in|on|at|during|for|with|because|and|but|to)$/.test(toks[end].lower)) {
    end++;
    if (end < toks.length && /[,.;:!?()—–]/.test(text.slice(toks[end - 1].end, toks[end].start))) break;
  }
  return end > j ? text.slice(toks[j].start, toks[end - 1].end).replace(/\s+/g, ' ').replace(/(\p{Ll}{2,})\.$/u, '$1') : null;
}


// compiled once: falsePredicate runs at every word of every sentence
const GOT_IT = /^(?:has|have|had|got|gets|get|getting)$/;
const NOT_BE = /^(?:isn|aren|wasn|weren)['’]t$/;
const APOSTROPHE_S = /['’]s$/;
/** If a copula at i starts a false-predicate ("are absolutely wrong", "is not true"), the index of its last word, else -1. */
function falsePredicate(toks: readonly Token[], i: number): number {
  const w0 = toks[i].lower;
  // "Nice try, not true", "has it wrong", "got it all wrong"
  if (w0 === 'not' && NOT_FALSE_WORDS.has(toks[i + 1]?.lower ?? '') && toks[i + 1].lower !== 'the' && (i === 0 || !BE_WORDS.has(toks[i - 1].lower))) return i + 1;
  if (GOT_IT.test(w0) && toks[i + 1]?.lower === 'it' && (toks[i + 2]?.lower === 'wrong' || (toks[i + 2]?.lower === 'all' && toks[i + 3]?.lower === 'wrong'))) return toks[i + 2].lower === 'wrong' ? i + 2 : i + 3;
  const contracted = NOT_BE.test(w0);
  if (!BE_WORDS.has(w0) && !APOSTROPHE_S.test(toks[i].word) && !contracted) return -1;
  let j = i + 1;
  let negated = contracted;
  let moral = false;
  while (j < toks.length && j <= i + 4) {
    const w = toks[j].lower;
    if (MORAL.has(w) || w === 'politically') moral = true; // "dangerously wrong", "not politically correct"
    if (w === 'not' || w === 'never') negated = true;
    else if (!PREDICATE_FILLERS.has(w) && !/^[a-z]{4,}ly$/.test(w)) break; // "is unquestionably not the case"
    j++;
  }
  const w = toks[j]?.lower ?? '';
  const next = toks[j + 1]?.lower ?? '';
  if (moral) return -1;
  if (negated) return NOT_FALSE_WORDS.has(w) && (w !== 'the' || next === 'case') ? (w === 'the' ? j + 1 : j) : -1;
  if (!FALSE_WORDS.has(w) || FALSE_IDIOM.has(next) || (w === 'mistaken' && next === 'for')) return -1; // "has been mistaken for a staffer"
  // "to indicate our response would be incorrect", "it would be wrong to …": a hypothetical verdict on an act, no claim disputed
  if (w0 === 'be' && MODALS.has(toks[i - 1]?.lower ?? '') && (w === 'wrong' || w === 'incorrect')) return -1;
  // "Everything we're doing is wrong": what someone does is judged, not what someone said
  if (w === 'wrong' && i > 0 && ING_END.test(toks[i - 1].lower) && !SPEECH_VERBS.has(toks[i - 1].lower)) return -1;
  // "Trump’s actions were wrong", "his conduct was wrong": a deed judged, a moral verdict, not a claim called untrue
  if (w === 'wrong' && i > 0 && DEED_NOUNS.has(toks[i - 1].lower)) return -1;
  if (w === 'wrong' && (next === 'with' || (next === 'to' && !SPEECH_VERBS.has(toks[j + 2]?.lower ?? '') && !/^(?:imply|implies|insinuate|pretend|assume)$/.test(toks[j + 2]?.lower ?? '')))) return -1; // "wrong with", "wrong to cut"
  return j;
}


/** The quotation around a text position that starts in another unit (multi-sentence quotations), or -1. */
function quoteAround(ctx: Context, pos: number): number {
  let lo = 0;
  let hi = ctx.quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = ctx.quotes[mid];
    if (q.end <= pos) lo = mid + 1;
    else if (q.start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}


const NEGATED_HAVE = /^(?:haven|hadn)['’]t$/;
/** A verb form that cannot be a noun: "declared", "reassuring" (not "a claim", "the report"). */
const VERB_FORM = /(?:ed|ing)$/;

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
    if (FINITE_WORDS.has(toks[j].lower)) return j;
  }
  return -1;
}

/** A rejection explained after a comma: "dismissed the London meeting, saying …". */
function reasonAfter(text: string, toks: readonly Token[], i: number): number {
  for (let j = i + 2; j <= i + 7 && j < toks.length; j++) {
    const sep = text.slice(toks[j - 1].end, toks[j].start);
    if (STOP.test(sep)) return -1;
    if (/,/.test(sep)) return REASON_FORMS.has(toks[j].lower) ? j : -1;
  }
  return -1;
}

/** Index of the falsity word a verdict verb at i points to ("rated the claim False"), or -1. */
function verdictAt(toks: readonly Token[], i: number): number {
  const t = toks[i];
  const speech = disputeHas(t.lower, 'say') && COPULA.has(toks[i + 1]?.lower ?? '');
  // "found the claim false", "found that the story was untrue" (not "found false passports": a thing, not a verdict)
  const find = disputeHas(t.lower, 'find');
  if (t.cap || (!disputeHas(t.lower, 'verdict') && !speech && !find)) return -1;
  for (let j = i + 1; j <= i + 8 && j < toks.length; j++) {
    if (!FALSITY.has(toks[j].lower)) continue;
    if (find && !toks.slice(i + 1, j).some((x) => CLAIM_NOUNS.has(x.lower) || SPEECH_NOUNS.has(x.lower) || x.lower === 'that')) return -1;
    // a longer object only when it names what was said: "calling the two lengthy investigative reports “inaccurate”"
    if (j > i + 5 && !toks.slice(i + 1, j).some((x) => ASSERTION_NOUNS.has(x.lower))) return -1;
    return j;
  }
  return -1;
}

const nameOf = (m: Resolved | string | null | undefined): string | null => (typeof m === 'string' ? m : m?.canonical ?? null);

/** The latest plural subject read so far in an article ("Dale and Martha …", "Big Machine said …"), for a later "they". */
const pluralOf = new WeakMap<Context, string>();
/** The latest organisation (not a place) that was a sentence's subject: what "it" says or denies. */
const orgOf = new WeakMap<Context, string>();

/** Words that may stand between "they" and its verb: "they also disputed", "they have twice denied". */
const SUBJECT_GAP = /^(?:also|have|had|has|both|all|then|later|since|twice|again|still|never|each|[a-z]{3,}ly)$/;
const gapWord = (w: string): boolean => SUBJECT_GAP.test(w) && !LY_NOUNS.has(w);

/** "they" as the subject of the verb at pos (after at most three gap words): the latest plural subject, else null. */
/**
 * The unit's last words that end by pos, at most twelve: the readers below look back ten words at most. (Filtering the
 * whole unit cost a paragraph's length per call, and they are called for every reporting verb.)
 */
function wordsBefore(unit: Unit, pos: number): Token[] {
  const n = lowerBound(unit.frame, (t) => t.end <= pos);
  return unit.frame.slice(Math.max(0, n - 12), n);
}

function pluralBefore(ctx: Context, unit: Unit, pos: number): string | null {
  const before = wordsBefore(unit, pos);
  for (let k = before.length - 1; k >= 0 && k >= before.length - 4; k--) {
    const w = before[k].lower;
    if (w === 'they' || w === 'we') return pluralOf.get(ctx) ?? null;
    if (!gapWord(w)) return null;
  }
  return null;
}

/** "it proudly declared that it had never …", when no subject is found: the latest organisation subject. */
function itBefore(ctx: Context, unit: Unit, pos: number): string | null {
  const before = wordsBefore(unit, pos);
  for (let k = before.length - 1; k >= 0 && k >= before.length - 4; k--) {
    const w = before[k].lower;
    if (w === 'it') return orgOf.get(ctx) ?? null;
    if (!gapWord(w)) return null;
  }
  return null;
}


/** "The family" opening the clause right before the verb at pos, when no mention names it: its words, else null. */
function groupBefore(ctx: Context, unit: Unit, pos: number): string | null {
  const before = wordsBefore(unit, pos);
  let k = before.length - 1;
  while (k >= 0 && gapWord(before[k].lower) && before.length - k <= 3) k--;
  const noun = before[k];
  const det = before[k - 1];
  if (!noun || !det || det.lower !== 'the' || !COLLECTIVE_NOUNS.has(noun.lower)) return null;
  if (unit.mentions.some((m) => m.start <= noun.start && noun.end <= m.end && m.kind !== 'role')) return null; // not "the family" read as an organisation's role
  const opener = ctx.text.slice(Math.max(unit.start, det.start - 3), det.start);
  if (det.start !== unit.lead && !/(?:^|[(,;—–]|and)\s*$/.test(opener)) return null;
  return ctx.text.slice(det.start, noun.end).replace(/^The/, 'the');
}

/** "a spokesman for", "an attorney for", right before a name: the agent speaks, not the name. */
const AGENT_FOR = /\b(?:an?|the)\s+(?:spokes(?:man|woman|person)|lawyer|attorney|aide|adviser|advisor|representative)\s+(?:for|to)\s+(?:[\p{L}.-]+\s+){0,3}$/iu;


/**
 * When no one named is the subject: the role noun opening the clause right before the verb at pos, as the article
 * words it: "the campaign has long maintained", "loyalists were adamant", "the administration insisted".
 */
function roleBefore(ctx: Context, unit: Unit, pos: number): string | null {
  const before = wordsBefore(unit, pos);
  let k = before.length - 1;
  while (k >= 0 && (gapWord(before[k].lower) || BE_WORDS.has(before[k].lower) || CLAUSE_SKIP.has(before[k].lower) || before[k].lower === 'long') && before.length - k <= 4) k--;
  const noun = before[k];
  if (!noun || noun.cap || noun.possessive) return null;
  const w = noun.lower;
  const singular = ORG_ROLE_NOUNS.has(w) || PERSON_ROLE_NOUNS.has(w) || PROXY_NOUNS.has(w) || bodyNamed(ctx, w);
  const plural = SPEAKER_GROUPS.has(w) || SIDE_NOUNS.has(w);
  if (!singular && !plural) return null;
  const opens = (from: Token): boolean =>
    from.start === unit.lead || /(?:^|[(,;—–]|\b(?:and|but|though|although|while))\s*$/i.test(ctx.text.slice(Math.max(unit.start, from.start - 10), from.start));
  // "Florida election officials say", "the state's election officials": the group with the words that qualify it, up to the clause's start
  if (plural) {
    let m = k;
    while (m > 0 && k - m < 4 && SPACE_ONLY.test(ctx.text.slice(before[m - 1].end, before[m].start)) && GROUP_MODIFIER.test(before[m - 1].word) && !NOT_MODIFIER.has(before[m - 1].lower) && !CLAUSE_SKIP.has(before[m - 1].lower) && !gapWord(before[m - 1].lower)) m--;
    if (m < k && opens(before[m])) return ctx.text.slice(before[m].start, noun.end).replace(/^The\b/, 'the');
  }
  const det = before[k - 1];
  const from = det?.lower === 'the' ? det : plural ? noun : null;
  if (!from || !opens(from)) return null;
  return ctx.text.slice(from.start, noun.end).replace(/^The\b/, 'the');
}
/**
 * "The university rebutted …" in an article that names "Columbia University" (a lede often says "the university" before
 * it gives the name): a body's head word (ORG_WORDS) read as a role noun only when an organisation the article names has
 * that word in its name, so that "the school" or "the board" stand for a body the article is about, and a stray
 * "the post" or "the party" does not.
 */
function bodyNamed(ctx: Context, w: string): boolean {
  if (!ORG_WORDS.has(w)) return false;
  const head = w[0].toUpperCase() + w.slice(1);
  // "Columbia University", "the University of Kent": the word capitalised within a name, not after "The" alone
  const named = new RegExp(`(\\p{Lu}[\\p{L}.&'’-]*)\\s+${head}\\b|\\b${head}\\s+of\\s+\\p{Lu}`, 'gu');
  for (const m of ctx.text.matchAll(named)) if (!m[1] || !NOT_A_NAME.has(m[1])) return true;
  return false;
}
/** Words that may qualify a group before its noun: "Florida election officials", "the state's senior officials", "U.S." */
const GROUP_MODIFIER = /^(?:\p{Lu}[\p{L}.&-]*(?:['’]s)?|the|[a-z]{3,}(?:['’]s)?)$/u;

/** "Clinton’s campaign responded", "Smith’s lawyers denied": a possessive name and its noun right before the verb. */
function ownedBefore(ctx: Context, unit: Unit, pos: number): string | null {
  const before = wordsBefore(unit, pos);
  let k = before.length - 1;
  while (k >= 0 && gapWord(before[k].lower) && before.length - k <= 3) k--;
  const noun = before[k];
  if (!noun || noun.cap || noun.possessive || !/^\p{Ll}+$/u.test(noun.word)) return null;
  const owner = unit.mentions.find((m) => m.possessive && m.kind === 'name' && /^(?:['’]s?)?\s+$/.test(ctx.text.slice(m.end, noun.start)));
  if (owner) return ctx.text.slice(owner.start, noun.end);
  // "the senator’s office denied", "the mayor’s campaign said": a role's side, as the article words it (the role alone may
  // stand for anyone the coreference guessed)
  const roleOwner = unit.mentions.find((m) => m.possessive && m.kind === 'role' && /^(?:['’]s?)?\s+$/.test(ctx.text.slice(m.end, noun.start)) && /^the\s/i.test(m.text));
  if (roleOwner && (PROXY_NOUNS.has(noun.lower) || OWNED_SIDES.has(noun.lower))) return ctx.text.slice(roleOwner.start, noun.end).replace(/^The\b/, 'the');
  // "Boeing's chief executive denied", "Clinton’s campaign press secretary said": a role with the words that qualify it
  if (PERSON_ROLE_NOUNS.has(noun.lower) || PROXY_NOUNS.has(noun.lower)) {
    const far = unit.mentions.find((m) => m.possessive && m.kind === 'name' && OWNED_ROLE_GAP.test(ctx.text.slice(m.end, noun.start)));
    if (far) return ctx.text.slice(far.start, noun.end);
  }
  // "his campaign denied", "her lawyers rejected": the person coreference read the pronoun as, with the noun
  const pronoun = before[k - 1];
  // (not "Trump and his attorneys denied": both deny, and the subject reading names them)
  if (pronoun && (pronoun.lower === 'his' || pronoun.lower === 'her') && before[k - 2]?.lower !== 'and' && (PROXY_NOUNS.has(noun.lower) || OWNED_SIDES.has(noun.lower))) {
    const person = ctx.ownerAt(pronoun.start);
    return person ? `${person.canonical}’s ${noun.word}` : null;
  }
  // "Clinton campaign says", "Smith lawyers deny": a person's side named by the bare name before its noun (a headline's way)
  if (PROXY_NOUNS.has(noun.lower) || OWNED_SIDES.has(noun.lower)) {
    const person = unit.mentions.find((m) => m.kind === 'name' && !m.possessive && m.entity?.kind === 'person' && SPACE_ONLY.test(ctx.text.slice(m.end, noun.start)));
    if (person) {
      const det = /\b(the|an?)\s+$/i.exec(ctx.text.slice(Math.max(unit.start, person.start - 4), person.start))?.[1].toLowerCase() ?? (person.start === unit.lead ? 'the' : '');
      return `${det ? `${det} ` : ''}${ctx.text.slice(person.start, noun.end)}`;
    }
  }
  // "DNC chair dismisses", "Clinton campaign spokesman said": a body's role, as the article words it
  if (!PERSON_ROLE_NOUNS.has(noun.lower) && !PROXY_NOUNS.has(noun.lower)) return null;
  const body = unit.mentions.find((m) => m.kind === 'name' && !m.possessive && SPACE_ONLY.test(ctx.text.slice(m.end, noun.start)) && (m.org || m.entity?.kind === 'org'));
  return body ? ctx.text.slice(body.start, noun.end) : null;
}

/** A possessive's ending and one or two lower-case words before a role noun: "’s chief ", "’s campaign press ". */
const OWNED_ROLE_GAP = /^['’]?s?\s+(?:\p{Ll}[\p{Ll}-]+\s+){1,2}$/u;

/**
 * "Tom Reed, Marsh's lawyer, rejected the claims": a role set off by commas after a person's name says who that person
 * is; the person does the verb at pos.
 */
function namedBeforeRole(ctx: Context, unit: Unit, pos: number, owned: string): Resolved | null {
  const at = ctx.text.lastIndexOf(owned, pos);
  if (at < 0 || !/^\s*,\s*(?:\p{Ll}+ly\s+)?$/u.test(ctx.text.slice(at + owned.length, pos))) return null;
  return unit.mentions.find((m) => m.kind === 'name' && !m.possessive && !!m.canonical && m.entity?.kind === 'person' && m.end <= at && /^\s*,\s*$/.test(ctx.text.slice(m.end, at))) ?? null;
}

/**
 * "Denying the report, Marsh said …", "Rejecting the claims, the company insisted …": a participle opening its sentence
 * goes on with the subject of the clause after its comma (the name right after the first comma, before a verb).
 */
function frontedSubject(ctx: Context, unit: Unit, pos: number): Resolved | null {
  if (!participleAt(ctx.text, pos)) return null;
  const prev = wordsBefore(unit, pos).at(-1);
  if (prev && !/[.!?:”"]\s*$/.test(ctx.text.slice(prev.end, pos))) return null;
  const comma = ctx.text.indexOf(',', pos);
  if (comma < 0 || comma > unit.end || comma - pos > 120 || /[.;:!?]/.test(ctx.text.slice(pos, comma))) return null;
  const m = unit.mentions.find((x) => x.start > comma && /^\s*$/.test(ctx.text.slice(comma + 1, x.start)));
  if (!m?.canonical || m.possessive || m.modifier || m.kind === 'pronoun' && /^it$/i.test(m.text)) return null;
  // the clause's verb right after the name: "Marsh said", "the company has insisted"
  return /^\s+(?:\p{Ll}+ly\s+|has\s+|have\s+|had\s+)?\p{Ll}+(?:ed|s)\b/u.test(ctx.text.slice(m.end, m.end + 40)) || /^\s+(?:said|told|wrote|added|insisted)\b/.test(ctx.text.slice(m.end, m.end + 20)) ? m : null;
}

/**
 * "a company spokesman said", "an agency official said": a person described, not named, right before the verb at pos
 * (a determiner, at most two words, and a person role noun), as the article words it.
 */
function describedBefore(ctx: Context, unit: Unit, pos: number): string | null {
  const before = wordsBefore(unit, pos);
  let k = before.length - 1;
  while (k >= 0 && gapWord(before[k].lower) && before.length - k <= 3) k--;
  const noun = before[k];
  if (!noun || noun.cap || !(PERSON_ROLE_NOUNS.has(noun.lower) || PROXY_NOUNS.has(noun.lower))) return null;
  for (let d = k - 1; d >= 0 && d >= k - 3; d--) {
    if (!SPACE_ONLY.test(ctx.text.slice(before[d].end, before[d + 1].start))) return null;
    if (DETERMINERS.has(before[d].lower) && /^(?:the|an?)$/.test(before[d].lower)) return ctx.text.slice(before[d].start, noun.end).replace(/^(?:The|An?)\b/, (w) => w.toLowerCase());
    if (before[d].cap && d < k - 1) return null;
  }
  return null;
}

/** Whether the noun right before the verb at pos follows a preposition within three words ("cited by her campaign"). */
function prepositionalBefore(unit: Unit, pos: number): boolean {
  const before = wordsBefore(unit, pos);
  let k = before.length - 1;
  while (k >= 0 && gapWord(before[k].lower) && before.length - k <= 3) k--;
  return before.slice(Math.max(0, k - 3), k).some((w) => PREPOSITIONS.has(w.lower));
}

/** A mention joined to m by "and": "Dale and Martha", "Chaffetz and Goodlatte" (both names, neither possessive). */
function partnerOf(ctx: Context, unit: Unit, m: Resolved, before: number): Resolved | null {
  // "Scarborough and co-host Mika Brzezinski": a lower-case role between "and" and the name
  const and = (a: Resolved, b: Resolved): boolean => /^\s+and\s+(?:(?:fellow\s+)?[a-z][a-z-]{2,}\s+)?$/.test(ctx.text.slice(a.end, b.start));
  const ok = (x: Resolved): boolean => x !== m && x.kind === 'name' && !x.possessive && !x.modifier && !!x.canonical && x.canonical !== m.canonical;
  return unit.mentions.find((x) => ok(x) && x.end <= m.start && and(x, m)) ?? unit.mentions.find((x) => ok(x) && x.start >= m.end && x.end <= before && and(m, x)) ?? null;
}

/**
 * Who does the verb at pos, for a dispute: the subject the attribution layer finds, widened to both names of
 * "A and B denied", narrowed to the name in "The company that runs X, Y Ltd, denies", and "they" read as the
 * latest plural subject.
 */
function subjectAt(ctx: Context, unit: Unit, pos: number): Resolved | string | null {
  const text = ctx.text;
  const fronted = frontedSubject(ctx, unit, pos);
  if (fronted) return fronted;
  const causee = causeeBefore(ctx, unit, pos);
  if (causee) return causee;
  // "wrote a letter to Columbia's president, Lee C. Bollinger, calling …": a participle after a name set off by commas
  // goes on with its clause's subject, not with the name (that is whom the clause spoke to or of)
  const appositive = participleAt(ctx.text, pos) ? undefined : appositiveBefore(ctx, unit, pos);
  if (appositive) return appositive;
  const plural = pluralBefore(ctx, unit, pos);
  if (plural) return plural;
  const group = groupBefore(ctx, unit, pos);
  if (group) return group;
  const owned = ownedBefore(ctx, unit, pos);
  if (owned) return namedBeforeRole(ctx, unit, pos, owned) ?? owned;
  const m = subjectBefore(ctx, unit, pos);
  if (!m?.canonical) return roleBefore(ctx, unit, pos) ?? itBefore(ctx, unit, pos) ?? raisedSubject(ctx, unit, m, pos) ?? m;
  // "the administration insisted": the government of the day, as the article words it, unless the article names one
  // ("the Obama administration"); not whichever organisation was named last
  if (m.kind === 'role' && /\badministration$/i.test(m.text) && !/\badministration\b/i.test(m.canonical)) return m.text.replace(/^The\b/, 'the');
  // a group named only by its noun ("officials"): the words that qualify it, "Florida election officials"
  if (m.kind === 'group' && !m.entity) {
    const qualified = roleBefore(ctx, unit, pos);
    if (qualified && qualified.length > m.canonical.length && qualified.endsWith(ctx.text.slice(m.start, m.end))) return qualified;
  }
  // "A spokesman for Democratic presidential candidate Hillary Clinton called …": the spokesman, as the article words it
  // "Trump’s advisers … began to call": the group with its owner, as the article words it
  if (m.kind !== 'name') {
    const owner = unit.mentions.find((x) => x.possessive && x.kind === 'name' && x.end <= m.start && POSSESSIVE_GAP.test(text.slice(x.end, m.start)));
    if (owner) return text.slice(owner.start, m.end);
  }
  const agent = agentFor(ctx, unit, m, pos);
  if (agent) return agent;
  // "the president dismissed …" in an article that gives no one that role: the coreference's guess (the latest subject)
  // is known to hold other roles and not this one ("Anne Moore, the finance director"); the role as the article words it
  if (m.kind === 'role' && !m.org && m.entity?.kind === 'person' && m.roles.length && m.entity.roles.size && !m.roles.some((r) => m.entity!.roles.has(r)) && /^the\s+\p{Ll}+$/iu.test(m.text)) return m.text.replace(/^The\b/, 'the');
  const office = roleOfBody(ctx, m);
  if (office) return office;
  if (m.kind !== 'name' || m.possessive) return m;
  const partner = partnerOf(ctx, unit, m, pos);
  if (!partner) return m;
  return partner.start < m.start ? `${partner.canonical} and ${m.canonical}` : `${m.canonical} and ${partner.canonical}`;
}

/**
 * The words from a clause's start (after a comma or "but") to its verb at j, when no one is named there: "one of the former
 * prosecutors" in "…, one of the former prosecutors said"; at most eight words, without a pronoun or a verb-like word.
 */
function clauseSubject(text: string, toks: readonly Token[], j: number): string | null {
  let k = j - 1;
  while (k >= 0 && (AUX_OR_ADVERB.test(toks[k].lower))) k--;
  const end = k;
  while (k > 0 && !PUNCT.test(text.slice(toks[k - 1].end, toks[k].start)) && toks[k - 1].lower !== 'but' && end - k < 8) k--;
  if (k < 0 || end < k || end - k >= 8 || (k > 0 && !PUNCT.test(text.slice(toks[k - 1].end, toks[k].start)) && toks[k - 1].lower !== 'but')) return null;
  if (toks.slice(k, end + 1).some((x) => SUBJECT_PRONOUNS.has(x.lower) || OWN_WORDS.has(x.lower) || ED_END.test(x.lower) || x.lower === 'that' || x.lower === 'who' || x.lower === 'it')) return null;
  return text.slice(toks[k].start, toks[end].end).replace(/^The\b/, 'the');
}
const AUX_OR_ADVERB = /^(?:has|have|had|also|later|then|[a-z]{3,}ly)$/;

/** A cause verb, its object and "to" right before a verb: "prompted the ministry to ", "leading advisers like Gene Sperling to ". */
const CAUSEE = new RegExp(`\\b(?:${[...CAUSE_TO_FORMS].join('|')})\\s+([^,.;:!?“”"]{1,80}?)\\s+to\\s+(?:\\w+ly\\s+)?$`, 'i');
/**
 * "leading Clinton economic advisers like Gene Sperling to counter": the one made to act is the person named last in the
 * cause verb's object, not the owner of the advisers; with no name there, the usual subject.
 */
function causeeBefore(ctx: Context, unit: Unit, pos: number): Resolved | null {
  const lo = Math.max(unit.start, pos - 120);
  const c = CAUSEE.exec(ctx.text.slice(lo, pos));
  if (!c) return null;
  const from = lo + c.index + c[0].indexOf(c[1]), to = from + c[1].length;
  return unit.mentions.findLast((m) => m.kind === 'name' && !m.possessive && !m.modifier && !!m.canonical && m.start >= from && m.end <= to) ?? null;
}

/** "of" and a body's name after a role: "of Columbia's Graduate School of Journalism", "of the State Department". */
const OF_BODY = /^\s+of\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:['’]s)?(?:\s+(?:(?:of|for|and|the)\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:['’]s)?)*)/u;
/**
 * "The dean of Columbia's Graduate School of Journalism … disputing": a bare role that no one named resolves, with the
 * body it serves as the article words it, rather than "the dean" alone.
 */
function roleOfBody(ctx: Context, m: Resolved): string | null {
  if (m.kind !== 'role' || !/^the\s/i.test(m.text)) return null;
  const of = OF_BODY.exec(ctx.text.slice(m.end, m.end + 120));
  if (!of) return null;
  const body = of[1].replace(/(?:\s+(?:of|for|and|the))+$/, '').replace(/['’]s$/, '');
  // a role resolved to someone stays that someone, unless it is the body itself ("the dean" of Columbia's school read as
  // "Columbia"): the body's name cannot be the one who serves it
  if (m.entity && !(m.canonical && ` ${of[1].replace(/['’]s\b/g, '')} `.includes(` ${m.canonical} `))) return null;
  return `${ctx.text.slice(m.start, m.end).replace(/^The\b/, 'the')} of ${body}`;
}

/** A name (capitalised words) right before "told me I was", "tells us that we are": a verdict on the speaker, said by the one who told. */
const TOLD_ME = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:told|tells|tell)\s+(?:me|us)\s+(?:that\s+)?(?:I|we)\s+(?:(?:was|were|am|are|had\s+been|have\s+been)\s+)?$/u;
/**
 * "“George Stephanopoulos told me I was mistaken,” Fiorina said": the speaker is the one called wrong; the one who told
 * her disputes. Read in the text (names inside quotations are no mentions): a person the article names elsewhere, as its
 * canonical name, else a given name with a surname as written; a capitalised "Everyone told me" is no one.
 */
function toldMeWrong(ctx: Context, unit: Unit, pos: number): string | null {
  const told = TOLD_ME.exec(ctx.text.slice(Math.max(unit.start, pos - 120), pos));
  if (!told) return null;
  const words = told[1].split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const name = words.slice(k).join(' ');
    for (const u of ctx.units) {
      const m = u.mentions.find((x) => x.kind === 'name' && x.entity?.kind === 'person' && (x.text === name || x.name === name) && x.canonical);
      if (m) return m.canonical;
    }
  }
  // named only there: a given name and a surname, as written ("George Stephanopoulos")
  const given = words.findIndex((w, k) => k < words.length - 1 && FIRST_NAME_GENDER.has(w.toLowerCase()));
  return given >= 0 ? words.slice(given).join(' ') : null;
}

/** A body's records as the subject of "show": "FBI statistics show that", "Census Bureau data showed". */
const EVIDENCE_SHOWS = /((?:\p{Lu}[\p{L}.&-]*\s+)*\p{Lu}[\p{L}.&-]*)\s+(?:statistics|data|figures|records)\s+(?:show|shows|showed|shown|indicate|indicates|indicated)\s+(?:that\s+)?/u;
/**
 * "Last year’s FBI statistics show that the numbers in the tweet are incorrect": when no one says the verdict, the body
 * whose records show it, as the article names it.
 */
function evidenceOf(ctx: Context, unit: Unit, s: Sentence, pos: number): string | null {
  const e = EVIDENCE_SHOWS.exec(ctx.text.slice(s.start, pos));
  if (!e) return null;
  const at = s.start + e.index;
  const body = unit.mentions.find((m) => m.kind === 'name' && m.start >= at && m.end <= at + e[1].length && m.canonical && (m.org || m.entity?.kind === 'org'));
  return body?.canonical ?? null;
}

/** "it appears that", "it seemed": an "it" that stands for no one, right before its clause's real subject. */
const RAISING = /\bit\s+(?:appears|appeared|seems|seemed)(?:\s+that)?\s+$/i;
/**
 * "It appears that Trump and Lewandowski had helped … by publicly denying …": when no subject is found (or only an
 * "it"), the name right after "it appears (that)", with its partner in "A and B".
 */
function raisedSubject(ctx: Context, unit: Unit, m: Resolved | null, pos: number): string | null {
  if (m && !(m.kind === 'pronoun' && m.text.toLowerCase() === 'it')) return null;
  const name = unit.mentions.find((x) => x.end <= pos && x.kind === 'name' && !x.possessive && !x.modifier && RAISING.test(ctx.text.slice(Math.max(unit.start, x.start - 24), x.start)));
  if (!name?.canonical) return null;
  const partner = partnerOf(ctx, unit, name, pos);
  return partner && partner.start > name.start ? `${name.canonical} and ${partner.canonical}` : name.canonical;
}

/** "A spokesman for Hillary Clinton said": the agent with the one it speaks for, as the article words it, when m ends right before the verb at pos. */
function agentFor(ctx: Context, unit: Unit, m: Resolved, pos: number): string | null {
  const lo = Math.max(unit.start, m.start - 60);
  const agent = AGENT_FOR.exec(ctx.text.slice(lo, m.start));
  return agent && /^\s*(?:(?:\w+ly|has|had|have|also|later)\s+)*$/.test(ctx.text.slice(m.end, pos)) ? ctx.text.slice(lo + agent.index, m.end) : null;
}

/** A present participle at pos ("calling", "denying"): a clause going on from an earlier subject. */
const participleAt = (text: string, pos: number): boolean => /^\p{L}\p{Ll}+ing\b/u.test(text.slice(pos, pos + 24));

/** "Trump’s attorney, Alan Garten, said": a name set off by commas right before the verb at pos. */
function appositiveBefore(ctx: Context, unit: Unit, pos: number): Resolved | undefined {
  const text = ctx.text;
  return unit.mentions.find((m) => m.kind === 'name' && !m.possessive && m.end <= pos && /^\s*,\s*(?:\w+ly\s+)?$/.test(text.slice(m.end, pos)) && /,\s*$/.test(text.slice(Math.max(unit.start, m.start - 3), m.start)));
}

/** Remembers the plural subject of a sentence, if it has one: two names joined by "and", or an organisation. */
function notePlural(ctx: Context, unit: Unit, s: Sentence): void {
  const m = unit.mentions.find((x) => x.start >= s.start && x.end <= s.end && !x.possessive && !x.modifier);
  if (!m?.canonical) return;
  const partner = m.kind === 'name' ? partnerOf(ctx, unit, m, s.end) : null;
  if (partner && partner.start > m.start) pluralOf.set(ctx, `${m.canonical} and ${partner.canonical}`);
  else if (m.entity?.kind === 'org') {
    pluralOf.set(ctx, m.canonical);
    if (!m.place) orgOf.set(ctx, m.canonical);
  }
}

/** A possessive name and the role or body noun it owns right after it: "Marsh's office", "Smith’s campaign manager". */
const OWNED_AFTER = /^['’]?s?\s+((?:\p{Ll}[\p{Ll}-]+\s+){0,2}(\p{Ll}+))/u;
/**
 * The agent after "by" (or "from") at pos: "was denied by Marsh's office" is the office as the article words it, not
 * Marsh; else the mention there.
 */
function agentAfter(ctx: Context, unit: Unit, pos: number): Resolved | string | null {
  const m = firstMentionAfter(unit, pos);
  if (!m?.possessive || m.kind !== 'name') return m;
  const o = OWNED_AFTER.exec(ctx.text.slice(m.end, m.end + 60));
  if (!o || !(PERSON_ROLE_NOUNS.has(o[2]) || PROXY_NOUNS.has(o[2]) || OWNED_SIDES.has(o[2]) || ORG_ROLE_NOUNS.has(o[2]))) return m;
  return ctx.text.slice(m.start, m.end + o[0].length);
}

function firstMentionAfter(unit: Unit, pos: number): Resolved | null {
  return unit.mentions.find((m) => m.start >= pos && m.start - pos <= 3) ?? null;
}

/** Who, in the sentence, reports the falsity: the speaker of a reporting verb other than the one at `exclude`. */
function reporterOf(ctx: Context, unit: Unit, s: Sentence, exclude: number, alsoExclude = -1): string | null {
  if (reporterMemo.sentence !== s) reporterMemo = sentenceReporters(ctx, unit, s);
  const kept = (x: { cue: Cue }): boolean => x.cue.start !== exclude && x.cue.start !== alsoExclude;
  // a cue whose speaker is named, else "“…,” they said": the latest plural subject
  return (reporterMemo.named.find(kept) ?? reporterMemo.plural.find(kept))?.who ?? null;
}

interface SentenceReporters {
  sentence: Sentence | null;
  /** The sentence's cues, in order, with who speaks through each: named (cueReporter), or the plural subject before it. */
  named: { cue: Cue; who: string }[];
  plural: { cue: Cue; who: string }[];
}
/**
 * Rules ask for a sentence's reporter once per word, each leaving out a cue or two: the cues that name someone are
 * listed once per sentence (a hostile sentence with a hundred reporting verbs took 0.3 s, every call reading every
 * cue back to its subject). The plural subjects that pluralBefore reads are noted after the sentence is read, so
 * they hold while it is.
 */
let reporterMemo: SentenceReporters = { sentence: null, named: [], plural: [] };

function sentenceReporters(ctx: Context, unit: Unit, s: Sentence): SentenceReporters {
  const out: SentenceReporters = { sentence: s, named: [], plural: [] };
  for (const cue of sentenceCues(ctx, unit, s)) {
    const who = cueReporter(ctx, unit, cue);
    if (who) out.named.push({ cue, who });
    const plural = pluralBefore(ctx, unit, cue.start);
    if (plural) out.plural.push({ cue, who: plural });
  }
  return out;
}

/**
 * The cues that lie wholly in sentence s (a unit's cues are in text order). Rules ask for the reporter once per
 * word of a sentence, so these and each cue's reporter are looked up, not searched for again: a hostile sentence of
 * 2,000 characters holding a hundred reporting verbs took 0.3 s, every call reading every cue back to its subject.
 */
function sentenceCues(ctx: Context, unit: Unit, s: Sentence): Cue[] {
  const all = cuesOf(ctx, unit);
  const out: Cue[] = [];
  for (let i = lowerBound(all, (c) => c.start < s.start); i < all.length && all[i].start < s.end; i++) if (all[i].end <= s.end) out.push(all[i]);
  return out;
}

const cueReporters = new WeakMap<Cue, string | null>();
/** Who speaks through cue c, as reporterOf names them (null: no one named). Depends on the cue alone, so kept. */
function cueReporter(ctx: Context, unit: Unit, c: Cue): string | null {
  let r = cueReporters.get(c);
  if (r !== undefined) return r;
  r = null;
  // "Trump’s attorney, Alan Garten, said Nunberg was …": the name between commas says it, not the name after the verb
  const app = appositiveBefore(ctx, unit, c.start);
  if (app?.canonical) r = app.canonical;
  else {
    const m = speakerOfCue(ctx, unit, c);
    // "Clinton’s campaign said the story was inaccurate": the campaign, not Clinton; "a spokesman for Clinton said": the spokesman
    if (m?.canonical) r = (m.kind === 'name' && m.possessive ? ownedBefore(ctx, unit, c.start) : null) ?? agentFor(ctx, unit, m, c.start) ?? m.canonical;
    // "Gomez's union said", "the union said" with no one the coreference could name: the side or role as the article words it
    // (not the object of a preposition: "an article cited by her campaign quoted …")
    else if (!prepositionalBefore(unit, c.start)) r = ownedBefore(ctx, unit, c.start) ?? roleBefore(ctx, unit, c.start) ?? describedBefore(ctx, unit, c.start);
  }
  cueReporters.set(c, r);
  return r;
}

/** "According to the officer in charge of the base, …": the source as the article words it, when no one is named. */
function accordingSource(ctx: Context, unit: Unit, s: Sentence): string | null {
  const according = cuesOf(ctx, unit).find((c) => c.according && c.start >= s.start && c.end <= s.end);
  return according ? accordingPhrase(ctx.text, unit, according.end) : null;
}

/** The words after "according to" up to the next punctuation, at most twelve, as the source: "the officer in charge of the base". */
function accordingPhrase(text: string, unit: Unit, from: number): string | null {
  const m = /^\s+((?:the|a|an)\s+[^,.;:!?()“”"]{3,90}?)\s*(?=[,.;:!?()]|$)/i.exec(text.slice(from, Math.min(unit.end, from + 120)));
  if (!m || m[1].split(/\s+/).length > 12) return null;
  return m[1].replace(/^The\b/, 'the').replace(/\s+(?:that|this|last|on|on\s+that)\s+(?:\w+)$/i, (t) => (TIME_WORDS.has(t.trim().split(/\s+/).pop()!.toLowerCase()) ? '' : t));
}

/** Who reports what is said at pos: the speaker of the sentence's cue nearest to it ("…, according to Factcheck.org"). */
function reporterNear(ctx: Context, unit: Unit, s: Sentence, pos: number): string | null {
  const cues = sentenceCues(ctx, unit, s).sort((a, b) => Math.abs(a.start - pos) - Math.abs(b.start - pos));
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
