import type { Context, Unit } from './context';
import type { Resolved } from './coref';
import { ORG_ROLE_NOUNS, PERSON_ROLE_NOUNS, PROXY_NOUNS, ROLE_MODIFIERS, SPEECH_VERBS } from './lexicon';

/** Who said a quotation, and how we know. */
export interface Attribution {
  speaker: string | null;
  /** Short, reader-facing: "said", "previous paragraph". */
  how: string;
  confidence: number;
}

/** A speech cue in a unit's frame: a reporting verb or "according to". */
interface Cue {
  start: number;
  end: number;
  /** Index into unit.frame. */
  token: number;
  according: boolean;
  word: string;
}

const SEGMENT_BREAK = /[,;:”"’—]/;
const NEXT_SENTENCE_CREDIT = /\b(?:(?:words|verdict|view|assessment|message|warning|conclusion|judgment|judgement|response|reaction) of|(?:put|posed|asked|raised|said|written|spoken) by)\s+$/i;

/** Index of the first item whose `start` is >= pos (items sorted by start). */
function lowerBound(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Finds the speech cues of a unit, outside quotations. */
export function cuesOf(unit: Unit): Cue[] {
  const cues: Cue[] = [];
  unit.frame.forEach((t, i) => {
    if (SPEECH_VERBS.has(t.lower) && !t.cap) cues.push({ start: t.start, end: t.end, token: i, according: false, word: t.lower });
    else if (t.lower === 'according' && unit.frame[i + 1]?.lower === 'to') cues.push({ start: t.start, end: unit.frame[i + 1].end, token: i + 1, according: true, word: 'according to' });
  });
  return cues;
}

/** The mention that speaks through a cue: "X said", "said X", "according to X", "X's spokesman Y told". */
export function speakerOfCue(ctx: Context, unit: Unit, cue: Cue): Resolved | null {
  const ai = lowerBound(unit.mentions, cue.end);
  const after = unit.mentions[ai];
  if (cue.according) return after && after.start - cue.end <= 40 ? after : null;
  const before = ctx.text.slice(Math.max(unit.start, cue.start - 4), cue.start); // inverted only right after a closing quotation mark
  if (/[”’"],?\s*$/.test(before) && after) {
    if (!after.possessive && (onlyRoleWords(ctx.text.slice(cue.end, after.start)) || describedName(ctx.text.slice(cue.end, after.start), after))) return after; // ,” said (coach) X
    const named = after.possessive ? unit.mentions[ai + 1] : undefined; // ,” said the trust’s chair, X
    if (named && !named.possessive && describedName(ctx.text.slice(cue.end, named.start), named)) return named;
  }
  return subjectBefore(ctx, unit, cue.start);
}

/**
 * Whitespace, or lower-case role words between a verb and a name: "former prime minister", or a
 * compound ending in a role noun such as "council leader" or "opposition spokeswoman".
 */
function onlyRoleWords(gap: string): boolean {
  if (gap.length > 40 || !/^\s*(?:[\p{Ll}-]+\s+){0,3}$/u.test(gap)) return false;
  const words = gap.split(/\s+/).filter(Boolean);
  if (words.every((w) => PERSON_ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w))) return true;
  return words.length >= 2 && PERSON_ROLE_NOUNS.has(words[words.length - 1]!);
}

/** ",” said the former musician turned campaigner Jane Roe" / ",” said the trust’s chair, Jane Roe": a short lower-case description, then the name. */
function describedName(gap: string, after: Resolved): boolean {
  return after.kind === 'name' && gap.length <= 70 && DESCRIBED_NAME_GAP.test(gap);
}

/**
 * Lower-case description words after an article, possibly with one possessive and a comma before the
 * name: "the former musician turned campaigner", "the party’s housing spokesperson,", "its chief executive,",
 * "Heartwise’s medical director,".
 */
const DESCRIBED_NAME_GAP = /^\s+(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,6}|(?:(?:the|a|an)\s+[\p{Ll}-]+['’]s|its|his|her|their|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+)$/u;

/** Subordinating words that start a new clause: the subject of "… as campaigners say" is "campaigners". */
const CLAUSE_START = /\b(?:as|while|because|although|though|whereas|when|after)\s+/giu;

/** The subject of the clause ending at `pos`: the first mention after the last comma, else from the unit start. */
export function subjectBefore(ctx: Context, unit: Unit, pos: number): Resolved | null {
  const limit = Math.max(unit.start, pos - 300);
  let seg = limit;
  for (let i = pos - 1; i >= limit; i--) {
    if (SEGMENT_BREAK.test(ctx.text[i]) && !/\d/.test(ctx.text[i + 1] ?? '') && !ctx.inQuote(i)) { // not "340,000"
      seg = i + 1;
      break;
    }
  }
  const re = new RegExp(CLAUSE_START.source, CLAUSE_START.flags);
  const clause = ctx.text.slice(seg, pos);
  let cut = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) if (!ctx.inQuote(seg + m.index)) cut = m.index + m[0].length;
  seg += cut;
  const end = lowerBound(unit.mentions, pos);
  const from = lowerBound(unit.mentions, seg);
  return pick(unit, unit.mentions, from, end) ?? pick(unit, unit.mentions, 0, end);
}

/** First non-possessive mention; a possessive one counts only as "X's office/spokesman" with no name after. */
function pick(unit: Unit, list: readonly Resolved[], from = 0, to = list.length): Resolved | null {
  for (let i = from; i < to; i++) {
    const m = list[i];
    if (isModifier(unit, m, list[i + 1])) continue;
    const appositive = list[i + 1];
    if (m.kind === 'role' && appositive?.kind === 'name' && !appositive.possessive && appositive.start - m.end <= 2) {
      // "The environment secretary, Jo Reed, said"; with no comma the name always names the role: "The heart charity Heartwise said"
      if (!m.entity || appositive.start - m.end === 1) return appositive;
    }
    if (!m.possessive) return m;
    const proxy = unit.frame[m.next];
    const after = unit.frame[m.next + 1];
    if (proxy && PROXY_NOUNS.has(proxy.lower) && !(after && after.cap)) return m;
  }
  return null;
}

/** Attributes every quotation to a speaker. */
export function attributeQuotes(ctx: Context): Attribution[] {
  const { quotes, units, quoteUnit } = ctx;
  const cues = units.map(cuesOf);
  const direct: Attribution[] = quotes.map((q, qi) => {
    const ui = quoteUnit[qi];
    const unit = units[ui];
    const cue = chooseCue(ctx, cues[ui], unit, qi);
    const m = cue ? speakerOfCue(ctx, unit, cue) : null;
    return m?.canonical ? { speaker: m.canonical, how: cue?.word ?? 'said', confidence: 0.9 } : { speaker: null, how: '', confidence: 0 };
  });
  const out: Attribution[] = [];
  const credits = new Map<number, Attribution | null>();
  const credit = (ui: number): Attribution | null => {
    if (!credits.has(ui)) credits.set(ui, creditInNextUnit(ctx, ui));
    return credits.get(ui) ?? null;
  };
  const lastInBlock = new Map<number, string>();
  quotes.forEach((q, qi) => {
    let a = direct[qi];
    if (!a.speaker) a = chainSpeaker(direct, out, quotes, qi) ?? a;
    if (!a.speaker && lastInBlock.has(q.block)) a = { speaker: lastInBlock.get(q.block) ?? null, how: 'same paragraph', confidence: 0.75 };
    if (!a.speaker) a = credit(quoteUnit[qi]) ?? a;
    const uncued = cues[quoteUnit[qi]].length === 0;
    if (!a.speaker && uncued) a = previousSentence(ctx, cues, quoteUnit[qi]) ?? a;
    const opensBlock = q.leading || (uncued && quoteUnit[qi] > 0 && units[quoteUnit[qi] - 1].block !== q.block);
    if (!a.speaker && opensBlock) a = previousParagraph(ctx, out, q.block) ?? a;
    out.push(a);
    if (a.speaker) lastInBlock.set(q.block, a.speaker);
  });
  return out;
}

/** "City manager Paul Hendry", "Conservative Senedd member Rhys Morgan": a name modifying role words before another name. */
function isModifier(unit: Unit, m: Resolved, next: Resolved | undefined): boolean {
  if (m.modifier) return true; // marked by findMentions ("Opposition transport spokeswoman Lena Varga")
  if (m.kind !== 'name' || m.possessive || !next || next.kind !== 'name' || (next.nameLength < 2 && !next.honorific)) return false;
  const between: string[] = [];
  for (let k = m.next; k < unit.frame.length && unit.frame[k].start < next.start; k++) between.push(unit.frame[k].lower);
  return between.length >= 1 && between.length <= 3 && between.every((w) => PERSON_ROLE_NOUNS.has(w) || ORG_ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w));
}

/** Picks the cue that belongs to quote qi: right after it, right before it, else the nearest in its unit. */
function chooseCue(ctx: Context, cues: readonly Cue[], unit: Unit, qi: number): Cue | null {
  const q = ctx.quotes[qi];
  const ui = ctx.quoteUnit[qi];
  const prevEnd = ctx.quoteUnit[qi - 1] === ui ? ctx.quotes[qi - 1].end : unit.start;
  const nextStart = ctx.quoteUnit[qi + 1] === ui ? ctx.quotes[qi + 1].start : unit.end;
  const ia = lowerBound(cues, q.end);
  const ib = lowerBound(cues, q.start) - 1;
  const anyAfter = cues[ia];
  const anyBefore = cues[ib];
  const firstAfter = anyAfter && anyAfter.start < nextStart ? anyAfter : undefined;
  const lastBefore = anyBefore && anyBefore.start >= prevEnd ? anyBefore : undefined;
  const closesWithPunctuation = /[,.!?…]$/.test(ctx.text.slice(q.innerStart, q.innerEnd));
  if (firstAfter && firstAfter.start - q.end <= 60 && closesWithPunctuation) return firstAfter;
  if (lastBefore && q.start - lastBefore.end <= 40) return lastBefore;
  if (firstAfter && firstAfter.start - q.end <= 60) return firstAfter;
  return lastBefore ?? firstAfter ?? anyBefore ?? anyAfter ?? null;
}

/** The speaker of another paragraph of the same multi-paragraph quotation. */
function chainSpeaker(direct: readonly Attribution[], done: readonly Attribution[], quotes: Context['quotes'], qi: number): Attribution | null {
  for (let i = quotes[qi].prevPart; i >= 0; i = quotes[i].prevPart) {
    if (done[i]?.speaker) return { ...done[i], how: 'continued quotation', confidence: 0.8 };
  }
  for (let i = qi + 1; i < quotes.length && quotes[i].prevPart === i - 1; i++) {
    if (direct[i].speaker) return { ...direct[i], how: 'continued quotation', confidence: 0.8 };
  }
  return null;
}

/** "Jane Doe said she was relieved. “It is over.”": the speaker of the previous sentence in the paragraph. */
function previousSentence(ctx: Context, cues: readonly Cue[][], ui: number): Attribution | null {
  const prev = ctx.units[ui - 1];
  if (!prev || prev.block !== ctx.units[ui].block) return null;
  for (const cue of cues[ui - 1]) {
    const m = speakerOfCue(ctx, prev, cue);
    if (m?.canonical) return { speaker: m.canonical, how: 'previous sentence', confidence: 0.7 };
  }
  return null;
}

/** “…?” Jane Doe asked. — a next "sentence" that is only a name and a speech verb. */
const TAIL_ATTRIBUTION = /^\s*(?:\p{L}+\s+){0,2}$/u;

/** “…” Those were the words of Jane Doe. / “…” So said Jane Doe. / “…?” The question was put by Jane Doe. / “…?” Jane Doe asked. */
function creditInNextUnit(ctx: Context, ui: number): Attribution | null {
  const unit = ctx.units[ui];
  const next = ctx.units[ui + 1];
  if (!next || next.block !== unit.block) return null;
  for (const m of next.mentions) {
    const lead = ctx.text.slice(Math.max(next.start, m.start - 40), m.start);
    if (m.canonical && (NEXT_SENTENCE_CREDIT.test(lead) || /^(?:so\s+)?said\s+$/i.test(ctx.text.slice(next.start, m.start)))) {
      return { speaker: m.canonical, how: 'next sentence', confidence: 0.75 };
    }
  }
  const first = next.mentions[0];
  const verb = first ? next.frame.find((t) => t.start >= first.end) : undefined;
  if (first?.canonical && verb && SPEECH_VERBS.has(verb.lower) && TAIL_ATTRIBUTION.test(ctx.text.slice(next.start, first.start)) && next.frame.length - next.frame.indexOf(verb) <= 4) {
    return { speaker: first.canonical, how: 'next sentence', confidence: 0.7 };
  }
  return null;
}

/** A quote-only paragraph: the last speaker quoted in the previous paragraph, else its subject. */
function previousParagraph(ctx: Context, done: readonly Attribution[], block: number): Attribution | null {
  for (let i = done.length - 1; i >= 0; i--) {
    const q = ctx.quotes[i];
    if (q.block < block - 1) break;
    if (q.block === block - 1 && done[i].speaker) return { speaker: done[i].speaker, how: 'previous paragraph', confidence: 0.7 };
  }
  const last = ctx.units[ctx.blockLastUnit[block - 1] ?? -1];
  if (!last || last.quotes.length) return null;
  const subject = pick(last, last.mentions.filter((m) => m.entity?.kind === 'person' || m.kind === 'pronoun'));
  return subject?.canonical ? { speaker: subject.canonical, how: 'previous paragraph', confidence: 0.6 } : null;
}
