import type { Context, Unit } from './context';
import type { Resolved } from './coref';
import { CLAUSE_SKIP, DETERMINERS, MODALS, NAME_NOT_ADJECTIVE_BEFORE, PREPOSITIONS, PROXY_NOUNS, SUBJECT_FOLLOWERS, SUBORDINATORS, TIME_WORDS, VERBS } from './lexicon';
import { mentionEnd, mentionEndingAt, mentionStartingAt, streamOf, type Element, type Stream } from './stream';

/**
 * Who does what in a clause, read without a parser: the subject of a verb, the speaker named after an
 * inverted cue ("said Jane Doe"), the subject of the clause a quotation sits in.
 */

/** How far back (in elements) a clause's start is looked for. */
const CLAUSE_WINDOW = 80;

const isWord = (e: Element | undefined): e is Extract<Element, { kind: 'word' }> => e?.kind === 'word';
const isPunct = (e: Element | undefined, chars = ',;:()—'): boolean => e?.kind === 'punct' && chars.includes(e.char);

/** Adverbs, auxiliaries and time phrases that may stand between a subject and its verb ("Trump on Monday also said"). */
function skippable(s: Stream, i: number): boolean {
  const e = s.elements[i];
  if (!isWord(e) || e.mention >= 0 && !TIME_WORDS.has(e.lower)) return false;
  if (CLAUSE_SKIP.has(e.lower) || TIME_WORDS.has(e.lower)) return true;
  if (/ly$/.test(e.lower) && e.lower.length > 4 && !e.token.cap) return true;
  // "on Monday", "in a statement", "last week"
  const next = s.elements[i + 1];
  return (e.lower === 'on' || e.lower === 'last' || e.lower === 'this' || e.lower === 'late' || e.lower === 'early') && isWord(next) && TIME_WORDS.has(next.lower);
}

/** The first element of a parenthetical that ends at `end` (a comma, bracket or dash), or -1 if there is none. */
function openerOf(s: Stream, end: number, floor: number): number {
  const close = s.elements[end];
  const want = close?.kind === 'punct' && close.char === ')' ? '(' : ',—';
  for (let j = end - 1; j >= floor; j--) {
    const e = s.elements[j];
    if (e.kind === 'quote') return -1;
    if (e.kind === 'punct' && want.includes(e.char)) return j;
    if (e.kind === 'punct' && ';.?!'.includes(e.char)) return -1;
  }
  return -1;
}

/**
 * Whether elements (a, b) read as an appositive or an aside between a subject and its verb: "the club's
 * president", "who replaced Mr. Sanders", "67", "of Exeter", "Democrat of Vermont", "R-Ohio".
 */
function isAside(unit: Unit, s: Stream, a: number, b: number): boolean {
  if (b <= a + 1) return false;
  const first = s.elements[a + 1];
  if (!isWord(first)) return first?.kind === 'quote' ? false : true;
  if (!first.token.cap || /^\d/.test(first.lower)) return true; // "the …", "who …", "67", "a Democrat …"
  const m = mentionStartingAt(unit, s, a + 1);
  if (m && m.possessive) return true; // "Mr. Obama's deputy national security adviser"
  if (m && m.kind === 'name' && m.entity?.kind === 'person' && !m.possessive) return false;
  // "Democrat of Vermont", "R-Ohio", "N.H.", "Calif.": a short capitalised aside that names no person
  const words = s.elements.slice(a + 1, b).filter(isWord);
  return words.length <= 4;
}

/**
 * Whether the comma at `open` follows a role noun ("The leader of the Anti-Defamation League, Jonathan Greenblatt,",
 * "Trump's campaign manager, Corey Lewandowski,"): the role's phrase opens the sentence, and no person's name ends it.
 */
function appositiveToRole(unit: Unit, s: Stream, open: number): boolean {
  const before = mentionEndingAt(unit, s, open - 1);
  if (before && (before.kind === 'pronoun' || (before.kind === 'name' && !before.org))) return false;
  const first = unit.mentions.find((m) => m.start >= s.elements[0].start);
  if (!first || first.kind !== 'role' || first.start >= s.elements[open].start) return false;
  // the role opens the clause: only a determiner or possessive before it
  for (let k = 0; k < s.elements.length && s.elements[k].start < first.start; k++) {
    const e = s.elements[k];
    if (!isWord(e) || !DETERMINERS.has(e.lower)) return false;
  }
  return true;
}

/**
 * The subject of the verb at element `vi`: the mention right before it (skipping adverbs, auxiliaries and
 * asides set off by commas). `inverted` when the verb follows a quotation directly ("“…,” said X").
 */
export function subjectOfVerb(ctx: Context, unit: Unit, vi: number): { mention: Resolved | null; inverted: boolean } {
  const s = streamOf(ctx, unit);
  let i = vi - 1;
  for (let hops = 0; hops < 4; hops++) {
    while (i >= 0 && skippable(s, i)) i--;
    const e = s.elements[i];
    if (!e) return { mention: null, inverted: false };
    if (e.kind === 'quote') return { mention: null, inverted: true };
    const m = mentionEndingAt(unit, s, i);
    if (m && m.place && hops > 0 && isPunct(s.elements[s.mentionFirst[(e as { mention: number }).mention] - 1], ',')) {
      i = s.mentionFirst[(e as { mention: number }).mention] - 1; // "… in Munich, Germany, and co-author of the study, said": still the aside
      continue;
    }
    if (m) {
      const first = s.mentionFirst[(e as { mention: number }).mention];
      // "Mark Webb, whose company, Webb Industries, makes the parts, said": a name set off inside a relative clause
      // is that clause's, not the verb's subject — go on before the clause
      const inRelative = hops > 0 ? relativeOpenerBefore(s, first) : -1;
      if (inRelative >= 0) {
        i = inRelative - 1;
        continue;
      }
      // "Katie Packer, who is chairman of Our Principles PAC said": the relative clause's head speaks
      const head = relativeHead(unit, s, first);
      if (head) return { mention: head, inverted: false };
      // "accused of stealing from elderly residents has denied": a mention inside a prepositional phrase is not the subject
      const before = s.elements[first - 1];
      // …except "a spokesperson for X": X speaks through them
      const spokes = isWord(before) && before.lower === 'for' && isWord(s.elements[first - 2]) && PROXY_NOUNS.has((s.elements[first - 2] as { lower: string }).lower);
      // …but "hours after Sanders said he was “encouraged”": "after", "before", "since", "until" open a clause of
      // their own when their mention is followed by its finite verb, right away or after an aside ("after Mr. Lind, asked
      // about it, had said") — that mention is the verb's subject
      const opensClause = isWord(before) && SUBORDINATORS.has(before.lower) && isWord(s.elements[vi]) && !(s.elements[vi] as { lower: string }).lower.endsWith('ing');
      if (!spokes && !opensClause && inPrepositionalPhrase(s, first)) return { mention: null, inverted: false };
      // "Ukraine and independent analysts say": the first of joined subjects
      const adjective = s.elements[first - 1];
      const at = isWord(adjective) && !adjective.token.cap && adjective.lower !== 'and' && adjective.lower !== 'or' ? first - 2 : first - 1;
      const and = s.elements[at];
      const joined = isWord(and) && (and.lower === 'and' || and.lower === 'or') ? mentionEndingAt(unit, s, at - 1) : null;
      if (joined && !joined.possessive && !inPrepositionalPhrase(s, s.mentionFirst[(s.elements[at - 1] as { mention: number }).mention])) {
        // "Edward-Isaac Dovere and Gabriel Debenedetti wrote", "Yahoo News and former anchor Katie Couric, telling": when the
        // nearer is a person's name, it is the one credited (PolNeAR's convention: the head nearest the verb)
        return { mention: m.kind === 'name' && m.entity?.kind === 'person' && !m.possessive ? m : joined, inverted: false };
      }
      return { mention: m, inverted: false };
    }
    if (isWord(e) && e.lower === 'who' && isPunct(s.elements[i - 1], ',')) {
      i -= 1; // "Harold Mensah, 81, who said": the relative clause's subject is the name before it
      continue;
    }
    if (isWord(e)) {
      // "Trump's spokeswoman said", "the Clinton campaign said": the owner speaks through them
      if (PROXY_NOUNS.has(e.lower)) {
        const owner = mentionEndingAt(unit, s, i - 1);
        if (owner && (owner.possessive || owner.kind === 'name')) return { mention: owner, inverted: false };
      }
      return { mention: null, inverted: false };
    }
    if (isPunct(e, ')')) {
      // "Gov. John Kasich (R-OH) said": a bracketed aside
      const open = openerOf(s, i, 0);
      if (open < 0) return { mention: null, inverted: false };
      i = open - 1;
      continue;
    }
    if (isPunct(e, ',—')) {
      // "…, adding", "…, saying": a participle after a comma belongs to the main clause's subject
      const verb = s.elements[vi];
      const open = openerOf(s, i, 0);
      const relative = open >= 0 && isWord(s.elements[open + 1]) && (s.elements[open + 1] as { lower: string }).lower === 'who';
      if (isWord(verb) && verb.lower.endsWith('ing') && i === vi - 1 && !relative) return { mention: null, inverted: false };
      let close = i - 1;
      while (isPunct(s.elements[close], ')')) close = openerOf(s, close, 0) - 1; // "Kasich (R-OH), said"
      if (open < 0) {
        if (close === i - 1) return { mention: null, inverted: false };
        // the clause's subject set off from an opening phrase: "After winning Ohio, Gov. John Kasich (R-OH), said"
        const m = mentionEndingAt(unit, s, close);
        return { mention: m && m.kind === 'name' && !m.possessive ? m : null, inverted: false };
      }
      if (!isAside(unit, s, open, i)) {
        // "After winning Ohio, Gov. John Kasich (R-OH), said": a name with a bracketed aside, set off by commas;
        // "The leader of the Anti-Defamation League, Jonathan Greenblatt, warned": a person's name in apposition to a role
        const m = close < i - 1 || appositiveToRole(unit, s, open) ? mentionStartingAt(unit, s, open + 1) : null;
        return { mention: m && m.kind === 'name' && !m.possessive && mentionEnd(s, open + 1) === close ? m : null, inverted: false };
      }
      i = open - 1;
      continue;
    }
    return { mention: null, inverted: false };
  }
  return { mention: null, inverted: false };
}

/** Words that open a relative clause after a comma ("Lisa Grant, whose husband, …"). */
const RELATIVE_OPENERS = new Set(['whose', 'who', 'whom', 'which']);

/**
 * The comma that opens a relative clause holding the comma-set name starting at element `first` ("…, whose
 * company, Webb Industries, …": the comma before "whose"); -1 when the name is not set off inside one.
 */
function relativeOpenerBefore(s: Stream, first: number): number {
  if (!isPunct(s.elements[first - 1], ',')) return -1;
  for (let j = first - 2; j >= 1 && j >= first - 2 - 6; j--) {
    const e = s.elements[j];
    if (!isWord(e) || e.token.cap) return -1;
    if (RELATIVE_OPENERS.has(e.lower)) return isPunct(s.elements[j - 1], ',') && j < first - 2 ? j - 1 : -1;
  }
  return -1;
}

/** "was asked", "is quoted as saying": a passive cue, whose speaker is the one after "by" if anyone. */
export function passiveAgent(ctx: Context, unit: Unit, vi: number): { passive: boolean; agent: Resolved | null } {
  const s = streamOf(ctx, unit);
  const prev = s.elements[vi - 1];
  const verb = s.elements[vi];
  if (!isWord(prev) || !isWord(verb) || !/(?:ed|told|said|written)$/.test(verb.lower) || !BE.has(prev.lower)) return { passive: false, agent: null };
  const by = s.elements[vi + 1];
  return { passive: true, agent: isWord(by) && by.lower === 'by' ? mentionStartingAt(unit, s, vi + 2) : null };
}

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/**
 * The speaker named after an inverted cue at element `vi`: "said Jane Doe", "said the trust’s chair, Jane
 * Roe", "said former Gov. Bill Richardson of New Mexico", "said a Nevada Democrat".
 */
export function speakerAfterVerb(ctx: Context, unit: Unit, vi: number): Resolved | null {
  const s = streamOf(ctx, unit);
  let j = vi + 1;
  while (j < s.elements.length && skippable(s, j) && !mentionStartingAt(unit, s, j)) j++;
  for (let k = j; k < s.elements.length && k <= j + 8; k++) {
    const e = s.elements[k];
    if (!isWord(e)) {
      if (isPunct(e, ',') && k > j) continue; // "said the party’s spokesman, Jo Reed"
      return null;
    }
    const m = mentionStartingAt(unit, s, k);
    if (!m) {
      // "adding of Mr. Trump" names no speaker; "said director of communications Jo Reed" does (a lower-case word after "of")
      const after = s.elements[k + 1];
      const roleOf = e.lower === 'of' && k > j && isWord(after) && !after.token.cap && after.mention < 0 && !PREPOSITIONS.has(after.lower) && !DETERMINERS.has(after.lower);
      if ((k === j && e.token.cap) || (PREPOSITIONS.has(e.lower) && !roleOf)) return null;
      continue; // description words before the name: "said a Democratic pollster, Geoff Garin"
    }
    if (m.modifier) continue; // "said ACLU executive director Anthony Romero"
    if (m.kind === 'name' && !m.possessive) return m;
    if (m.kind === 'pronoun') return k === j ? m : null;
    // a role or a possessive ("the club’s president, Jay DiPietro", "the former musician turned campaigner
    // Feargal Sharkey"): a name right after it, or after a comma, names it
    const last = mentionEnd(s, k);
    for (let n = last + 1; n <= last + 4 && n < s.elements.length; n++) {
      const x = s.elements[n];
      if (isPunct(x, ',') && n === last + 1) continue;
      if (!isWord(x)) break;
      const named = mentionStartingAt(unit, s, n);
      if (named) {
        if (named.kind === 'name' && !named.possessive) return named;
        break;
      }
      if (x.token.cap) break;
    }
    if (m.possessive) continue;
    return m;
  }
  return null;
}

/**
 * The subject of the clause that holds element `at`: the first mention from the clause's start that is not
 * inside a prepositional phrase or a subordinate clause ("In an interview with ABC News, Mr. Rhodes said").
 */
export function clauseSubject(ctx: Context, unit: Unit, at: number): Resolved | null {
  const s = streamOf(ctx, unit);
  let start = at;
  const floor = Math.max(0, at - CLAUSE_WINDOW);
  while (start > floor) {
    const e = s.elements[start - 1];
    if (e.kind === 'punct' && ';.?!'.includes(e.char)) break;
    start--;
  }
  let blocked = false; // inside a prepositional phrase or subordinate clause until the next comma
  for (let i = start; i < at; i++) {
    const e = s.elements[i];
    if (i === start && isDateline(unit, s, i)) {
      i = mentionEnd(s, i) + 1; // "CLEVELAND —", "WASHINGTON (AP) —"
      continue;
    }
    if (e.kind === 'punct') {
      // "At a rally in Portsmouth, N.H., on Tuesday, Senator Sanders …": a place or a time after the comma is still the opening phrase
      if ((e.char === ',' || e.char === '—') && !(blocked && placeOrTimeSegment(unit, s, i + 1))) blocked = false;
      continue;
    }
    if (e.kind === 'quote') continue;
    const m = mentionStartingAt(unit, s, i);
    if (m) {
      const prev = s.elements[i - 1];
      const afterPrep = isWord(prev) && (PREPOSITIONS.has(prev.lower) || SUBORDINATORS.has(prev.lower));
      if (!blocked && !afterPrep && !m.possessive && !m.modifier && !adjectival(s, m, i)) {
        // "The heart charity Heartwise said", "The environment secretary, Jo Reed, said": the name names the role
        const last = mentionEnd(s, i);
        const next = s.elements[last + 1];
        const named = m.kind === 'role' ? mentionStartingAt(unit, s, isPunct(next, ',') ? last + 2 : last + 1) : null;
        return laterConjunctSubject(unit, s, last + 2, at) ?? (named && named.kind === 'name' && !named.possessive ? named : m);
      }
      i = mentionEnd(s, i);
      continue;
    }
    if (SUBORDINATORS.has(e.lower) || (PREPOSITIONS.has(e.lower) && i === start)) blocked = true;
    // "Speaking at a town hall in Salem, New Hampshire, Trump …", "Asked about it, Adelson said"
    if (i === start && /(?:ing|ed)$/.test(e.lower) && e.token.cap) blocked = true;
  }
  return null;
}

/**
 * "The Post will brand you a liar and NBC News will accuse you of a “freak out”": the subject of a second clause joined
 * by "and" or "but", between the first subject's verb (from element `from`) and the quotation at `at` — a mention
 * right after the conjunction, then a verb.
 */
function laterConjunctSubject(unit: Unit, s: Stream, from: number, at: number): Resolved | null {
  let found: Resolved | null = null;
  for (let k = from; k < at - 2; k++) {
    const e = s.elements[k];
    if (e.kind === 'quote') return null;
    if (!isWord(e) || (e.lower !== 'and' && e.lower !== 'but') || e.token.cap) continue;
    const before = s.elements[k - 1];
    if (!isWord(before) || before.mention >= 0) continue; // "Mr Lind and Mr Ross would meet": one subject, joined
    const m = mentionStartingAt(unit, s, k + 1);
    if (!m || m.possessive || m.modifier || m.kind === 'group') continue;
    const verb = s.elements[mentionEnd(s, k + 1) + 1];
    if (isWord(verb) && !verb.token.cap && verb.mention < 0 && (MODALS.has(verb.lower) || CLAUSE_SKIP.has(verb.lower) || VERBS.has(verb.lower) || /ed$/.test(verb.lower))) found = m;
  }
  return found;
}

/**
 * A name that only qualifies the noun after it ("Soviet dissident Milovan Djilas", "the Syrian refugees", "the
 * Johnson-Weld rally"): not a person's, and followed right away by a lower-case word that does not read as a verb.
 */
function adjectival(s: Stream, m: Resolved, i: number): boolean {
  if (m.kind !== 'name' || m.entity?.kind === 'person') return false;
  const next = s.elements[mentionEnd(s, i) + 1];
  if (!isWord(next) || next.token.cap || next.mention >= 0) return false;
  return !verbLike(next.lower);
}

/** Whether a lower-case word may be the verb (or an adverb before it) right after a subject: "has", "filed", "says", "quickly". */
function verbLike(w: string): boolean {
  if (CLAUSE_SKIP.has(w) || SUBJECT_FOLLOWERS.has(w) || VERBS.has(w) || NAME_NOT_ADJECTIVE_BEFORE.has(w)) return true;
  return w.length <= 2 || /(?:ed|ly|n't)$/.test(w) || /[^s]s$/.test(w);
}

/** A dateline opening a report: "CLEVELAND —", "LONDON (Reuters) -". */
function isDateline(unit: Unit, s: Stream, i: number): boolean {
  const m = mentionStartingAt(unit, s, i);
  if (!m || m.kind !== 'name') return false;
  const next = s.elements[mentionEnd(s, i) + 1];
  if (isPunct(next, '(')) {
    const close = s.elements.findIndex((x, k) => k > mentionEnd(s, i) && x.kind === 'punct' && x.char === ')');
    return close > 0 && close <= mentionEnd(s, i) + 4 && isPunct(s.elements[close + 1], '—'); // "Washington (AFP) –"
  }
  return isPunct(next, '—');
}

/** Whether the mention starting at element `first` sits in a prepositional phrase: "from (elderly) residents". */
function inPrepositionalPhrase(s: Stream, first: number): boolean {
  const a = s.elements[first - 1];
  if (!isWord(a)) return false;
  if (PREPOSITIONS.has(a.lower)) return true;
  const b = s.elements[first - 2];
  if (a.token.cap || CLAUSE_SKIP.has(a.lower) || /(?:ed|s)$/.test(a.lower) || !isWord(b)) return false;
  if (PREPOSITIONS.has(b.lower)) return true;
  // "published in the journal JAMA Psychiatry": a determiner and a noun in apposition before the name (not "a story
  // by the website Politico says": the author of what speaks)
  const c = s.elements[first - 3];
  // (a name, not "at the time she described": a pronoun opens a clause of its own)
  const name = s.elements[first];
  return isWord(name) && name.token.cap && (b.lower === 'the' || b.lower === 'a') && isWord(c) && PREPOSITIONS.has(c.lower) && c.lower !== 'by' && c.lower !== 'from' &&
    !PROXY_NOUNS.has(a.lower) && !TIME_WORDS.has(a.lower);
}

/** "X, who is chairman of Y said": the person X when element `from` sits in a who-clause opened after X (no closing comma). */
function relativeHead(unit: Unit, s: Stream, from: number): Resolved | null {
  for (let k = from - 1; k >= 0 && k >= from - 12; k--) {
    const e = s.elements[k];
    if (e.kind !== 'word') return null;
    if (e.lower === 'who' && isPunct(s.elements[k - 1], ',')) {
      const head = mentionEndingAt(unit, s, k - 2);
      return head && head.kind === 'name' && !head.org ? head : null;
    }
  }
  return null;
}

/** Whether the comma-separated segment starting at element i is only a place ("N.H.", "Germany") or a time ("on Tuesday"). */
function placeOrTimeSegment(unit: Unit, s: Stream, i: number): boolean {
  let words = 0;
  for (let k = i; k < s.elements.length; k++) {
    const e = s.elements[k];
    if (e.kind === 'punct') return e.char === ',' && words > 0;
    if (e.kind !== 'word' || ++words > 4) return false;
    const m = e.mention >= 0 ? unit.mentions[e.mention] : null;
    const place = m?.place || (e.token.dot && /^(?:\p{Lu}\.)*\p{Lu}$|^\p{Lu}\p{Ll}{1,4}$/u.test(e.token.word)); // "N.H.", "Calif."
    if (!place && !TIME_WORDS.has(e.lower) && !['on', 'in', 'at', 'last', 'this', 'early', 'late', 'the'].includes(e.lower)) return false;
  }
  return false;
}
