import { clauseSubject, speakerAfterVerb, subjectOfVerb } from './clause';
import type { Resolved } from './coref';
import { CLAUSE_OPENERS, FRONTED_CLAUSE_OPENERS, MODALS, PREPOSITIONS, QUOTE_CLOSING_VERBS, SPEECH_NOUNS, SPEECH_VERBS, SUBORDINATORS, VERBS, verbHas } from './lexicon';
import { cuesOf, notACue, speakerOfCue, type AttributionState } from './cues';
import { mentionEnd, mentionEndingAt, mentionStartingAt, streamOf } from './stream';
import { ATTRIBUTION, LIMITS } from './thresholds';
import { lowerBound } from './lower-bound';
import { quoteKeyLength, quoteKeysOf } from './quotes';

/**
 * The attribution sieves, in the order they are tried: the first that names a speaker decides. Each has an
 * id (named in the finding's reason and in scripts/eval-polnear.ts's per-sieve table), a confidence, and the
 * words the reader sees: "Said by Donald Trump, named right after the quote".
 */
export interface Sieve {
  id: string;
  confidence: number;
  /** How the speaker was found, as the end of "Said by X, …". */
  explain: string;
  apply(state: AttributionState, qi: number): string | null;
}

const nameOf = (m: Resolved | null | undefined): string | null => m?.canonical ?? null;

/** Where quotation qi sits: its unit, the unit's stream and the quotation's element index. */
function place(state: AttributionState, qi: number) {
  const { ctx } = state;
  const ui = ctx.quoteUnit[qi];
  const unit = ctx.units[ui];
  const s = streamOf(ctx, unit);
  return { ctx, ui, unit, s, qe: s.quoteAt.get(qi) ?? -1 };
}

/** "Clinton: “Our goal is …”", "Continued Stone: “…”" — a name (after an inverted verb) and a colon open the paragraph. */
const label: Sieve = {
  id: 'label', confidence: ATTRIBUTION.label, explain: 'named before the colon that opens the quote',
  apply(state, qi) {
    const { ctx, unit, s, qe } = place(state, qi);
    if (qe < 2 || ctx.blocks[unit.block].start !== s.elements[0]?.start) return null;
    const colon = s.elements[qe - 1];
    if (colon.kind !== 'punct' || colon.char !== ':') return null;
    // "Continued Stone: “…”", "Added Ms. Reed: “…”": an inverted reporting verb may come first
    const first = s.elements[0];
    const at = first?.kind === 'word' && first.mention < 0 && SPEECH_VERBS.has(first.lower) ? 1 : 0;
    const m = mentionStartingAt(unit, s, at);
    if (!m || m.kind !== 'name' || mentionEnd(s, at) !== qe - 2) return null;
    return nameOf(m);
  },
};

/** Words in capitals before a colon that are no speaker: "UPDATE: …", "EDITOR'S NOTE: …". */
const NOT_LABELS = /^(?:UPDATE|UPDATED|NOTE|EDITOR'?S NOTE|BREAKING|BREAKING NEWS|WATCH|READ|READ MORE|RELATED|PHOTOS?|VIDEO|CORRECTION|CLARIFICATION|ALERT|WARNING|SPOILER|TRANSCRIPT|ANNOUNCER|SOURCE|QUESTION|ANSWER|AUDIENCE|CROWD|UNIDENTIFIED|UNKNOWN|TEXT|SUBJECT|RE|PS|FYI|LIVE|EXCLUSIVE|OPINION|ANALYSIS|MORE|ALSO|AND|OR|BUT|THE|[A-Z])$/;
/** A transcript's speaker label inside the quotation: "“PENCE: Well, look, …", "“MR. TRUMP: …". */
const TRANSCRIPT_LABEL = /^((?:(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|GENERAL|PRESIDENT|SENATOR|GOVERNOR|SECRETARY)\.? )?\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’.-]*){0,2}): \S/u;

/** The article's person whose surname the label gives ("PENCE" → Mike Pence), the likeliest by mentions. */
function personBySurname(ctx: AttributionState['ctx'], surname: string): string | null {
  const want = surname.toLowerCase();
  let best: Resolved['entity'] = null;
  for (const u of ctx.units) {
    for (const m of u.mentions) {
      const e = m.entity;
      if (!e || e.kind !== 'person' || e === best) continue;
      if (e.canonical.toLowerCase().split(' ').pop() === want && (!best || e.mentions > best.mentions)) best = e;
    }
  }
  return best?.canonical ?? null;
}

const titleCase = (w: string): string => w.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

const transcriptLabel: Sieve = {
  id: 'transcript-label', confidence: ATTRIBUTION.label, explain: 'named by the transcript label that opens the quote',
  apply(state, qi) {
    const { ctx } = state;
    const q = ctx.quotes[qi];
    const m = TRANSCRIPT_LABEL.exec(ctx.text.slice(q.innerStart, Math.min(q.innerEnd, q.innerStart + 60)));
    if (!m || NOT_LABELS.test(m[1])) return null;
    const words = m[1].replace(/^(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|GENERAL|PRESIDENT|SENATOR|GOVERNOR|SECRETARY)\.? /, '').split(' ');
    const surname = words[words.length - 1]!.replace(/[.]$/, '');
    if (surname.length < 2) return null;
    return personBySurname(ctx, surname) ?? titleCase(words.join(' '));
  },
};

/** "“…” — Martha Aguilar", "“…” -President Obama, tweeting after the speech". */
const dashCredit: Sieve = {
  id: 'dash-credit', confidence: ATTRIBUTION.dashCredit, explain: 'credited after a dash',
  apply(state, qi) {
    const { ctx, unit, s, qe } = place(state, qi);
    const next = s.elements[qe + 1];
    if (!next) return null;
    const q = ctx.quotes[qi];
    const at = next.kind === 'punct' && next.char === '—' ? qe + 2 : next.kind === 'word' && /^\s*[-—―–]\s*$/.test(ctx.text.slice(q.end, next.start)) ? qe + 1 : -1;
    if (at < 0) return null;
    const m = mentionStartingAt(unit, s, at);
    return m && (m.kind === 'name' || m.kind === 'role') && !m.possessive ? nameOf(m) : null;
  },
};

/** Reporting verbs of two words: "shot back", "pointed out", "went on", "chimed in" (either word alone reports nothing). */
const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ['shot', 'back'], ['fired', 'back'], ['hit', 'back'], ['pushed', 'back'], ['snapped', 'back'], ['pointed', 'out'], ['points', 'out'],
  ['went', 'on'], ['goes', 'on'], ['chimed', 'in'], ['piped', 'up'], ['spoke', 'up'], ['cut', 'in'], ['summed', 'up'], ['sums', 'up'],
]);
/** Whether element k starts a two-word reporting verb ("pointed out"). */
function phrasalCueAt(s: ReturnType<typeof streamOf>, k: number): boolean {
  const v = s.elements[k];
  const p = s.elements[k + 1];
  if (v?.kind !== 'word' || v.token.cap || v.mention >= 0 || p?.kind !== 'word' || PHRASAL_CUES.get(v.lower) !== p.lower) return false;
  // "Trump went on, …" reports; "the Senate goes on recess" does not
  return p.lower !== 'on' || s.elements[k + 2]?.kind !== 'word';
}

/** Words that may open the speaker's phrase right after a quotation: "“…,” a Meta spokesperson said". */
const AFTER_QUOTE_OPENERS = new Set(['a', 'an', 'the', 'one', 'another', 'his', 'her', 'their', 'its', 'our']);

/** "“…,” said Jane Doe", "“…,” Jane Doe said", "“…,” the minister, Jo Reed, told reporters", "“…,” a Meta spokesperson said". */
const afterQuote: Sieve = {
  id: 'after-quote', confidence: ATTRIBUTION.afterQuote, explain: 'named right after the quote',
  apply(state, qi) {
    const { ctx, unit, s, qe } = place(state, qi);
    let j = qe + 1;
    if (s.elements[j]?.kind === 'punct' && (s.elements[j] as { char: string }).char === ',') j++;
    const e = s.elements[j];
    if (!e || e.kind !== 'word') return null;
    // "“…,” adding that …": a participle after the quotation continues the sentence's speaker, named elsewhere
    if (SPEECH_VERBS.has(e.lower) && !e.token.cap) return verbHas(e.lower, 'inverts') && !e.lower.endsWith('ing') ? nameOf(speakerAfterVerb(ctx, unit, j) ?? documentAuthor(unit, s, j + 1)) : null;
    // "“…?” reacted Quill.": a verb that reports words only when nothing else follows the name
    if (QUOTE_CLOSING_VERBS.has(e.lower) && !e.token.cap) {
      const m = speakerAfterVerb(ctx, unit, j);
      return m && m.start === s.elements[j + 1]?.start && closesClause(s, mentionEnd(s, j + 1) + 1) ? nameOf(m) : null;
    }
    if (!mentionStartingAt(unit, s, j) && !AFTER_QUOTE_OPENERS.has(e.lower)) return null; // "“…” as the commission rejects …"
    // "Mayer said, and “patched” the software as the company …": words quoted mid-clause, no comma or stop closing
    // them, and a determiner after — the quotation's own sentence goes on; a speaker after it would be a new clause's
    if (j === qe + 1 && AFTER_QUOTE_OPENERS.has(e.lower) && !e.token.cap && !/[,.?!…—–-]$/.test(ctx.text.slice(ctx.quotes[qi].innerStart, ctx.quotes[qi].innerEnd))) return null;
    for (let k = j + 1; k < s.elements.length && k <= j + ATTRIBUTION.maxVerbDistance; k++) {
      const v = s.elements[k];
      if (v.kind === 'quote' || (v.kind === 'punct' && '.;?!'.includes(v.char))) return null;
      const closing = v.kind === 'word' && QUOTE_CLOSING_VERBS.has(v.lower) && !v.token.cap && v.mention < 0 && closesClause(s, k + 1);
      if (v.kind === 'word' && ((SPEECH_VERBS.has(v.lower) && !v.token.cap && v.mention < 0) || closing || phrasalCueAt(s, k))) {
        // "After Scalia said that they might do better at “less advanced schools,” Trump said: “I don't like …”": a verb
        // with a colon and a quotation after it introduces that quotation, not the words quoted before it
        if (introducesQuote(s, k) && opensClauseBefore(s, qe)) return null;
        const subject = subjectOfVerb(ctx, unit, k).mention;
        return subject && subject.start > e.start - 1 ? nameOf(subject) : null;
      }
    }
    return nameOf(beforeLongAside(unit, s, j));
  },
};

/** Whether the verb at element k introduces the quotation after it with a colon ("Trump said: “…”"). */
function introducesQuote(s: ReturnType<typeof streamOf>, k: number): boolean {
  const colon = s.elements[k + 1];
  return colon?.kind === 'punct' && colon.char === ':' && s.elements[k + 2]?.kind === 'quote';
}

/** Whether the quotation at element qe stands inside a clause of its own: a reporting verb or "that" before it in the sentence. */
function opensClauseBefore(s: ReturnType<typeof streamOf>, qe: number): boolean {
  for (let k = qe - 1; k >= 0; k--) {
    const e = s.elements[k];
    if (e.kind === 'quote' || (e.kind === 'punct' && '.;?!:'.includes(e.char))) return false;
    if (e.kind === 'word' && !e.token.cap && (SPEECH_VERBS.has(e.lower) || e.lower === 'that')) return true;
  }
  return false;
}

/** Past participles that name what something was called: "labeled as a “witch hunt” by Democrats". */
const NAMING_PARTICIPLES = new Set(['called', 'labeled', 'labelled', 'described', 'dubbed', 'branded', 'termed', 'characterized', 'characterised', 'deemed', 'derided', 'denounced', 'hailed', 'decried', 'dismissed', 'mocked', 'nicknamed']);
/** Words that may stand between the participle and the quotation: "called it “…”", "described as a “…”". */
const NAMING_FILLERS = new Set(['as', 'a', 'an', 'the', 'it', 'them', 'him', 'her', 'this', 'that', 'simply', 'merely', 'variously', 'once']);

/** "often labeled as a “witch hunt” by Democrats", "was called “a disaster” by Jane Roe": the agent right after the quotation. */
const passiveBy: Sieve = {
  id: 'passive-by', confidence: ATTRIBUTION.passiveBy, explain: 'named after “by” (“called … by X”)',
  apply(state, qi) {
    const { unit, s, qe } = place(state, qi);
    if (qe < 0) return null;
    if (!isWord(s.elements[qe + 1], 'by')) return nameOf(agentBeforeAs(unit, s, qe));
    let k = qe - 1;
    for (let n = 0; n < 3 && wordIs(s.elements[k], NAMING_FILLERS); n++) k--;
    if (!wordIs(s.elements[k], NAMING_PARTICIPLES)) return null;
    const m = mentionStartingAt(unit, s, qe + 2);
    return m && !m.possessive && m.kind !== 'pronoun' ? nameOf(m) : null;
  },
};

/** "known by some Republicans as a “hug”", "described by Jane Roe as “reckless”": the agent between "by" and "as". */
function agentBeforeAs(unit: AttributionState['ctx']['units'][number], s: ReturnType<typeof streamOf>, qe: number): Resolved | null {
  let k = qe - 1;
  if (wordIs(s.elements[k], DOCUMENT_DETERMINERS)) k--;
  if (!isWord(s.elements[k], 'as')) return null;
  const m = mentionEndingAt(unit, s, k - 1);
  if (!m || m.possessive || m.kind === 'pronoun') return null;
  const first = s.elements.findIndex((e) => e.start === m.start);
  let f = first - 1;
  if (wordIs(s.elements[f], AGENT_QUANTIFIERS)) f--; // "by some Republicans" (when the mention leaves the quantifier out)
  return isWord(s.elements[f], 'by') && (wordIs(s.elements[f - 1], NAMING_PARTICIPLES) || isWord(s.elements[f - 1], 'known')) ? m : null;
}
const AGENT_QUANTIFIERS = new Set(['some', 'many', 'most', 'several', 'few']);

/** Written things that may "say" on their author's behalf: "said a report from Kotak Institutional Equities". */
const AUTHORED_NOUNS = new Set(['report', 'study', 'survey', 'analysis', 'note', 'statement', 'release', 'letter', 'memo', 'filing', 'research']);

/** "“…,” said a report from Kotak Institutional Equities": the author a document noun names after "from", "by" or "of". */
function documentAuthor(unit: AttributionState['ctx']['units'][number], s: ReturnType<typeof streamOf>, j: number): Resolved | null {
  let k = j;
  if (wordIs(s.elements[k], DOCUMENT_DETERMINERS)) k++;
  if (s.elements[k]?.kind === 'word' && !(s.elements[k] as { token: { cap: boolean } }).token.cap && s.elements[k + 1]?.kind === 'word' && AUTHORED_NOUNS.has((s.elements[k + 1] as { lower: string }).lower)) k++; // "a new report"
  if (!wordIs(s.elements[k], AUTHORED_NOUNS) || !wordIs(s.elements[k + 1], SPEECH_FROM)) return null;
  const m = mentionStartingAt(unit, s, k + 2) ?? (isWord(s.elements[k + 2], 'the') ? mentionStartingAt(unit, s, k + 3) : null);
  return m && m.kind === 'name' && !m.possessive && !m.modifier ? m : null;
}

/** Whether element k ends the clause: the end of the sentence, a comma, a stop or a quotation ("“…?” Lind pressed."). */
function closesClause(s: ReturnType<typeof streamOf>, k: number): boolean {
  const e = s.elements[k];
  return !e || e.kind === 'quote' || (e.kind === 'punct' && ',.;?!'.includes(e.char));
}

/**
 * "“…,” Jim Chilton, senior vice president for space and launch at Boeing Defense, Space, and Security, said": a name
 * right after the quotation, then an aside too long for the verb search, closed by a comma right before the verb.
 */
function beforeLongAside(unit: Parameters<typeof mentionStartingAt>[0], s: ReturnType<typeof streamOf>, j: number) {
  const m = mentionStartingAt(unit, s, j);
  if (!m || m.kind !== 'name' || m.possessive || m.org) return null;
  const after = mentionEnd(s, j) + 1;
  if (!isComma(s.elements[after])) return null;
  for (let k = after + 1; k < s.elements.length && k <= after + ATTRIBUTION.maxAsClause; k++) {
    const v = s.elements[k];
    if (v.kind === 'quote' || (v.kind === 'punct' && '.;?!'.includes(v.char))) return null;
    if (v.kind === 'word' && SPEECH_VERBS.has(v.lower) && !v.token.cap && v.mention < 0 && !v.lower.endsWith('ing')) return isComma(s.elements[k - 1]) ? m : null;
  }
  return null;
}

/**
 * "Sondland was known for telling others “he was in charge of Ukraine” despite …, said another witness, Fiona Hill": a
 * comma and an inverted reporting verb later in the quotation's sentence credit everything before them — the one who
 * told the reporter, not the one the sentence reports on.
 */
const trailingCredit: Sieve = {
  id: 'trailing-credit', confidence: ATTRIBUTION.reportingSpeaker, explain: 'named at the end of the sentence (“…, said X”)',
  apply(state, qi) {
    const { ctx, unit, s, qe } = place(state, qi);
    for (let k = qe + 2; k < s.elements.length; k++) {
      const e = s.elements[k];
      if (e.kind === 'quote' || (e.kind === 'punct' && '.;?!'.includes(e.char))) return null;
      if (e.kind !== 'word' || e.token.cap || e.mention >= 0 || !isComma(s.elements[k - 1]) || !SPEECH_VERBS.has(e.lower) || !verbHas(e.lower, 'inverts') || e.lower.endsWith('ing')) continue;
      const m = speakerAfterVerb(ctx, unit, k) ?? describedPersonAtEnd(unit, s, k + 1);
      if (!m || m.kind === 'pronoun') return null;
      // the speaker's phrase closes the sentence ("…, said Fiona Hill."), or only when, where or how follows it
      const after = s.elements[mentionEnd(s, s.elements.findIndex((x) => x.start === m.start)) + 1];
      return !after || after.kind === 'punct' || (after.kind === 'word' && SAID_HOW.has(after.lower)) ? nameOf(m) : null;
    }
    return null;
  },
};

/**
 * "…, said another witness in the impeachment probe, former White House Russia adviser Fiona Hill.": a person's name that
 * closes the sentence after a description of a few words and a comma, from element `from`.
 */
function describedPersonAtEnd(unit: AttributionState['ctx']['units'][number], s: ReturnType<typeof streamOf>, from: number): Resolved | null {
  for (let k = from; k < s.elements.length && k <= from + ATTRIBUTION.describedSpeakerWords; k++) {
    const e = s.elements[k];
    if (e.kind === 'quote' || (e.kind === 'punct' && '.;?!'.includes(e.char))) return null;
    if (e.kind !== 'word' || e.mention < 0) continue;
    const m = unit.mentions[e.mention];
    const end = mentionEnd(s, k);
    const after = s.elements[end + 1];
    if (m.kind === 'name' && !m.org && !m.possessive && !m.modifier && m.entity?.kind === 'person' && (!after || (after.kind === 'punct' && '.;?!'.includes(after.char)))) return m;
    k = end;
  }
  return null;
}

/** "Jane Doe said: “…”", "Mr. Trump said on Twitter that “…”", "Kasich cautioned “let’s not …”". */
const beforeQuote: Sieve = {
  id: 'before-quote', confidence: ATTRIBUTION.beforeQuote, explain: 'named just before the quote',
  apply: (state, qi) => nameOf(nearestCueBefore(state, qi)),
};

/** The speaker of the nearest reporting verb before quotation qi in its sentence ("Jane Doe said: “…”"). */
function nearestCueBefore(state: AttributionState, qi: number): Resolved | null {
  const { ctx, unit, s, qe } = place(state, qi);
  for (let k = qe - 1; k >= 0 && k >= qe - ATTRIBUTION.maxVerbDistance; k--) {
    const e = s.elements[k];
    if (e.kind === 'quote' || (e.kind === 'punct' && '.;?!'.includes(e.char))) return null;
    // "Hillary shot back, “…”", "as Mr. Rubel pointed out, “…”"
    if (phrasalCueAt(s, k)) {
      const subject = subjectOfVerb(ctx, unit, k).mention;
      if (subject) return subject;
    }
    if (e.kind === 'word' && SPEECH_VERBS.has(e.lower) && !e.token.cap && e.mention < 0 && !notACue(s, k)) {
      const absolute = e.lower.endsWith('ing') ? withSubject(unit, s, k) ?? withSubjectBeforeAnd(unit, s, k) : null;
      if (absolute) return absolute;
      const m = speakerOfCue(ctx, unit, { at: k, start: e.start, end: e.end, word: e.lower, according: false });
      // "Clinton said that when Warren railed against Wall Street, “she is speaking for all of us”": the verb of a
      // "when" or "if" clause closed by a comma before the quotation is no cue of it — the one before the clause may be
      // (not "after Mr. Trump … had said, “…”": the clause's verb that the quotation follows right after its comma)
      if (m && m.start < e.start && subordinateBefore(s, m.start) && s.elements.slice(k + 2, qe).some(isComma)) continue;
      // "Dean Lowe, a salesman from Sumter, says Cruz will “…”": a name after the verb that a verb follows is
      // what is said, not who says it — the clause's subject before the verb speaks
      if (m && m.start > e.start) {
        const last = s.elements.findIndex((x) => x.start >= m.end);
        const after = last < 0 ? undefined : s.elements[last];
        if (after?.kind === 'word' && !after.token.cap && !SPEECH_VERBS.has(after.lower)) {
          const subject = clauseSubject(ctx, unit, k);
          return subject && subject.end <= e.start ? subject : null;
        }
      }
      return m;
    }
  }
  return null;
}

/**
 * Whether the word right before the element at text offset `start` opens a "when", "if" or "because" clause inside
 * what another verb reports ("said that when …") — not "laughed when he urged voters, “…”".
 */
function subordinateBefore(s: ReturnType<typeof streamOf>, start: number): boolean {
  const i = s.elements.findIndex((x) => x.start === start);
  const w = s.elements[i - 1];
  if (w?.kind !== 'word' || w.token.cap || !FRONTED_CLAUSE_OPENERS.has(w.lower)) return false;
  const v = s.elements[i - 2];
  return v?.kind === 'word' && !v.token.cap && v.lower === 'that';
}

/**
 * "…, with Gorka noting the absurdity of “…”", "with Sen. Jo Reed calling it a “menu”": in a "with X doing"
 * phrase X, right before the participle (an adverb may come between), is the one who speaks.
 */
function withSubject(unit: AttributionState['ctx']['units'][number], s: ReturnType<typeof streamOf>, k: number): Resolved | null {
  let j = k - 1;
  if (isAdverb(s.elements[j])) j--;
  const m = mentionEndingAt(unit, s, j);
  if (!m || m.possessive || (m.kind !== 'name' && m.kind !== 'role' && m.kind !== 'pronoun') || m.org) return null;
  const w = s.elements[s.elements.findIndex((x) => x.start === m.start) - 1];
  return w?.kind === 'word' && w.lower === 'with' ? m : null;
}

/**
 * "with Donald Trump tweeting that it was a “disaster” and asking, “…”": a participle after "and" goes on with the
 * "with X doing" of the participle it is joined to (within the sentence, no full stop or semicolon between).
 */
function withSubjectBeforeAnd(unit: AttributionState['ctx']['units'][number], s: ReturnType<typeof streamOf>, k: number): Resolved | null {
  let j = k - 1;
  if (isAdverb(s.elements[j])) j--;
  if (!isWord(s.elements[j], 'and')) return null;
  for (let i = j - 1; i >= 0 && i >= j - ATTRIBUTION.maxVerbDistance; i--) {
    const e = s.elements[i];
    if (e.kind === 'punct' && '.;?!'.includes(e.char)) return null;
    if (e.kind === 'word' && !e.token.cap && e.mention < 0 && e.lower.endsWith('ing') && VERBS.has(e.lower)) return withSubject(unit, s, i);
  }
  return null;
}

/** "Rep. Jo Reed said Smith assured them that Democrats “would not …”": the one who reports, before the one reported. */
const reportingSpeaker: Sieve = {
  id: 'reporting-speaker', confidence: ATTRIBUTION.reportingSpeaker, explain: 'who reports the words, named before the quote',
  apply: (state, qi) => nameOf(reporterOf(state, qi, nearestCueBefore(state, qi))),
};

/**
 * "Rep. Jo Reed said Smith assured them that Democrats “would not …”": the reporting verb nearest the quotation
 * sits inside what an earlier one reports, and the words quoted are those of the person who told the reporter (the
 * outer speaker), not of the one they describe. The inner verb's subject must follow the outer verb directly (or
 * after "that"); the outer verb needs a speaker of its own.
 */
function reporterOf(state: AttributionState, qi: number, inner: Resolved | null): Resolved | null {
  if (!inner) return null;
  const { ctx, unit, s } = place(state, qi);
  let j = s.elements.findIndex((x) => x.start === inner.start) - 1;
  if (j < 1) return null;
  const that = s.elements[j];
  if (that.kind === 'word' && that.lower === 'that') j--;
  const v = s.elements[j];
  if (!v || v.kind !== 'word' || !SPEECH_VERBS.has(v.lower) || v.token.cap || v.mention >= 0 || v.lower.endsWith('ing') || notACue(s, j)) return null;
  const outer = speakerOfCue(ctx, unit, { at: j, start: v.start, end: v.end, word: v.lower, according: false });
  return outer && outer.kind !== 'group' && outer.canonical && outer.canonical !== inner.canonical ? outer : null;
}

/** Nouns for a written statement that may "say" things itself: "“…,” the statement said", "the letter reads". */
const DOCUMENT_NOUNS = new Set(['statement', 'release', 'letter', 'memo', 'email', 'e-mail', 'post', 'tweet', 'notice', 'filing', 'note', 'message', 'announcement', 'communique', 'communiqué']);
const DOCUMENT_VERBS = new Set(['read', 'reads']);
const IT = new Set(['it']);
const DOCUMENT_DETERMINERS = new Set(['the', 'its', 'their', 'this', 'that', 'a', 'his', 'her']);
type Elem = ReturnType<typeof streamOf>['elements'][number];
const wordIs = (e: Elem | undefined, set: ReadonlySet<string>): boolean => e?.kind === 'word' && !e.token.cap && set.has(e.lower);
const isWord = (e: Elem | undefined, w: string): boolean => e?.kind === 'word' && e.lower === w;
const documentVerb = (e: Elem | undefined): boolean => e?.kind === 'word' && !e.token.cap && e.mention < 0 && (SPEECH_VERBS.has(e.lower) || DOCUMENT_VERBS.has(e.lower)) && !e.lower.endsWith('ing');

/** Whether elements from j read "the statement said" / "it says" (a document, or "it", speaking), up to its verb. */
function documentSpeaksAt(els: readonly Elem[], j: number): boolean {
  if (wordIs(els[j], IT)) return documentVerbAt(els, j + 1);
  if (!wordIs(els[j], DOCUMENT_DETERMINERS)) return false;
  let k = j + 1;
  const adjective = els[k];
  if (adjective?.kind === 'word' && !adjective.token.cap && !DOCUMENT_NOUNS.has(adjective.lower) && wordIs(els[k + 1], DOCUMENT_NOUNS)) k++; // "the joint statement"
  if (!wordIs(els[k], DOCUMENT_NOUNS)) return false;
  return documentVerbAt(els, k + 1);
}

/** Whether a reporting verb stands at k, or right after one adverb there ("it said", "it also said"). */
const documentVerbAt = (els: readonly Elem[], k: number): boolean => documentVerb(els[k]) || (isAdverb(els[k]) && documentVerb(els[k + 1]));

/** The element right after a quotation's close, past one comma ("“…,” it said"). */
function pastQuoteComma(els: readonly Elem[], qe: number): number {
  const j = qe + 1;
  return els[j]?.kind === 'punct' && (els[j] as { char: string }).char === ',' ? j + 1 : j;
}

/**
 * "“…,” the statement said", "“…,” it says", "The letter reads: “…”": the words are those of whoever issued the
 * statement — the speaker named with the nearest earlier mention of a statement ("the US military said in a
 * statement"), else the speaker of the quotation before it ("they've put out another statement").
 */
const documentSpeaker: Sieve = {
  id: 'document', confidence: ATTRIBUTION.document, explain: 'who issued the statement the article quotes',
  apply(state, qi) {
    const { ctx, ui, unit, s, qe } = place(state, qi);
    const els = s.elements;
    const j = pastQuoteComma(els, qe);
    let speaks = documentSpeaksAt(els, j) || (documentVerb(els[j]) && wordIs(els[j + 1], DOCUMENT_DETERMINERS) && wordIs(els[j + 2], DOCUMENT_NOUNS)); // "said the statement"
    if (!speaks) {
      // before the quotation: "The statement said: “…”", "It reads, in part, “…”"
      let k = qe - 1;
      while (k >= 0 && (els[k].kind === 'punct' ? ':,'.includes((els[k] as { char: string }).char) : isWord(els[k], 'that'))) k--;
      for (let d = k; d >= 0 && d >= k - 4 && !speaks; d--) speaks = documentSpeaksAt(els, d) && d + 4 >= k;
    }
    if (!speaks) return null;
    const { lastInUnitBefore } = latestSpeakers(state, qi);
    for (let u = ui - 1, seen = 0; u >= 0 && seen < ATTRIBUTION.maxDocumentLookback && ctx.units[u].block >= unit.block - 2; u--, seen++) {
      const prev = ctx.units[u];
      const ps = streamOf(ctx, prev);
      const doc = ps.elements.findIndex((e) => wordIs(e, DOCUMENT_NOUNS));
      if (doc < 0) continue;
      for (const c of cuesOf(ctx, prev)) {
        const m = speakerOfCue(ctx, prev, c);
        if (m?.entity) return nameOf(m);
      }
      // "The ministry issued a statement": the subject before the noun
      const m = clauseSubject(ctx, prev, doc);
      if (m?.entity) return nameOf(m);
      return lastInUnitBefore(u);
    }
    return null;
  },
};

const THEY = new Set(['they']);

/**
 * "“…,” it said in a statement", "“…,” they said", "It said: “…”": the body (for "it") or the group or body (for
 * "they") that is the nearest earlier sentence's subject, within two paragraphs.
 */
const bodyPronoun: Sieve = {
  id: 'body-pronoun', confidence: ATTRIBUTION.bodyPronoun, explain: 'the organisation or group “it” or “they” stands for',
  apply(state, qi) {
    const { ctx, ui, unit, s, qe } = place(state, qi);
    const els = s.elements;
    const j = pastQuoteComma(els, qe);
    let pronoun = (wordIs(els[j], IT) || wordIs(els[j], THEY)) && documentVerbAt(els, j + 1) ? (els[j] as { lower: string }).lower : '';
    if (!pronoun) {
      // "It said: “…”", "They said in a statement that “…”": the pronoun opens the sentence, a reporting verb follows
      const first = els[0];
      if (first?.kind !== 'word' || !(first.lower === 'it' || first.lower === 'they') || !documentVerb(els[1]) || qe > 12) return null;
      pronoun = first.lower;
    }
    for (let u = ui - 1, seen = 0; u >= 0 && seen < ATTRIBUTION.maxDocumentLookback && ctx.units[u].block >= unit.block - 2; u--, seen++) {
      const prev = ctx.units[u];
      const subject = prev.mentions.find((m) => !m.possessive && !m.modifier);
      if (!subject) continue;
      if (subject.kind === 'pronoun' || (subject.entity?.kind === 'person')) return null; // a person spoke last: not "it"
      if (pronoun === 'it' ? subject.org && subject.kind !== 'group' && !!subject.entity : subject.kind === 'group' || subject.org) return nameOf(subject);
      return null;
    }
    return null;
  },
};

/** The speaker of the latest attributed quotation at or before a unit. */
function latestSpeakers(state: AttributionState, qi: number) {
  return {
    lastInUnitBefore(u: number): string | null {
      for (let p = qi - 1; p >= 0; p--) if (state.ctx.quoteUnit[p] <= u && state.done[p]?.speaker) return state.done[p].speaker;
      return null;
    },
  };
}

/** "As Ms. Simonyan put it in a statement, RT is “…”", "…, as The New Yorker put it, “the operator.”" */
const asPutIt: Sieve = {
  id: 'as-clause', confidence: ATTRIBUTION.asPutIt, explain: 'named in an “as … put it” clause',
  apply(state, qi) {
    const { ctx, unit, s } = place(state, qi);
    for (let k = 0; k < s.elements.length - 2; k++) {
      const e = s.elements[k];
      if (e.kind !== 'word' || e.lower !== 'as') continue;
      const the = s.elements[k + 1];
      const at = the?.kind === 'word' && the.lower === 'the' && !mentionStartingAt(unit, s, k + 1) ? k + 2 : k + 1;
      const m = mentionStartingAt(unit, s, at);
      if (!m || m.possessive || (m.kind !== 'name' && m.kind !== 'role')) continue;
      let v = mentionEnd(s, at) + 1;
      const limit = v + ATTRIBUTION.maxAsClause;
      if (isComma(s.elements[v])) {
        // an appositive: "As Steven M. Rosenthal, a tax lawyer at the Urban Institute, recently put it"
        v++;
        while (v < limit && v < s.elements.length && !isComma(s.elements[v]) && s.elements[v].kind !== 'quote') v++;
        if (!isComma(s.elements[v])) continue;
        v++;
      }
      // "As Sherlock would say, “…”", "as she might put it": a modal before the verb
      while (isAdverb(s.elements[v]) || isModal(s.elements[v])) v++;
      const verb = s.elements[v];
      const next = s.elements[v + 1];
      if (verb?.kind !== 'word' || verb.token.cap) continue;
      const puts = verb.lower === 'put' && next?.kind === 'word' && next.lower === 'it';
      if (puts || (SPEECH_VERBS.has(verb.lower) && !verb.lower.endsWith('ing') && (next?.kind === 'punct' || (next?.kind === 'word' && (next.lower === 'it' || next.lower === 'in' || next.lower === 'on'))))) return nameOf(m);
    }
    return null;
  },
};

const isComma = (e: ReturnType<typeof streamOf>['elements'][number] | undefined): boolean => e?.kind === 'punct' && e.char === ',';
const isAdverb = (e: ReturnType<typeof streamOf>['elements'][number] | undefined): boolean =>
  e?.kind === 'word' && !e.token.cap && (/ly$/.test(e.lower) || e.lower === 'once' || e.lower === 'later' || e.lower === 'then' || e.lower === 'also');

const isModal = (e: ReturnType<typeof streamOf>['elements'][number] | undefined): boolean => e?.kind === 'word' && !e.token.cap && MODALS.has(e.lower);

/** The words after a speech noun that name its owner: "the contention of Hillary Clinton", "a warning from Xi". */
const SPEECH_FROM = new Set(['of', 'from', 'by']);

/** "Trump’s claim that there were “thousands of shootings”", "Bornstein's earlier missive … “the healthiest”". */
const possessiveSpeech: Sieve = {
  id: 'possessive-speech', confidence: ATTRIBUTION.possessiveSpeech, explain: 'whose words the sentence names (“X’s claim”)',
  apply(state, qi) {
    const { unit, s, qe } = place(state, qi);
    for (let k = qe - 1; k >= 1 && k >= qe - ATTRIBUTION.maxVerbDistance; k--) {
      const e = s.elements[k];
      if (e.kind === 'quote' || (e.kind === 'punct' && '.;?!'.includes(e.char))) return null;
      if (e.kind !== 'word' || e.token.cap || !SPEECH_NOUNS.has(e.lower)) continue;
      // "the contention of Hillary Clinton that …", "directives from Xi to “…”": the owner right after the noun
      const by = s.elements[k + 1];
      if (k + 2 < qe && by?.kind === 'word' && !by.token.cap && SPEECH_FROM.has(by.lower)) {
        const m = mentionStartingAt(unit, s, k + 2);
        if (m && !m.possessive && !m.modifier && (m.kind === 'name' || m.kind === 'role') && mentionEnd(s, k + 2) < qe) return nameOf(m);
      }
      // the owner, up to three modifiers before the noun: "Trump’s recent evidence-free assertion"
      for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
        const w = s.elements[j];
        if (w.kind !== 'word') break;
        if (w.mention >= 0) {
          const m = unit.mentions[w.mention];
          return m && m.possessive && s.mentionLast[w.mention] === j && (m.kind === 'name' || m.kind === 'role' || m.kind === 'pronoun') ? nameOf(m) : null;
        }
        // "her claim that …", "his description of it as “…”": the person coreference read the possessive as
        if (w.lower === 'his' || w.lower === 'her') return state.ctx.ownerAt(w.token.start)?.canonical ?? null;
        if (w.token.cap) break;
      }
    }
    return null;
  },
};

/** "according to Jane Doe" anywhere in the sentence. */
const accordingTo: Sieve = {
  id: 'according-to', confidence: ATTRIBUTION.accordingTo, explain: 'given as the source (“according to”)',
  apply(state, qi) {
    const { ctx, unit } = place(state, qi);
    for (const c of cuesOf(ctx, unit)) if (c.according) {
      const m = speakerOfCue(ctx, unit, c);
      if (m) return nameOf(m);
    }
    return null;
  },
};

/** Another reporting verb of the same sentence: "Trump, who called the plan “a disaster,” said he would …". */
const sentenceCue: Sieve = {
  id: 'sentence-cue', confidence: ATTRIBUTION.sentenceCue, explain: 'who speaks in the same sentence',
  apply(state, qi) {
    const { ctx, unit, s, qe } = place(state, qi);
    const cues = cuesOf(ctx, unit);
    // the nearest cues first, outward from the quotation (a few at most: a sentence has few)
    let after = lowerBoundAt(cues, qe);
    let before = after - 1;
    for (let n = 0; n < ATTRIBUTION.maxSentenceCues && (before >= 0 || after < cues.length); n++) {
      const useBefore = after >= cues.length || (before >= 0 && qe - cues[before].at <= cues[after].at - qe);
      const c = useBefore ? cues[before--] : cues[after++];
      if (c.according) continue;
      // a later "X said: “…”" introduces its own quotation when this one stands in a clause before it
      if (!useBefore && introducesQuote(s, c.at) && opensClauseBefore(s, qe)) continue;
      const m = speakerOfCue(ctx, unit, c);
      // the verb of a "when" clause that closes with a comma before the quotation (nearestCueBefore)
      if (m && useBefore && m.start < c.start && subordinateBefore(s, m.start) && s.elements.slice(c.at + 2, qe).some(isComma)) continue;
      if (m) return nameOf(m);
    }
    return null;
  },
};

/** The next paragraph of a quotation that runs over several paragraphs. */
const continued: Sieve = {
  id: 'continued-quotation', confidence: ATTRIBUTION.continued, explain: 'the quote continues from the previous paragraph',
  apply(state, qi) {
    const { ctx, done } = state;
    const prev = ctx.quotes[qi].prevPart;
    if (prev >= 0 && done[prev]?.speaker) return done[prev].speaker;
    return null;
  },
};

/** Another quotation in the same sentence already has its speaker. */
const sameSentence: Sieve = {
  id: 'same-sentence', confidence: ATTRIBUTION.sameSentence, explain: 'who is quoted in the same sentence',
  apply(state, qi) {
    return state.lastInUnit.get(state.ctx.quoteUnit[qi]) ?? null;
  },
};

/** “…” That was the verdict of Jane Doe. / “…?” Jane Doe asked. */
const NEXT_SENTENCE_CREDIT = /\b(?:(?:words|verdict|view|assessment|message|warning|conclusion|judgment|judgement|response|reaction) of|(?:put|posed|asked|raised|said|written|spoken) by)\s+$/i;
/** Words after "X said" that say when, where or how, not what: "Jo Reed said as she opened the vote". */
const SAID_HOW = new Set(['about', 'of', 'as', 'while', 'when', 'after', 'before', 'during', 'at', 'in', 'on', 'from', 'outside', 'inside', 'afterward', 'afterwards', 'later', 'then', 'repeatedly', 'again', 'quietly', 'softly', 'loudly']);
/** Reporting verbs whose object is the listener: after them comes who was told or asked, not what. */
const TELLS = new Set(['told', 'tells', 'asked', 'asks']);
const nextSentence: Sieve = {
  id: 'next-sentence', confidence: ATTRIBUTION.nextSentence, explain: 'named in the next sentence',
  apply(state, qi) {
    const { ctx, ui, unit } = place(state, qi);
    const next = ctx.units[ui + 1];
    if (!next || next.block !== unit.block || next.quotes.length) return null;
    for (const m of next.mentions) {
      const lead = ctx.text.slice(Math.max(next.start, m.start - 40), m.start);
      if (m.canonical && (NEXT_SENTENCE_CREDIT.test(lead) || /^(?:so\s+)?said\s+$/i.test(ctx.text.slice(next.start, m.start)))) return m.canonical;
    }
    const s = streamOf(ctx, next);
    const first = mentionStartingAt(next, s, 0);
    if (!first) return null;
    let last = mentionEnd(s, 0);
    // "“Perpetual motion!” Rep. Glenn Thompson, R-Pa., said of …": a short aside between the name and its verb
    if (isComma(s.elements[last + 1])) {
      let close = last + 2;
      while (close < last + 2 + 4 && close < s.elements.length && !isComma(s.elements[close]) && s.elements[close].kind === 'word') close++;
      if (close > last + 2 && isComma(s.elements[close])) last = close;
    }
    const verb = s.elements[last + 1];
    const phrasal = phrasalCueAt(s, last + 1); // "“…?” Dunne went on."
    const closing = verb?.kind === 'word' && QUOTE_CLOSING_VERBS.has(verb.lower) && closesClause(s, last + 2); // "“…?” Lind pressed."
    if (verb?.kind !== 'word' || !(SPEECH_VERBS.has(verb.lower) || phrasal || closing) || verb.token.cap) return null;
    // "“…!” Jo Reed said." — or said with only when, where or how after it: "“…!” Jo Reed said as she opened the vote."
    const after = s.elements[last + (phrasal ? 3 : 2)];
    // "“…?” Trump told Britain’s ITV in an interview": whom one tells is no content of one's own
    const bare = s.elements.length - last <= (phrasal ? 6 : 5) || after?.kind === 'punct' && after.char === ',' || after?.kind === 'word' && SAID_HOW.has(after.lower) || (!phrasal && TELLS.has(verb.lower));
    return bare ? nameOf(first) : null;
  },
};

/** A headline or section label in capitals read as a name ("OBAMA’S LAST STATE", "UNDERSTANDING"), not an abbreviation ("UN"). */
const SHOUTED = /^(?=[^\s]{7,}$|.*\s)[\p{Lu}\p{N}’'.&\s-]+$/u;

/** The subject of the quotation's own sentence when no reporting verb names one: "Trump has hailed the vote as “fantastic.”" */
const subject: Sieve = {
  id: 'sentence-subject', confidence: ATTRIBUTION.sentenceSubject, explain: 'the subject of the sentence',
  apply(state, qi) {
    const { ctx, unit, qe } = place(state, qi);
    const m = clauseSubject(ctx, unit, qe);
    if (!m || m.kind === 'group' && !m.canonical || SHOUTED.test(m.text)) return null;
    return m.entity?.kind === 'person' || m.kind === 'pronoun' || m.kind === 'name' || m.kind === 'role' ? nameOf(m) : null;
  },
};


/**
 * "The row echoes June, when Mayor Reed treated the plan as “a fantasy.”": the quotation sits in a clause that
 * "when", "after" or "because" opens, and that clause's own subject (a person, right before its verb) is the one
 * whose words they are, not the sentence's. The clause must reach the quotation without a comma.
 */
function subordinateSubject(unit: AttributionState['ctx']['units'][number], s: ReturnType<typeof streamOf>, qe: number): Resolved | null {
  for (let k = qe - 1; k >= 1 && k >= qe - ATTRIBUTION.maxVerbDistance; k--) {
    const e = s.elements[k];
    if (e.kind !== 'word') return null;
    if (e.token.cap || !CLAUSE_OPENERS.has(e.lower)) continue;
    const m = mentionStartingAt(unit, s, k + 1);
    if (!m || m.possessive || m.modifier || (m.kind !== 'name' && m.kind !== 'role' && m.kind !== 'pronoun') || m.org) return null;
    const verb = s.elements[mentionEnd(s, k + 1) + 1];
    // a verb in the past or present ("dismissed", "calls"), not a word like "as" or "this" that merely ends so
    const finite = verb?.kind === 'word' && !verb.token.cap && verb.mention < 0 && verb.lower.length > 3 && /(?:ed|s)$/.test(verb.lower);
    return finite && !PREPOSITIONS.has(verb.lower) && !SUBORDINATORS.has(verb.lower) && !/(?:ss|ous|ics|ness)$/.test(verb.lower) ? m : null;
  }
  return null;
}

/** "The row echoes June, when Mayor Reed treated the plan as “a fantasy.”": the subject of the quote's own "when" clause. */
const ownClauseSubject: Sieve = {
  id: 'clause-subject', confidence: ATTRIBUTION.clauseSubject, explain: 'the subject of the “when” or “after” clause that holds the quote',
  apply(state, qi) {
    const { unit, s, qe } = place(state, qi);
    return nameOf(subordinateSubject(unit, s, qe));
  },
};

/** “…,” Jane Doe said. “Nobody here is giving up.” — the speaker quoted earlier in the paragraph. */
const paragraphSpeaker: Sieve = {
  id: 'paragraph-speaker', confidence: ATTRIBUTION.paragraphSpeaker, explain: 'quoted earlier in the same paragraph',
  apply(state, qi) {
    return state.lastInBlock.get(state.ctx.quotes[qi].block) ?? null;
  },
};

/** "Jane Doe said she was relieved. “It is over.”" — the speaker of the previous sentence. */
const previousSentence: Sieve = {
  id: 'previous-sentence', confidence: ATTRIBUTION.previousSentence, explain: 'named in the previous sentence',
  apply(state, qi) {
    const { ctx, ui, unit } = place(state, qi);
    const prev = ctx.units[ui - 1];
    // the quotation's own sentence may name people in general ("Just because scientists …, “…”"), not anyone who speaks
    if (!prev || prev.block !== unit.block || unit.mentions.some((m) => m.kind !== 'group') || (unit.mentions.length && cuesOf(ctx, unit).length)) return null;
    // "Not long after Jo Reed posted the clip, Sam Lee asked her about it. “…?”": the speaker of the main clause,
    // not of a clause that "after", "when" or "since" opens — that one only when the sentence has no other
    const ps = streamOf(ctx, prev);
    let subordinate: Resolved | null = null;
    for (const c of cuesOf(ctx, prev)) {
      const m = speakerOfCue(ctx, prev, c);
      if (!m) continue;
      const before = ps.elements[ps.elements.findIndex((x) => x.start === m.start) - 1];
      if (before?.kind === 'word' && SUBORDINATORS.has(before.lower)) subordinate ??= m;
      else return nameOf(m);
    }
    if (subordinate) return nameOf(subordinate);
    // "Aderholt returned to the issue later in the hearing. “What … ?”": a sentence that is all quotation, after one
    // whose subject is a person (and that quotes no one) — that person's words
    const own = streamOf(ctx, unit);
    if (unit.mentions.length || prev.quotes.length || own.elements.some((e) => e.kind === 'word')) return null;
    const m = clauseSubject(ctx, prev, ps.elements.length);
    return m && m.kind === 'name' && m.entity?.kind === 'person' ? nameOf(m) : null;
  },
};

/** A reporter's credit: "Sui-Lee Wee contributed reporting.", "Reporting by Sam Lee; editing by Ann Ray". */
const CREDIT_LINE = /\bcontributed (?:reporting|research|to (?:this|the) (?:report|story|article))\b|^(?:By|(?:Additional )?[Rr]eporting by|Written by|Compiled by)\s/;

/** A quotation that opens its paragraph: the last speaker of the previous paragraph, else its subject. */
const previousParagraph: Sieve = {
  id: 'previous-paragraph', confidence: ATTRIBUTION.previousParagraph, explain: 'named in the previous paragraph',
  apply(state, qi) {
    const { ctx, ui, unit, qe } = place(state, qi);
    const opens = ui === state.blockFirstUnit[unit.block] && qe >= 0 && !(unit.mentions[0] && unit.mentions[0].start < ctx.quotes[qi].start);
    if (!opens) return null;
    const block = unit.block;
    const spoke = state.lastInBlock.get(block - 1);
    if (spoke) return spoke;
    const last = ctx.units[ctx.blockLastUnit[block - 1] ?? -1];
    if (!last || last.quotes.length || CREDIT_LINE.test(ctx.text.slice(last.start, last.end))) return null;
    const s = streamOf(ctx, last);
    const m = clauseSubject(ctx, last, s.elements.length);
    return m && (m.entity?.kind === 'person' || m.kind === 'pronoun') ? nameOf(m) : null;
  },
};

/**
 * "“…”" as a pull quote or a summary line, and the same words again where the article says who said them: the
 * speaker of the other quotation. Tried last, and once more after every quotation has its speaker (the attributed
 * one often comes later). The shorter must hold at least ATTRIBUTION.minRepeatedChars letters and sit inside the longer,
 * whole words only (quoteKey).
 */
const repeatedQuote: Sieve = {
  id: 'repeated-quote', confidence: ATTRIBUTION.repeatedQuote, explain: 'the same words are quoted elsewhere in the article with their speaker',
  apply(state, qi) {
    const { ctx, done } = state;
    const keys = quoteKeysOf(ctx);
    const key = keys[qi];
    const q = ctx.quotes[qi];
    const block = ctx.blocks[q.block];
    const alone = !!block && ctx.text.slice(block.start, q.start).trim() === '' && ctx.text.slice(q.end, block.end).trim() === '';
    if (quoteKeyLength(key) < (alone ? ATTRIBUTION.minRepeatedCharsAlone : ATTRIBUTION.minRepeatedChars)) return null;
    // the long enough quotations near qi, in order (all of them in any real article: the most we have seen is 53)
    const long = longQuotesOf(ctx, keys);
    const at = lowerBound(long, (p) => p < qi);
    const to = Math.min(long.length, at + LIMITS.repeatedQuoteWindow);
    for (let i = Math.max(0, at - LIMITS.repeatedQuoteWindow); i < to; i++) {
      const p = long[i];
      const a = done[p];
      if (p === qi || !a?.speaker || a.sieve === 'repeated-quote') continue;
      const other = keys[p];
      if (other.includes(key) || key.includes(other)) return a.speaker;
    }
    return null;
  },
};

const longQuotes = new WeakMap<AttributionState['ctx'], number[]>();
/** Indexes of the quotations whose key holds ATTRIBUTION.minRepeatedChars letters or more, in order (once per article). */
function longQuotesOf(ctx: AttributionState['ctx'], keys: readonly string[]): number[] {
  let long = longQuotes.get(ctx);
  if (!long) {
    long = [];
    for (let i = 0; i < keys.length; i++) if (quoteKeyLength(keys[i]) >= ATTRIBUTION.minRepeatedChars) long.push(i);
    longQuotes.set(ctx, long);
  }
  return long;
}

export const ATTRIBUTION_SIEVES: readonly Sieve[] = [
  label, transcriptLabel, dashCredit, afterQuote, passiveBy, trailingCredit, reportingSpeaker, beforeQuote, documentSpeaker, bodyPronoun, accordingTo, asPutIt, sentenceCue, possessiveSpeech, continued, sameSentence, nextSentence,
  ownClauseSubject, subject, paragraphSpeaker, previousSentence, previousParagraph, repeatedQuote,
];

export { repeatedQuote as REPEATED_QUOTE_SIEVE };

export const SIEVE_BY_ID: ReadonlyMap<string, Sieve> = new Map(ATTRIBUTION_SIEVES.map((s) => [s.id, s]));

/** A quotation's reason in plain words: "Said by Donald Trump, named right after the quote". */
export function quoteReason(speaker: string | null, sieve: string): string {
  if (!speaker) return 'A direct quote; the article does not say nearby who said it';
  const explain = SIEVE_BY_ID.get(sieve)?.explain;
  return explain ? `Said by ${speaker}, ${explain}` : `Said by ${speaker}`;
}

/** Index of the first cue at or after element `at`. */
function lowerBoundAt(cues: readonly { at: number }[], at: number): number {
  return lowerBound(cues, (c) => c.at < at);
}
