import type { Context } from './context';
import type { Sentence } from './sentences';

/** A sentence worth fact-checking. */
export interface Claim {
  sentence: Sentence;
  score: number;
  /** "figure: 175 prisoners", "date: on Tuesday", "record: Europe’s largest". */
  reason: string;
}

interface Feature {
  re: RegExp;
  weight: number;
  label: string;
  /** Cap on how many matches count. */
  max: number;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const FEATURES: Feature[] = [
  { label: 'figure', weight: 1.5, max: 1, re: /(?:[$£€¥]\s?\d[\d,.]*(?:\s?(?:bn|m|k|million|billion|trillion)\b)?|\b\d[\d,.]*\s?(?:%|per ?cent\b|bn\b|million\b|billion\b|trillion\b))/giu },
  { label: 'figure', weight: 1.25, max: 3, re: /\b\d[\d,.]*(?:st|nd|rd|th)?(?:-\p{L}+)?(?![\d:])(?:\s+(?:[\p{Ll}-]+))?/gu },
  { label: 'time', weight: 0.5, max: 1, re: /\b\d{1,2}:\d{2}\b/gu },
  { label: 'figure', weight: 0.75, max: 1, re: /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands|millions|billions|trillions)\s+[\p{Ll}-]+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)-(?:hour|day|week|month|year)\b/giu },
  { label: 'figure', weight: 1.5, max: 1, re: /\b(?:a quarter|a third|half|doubled|tripled|halved|twice as)\b[^,.;]{0,30}/gu },
  { label: 'date', weight: 1, max: 1, re: /\b(?:on|last|this|next|since|by|until)?\s?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gu },
  { label: 'date', weight: 1, max: 1, re: new RegExp(`\\b(?:\\d{1,2}\\s${MONTH}|${MONTH}\\s\\d{1,2}\\b|(?:in|since|from|until|by|last|early|late|mid-?)\\s${MONTH})`, 'gu') },
  { label: 'date', weight: 1, max: 1, re: /\b(?:in|since|from|until|by|before|after|of)?\s?(?:19|20)\d{2}\b/gu },
  { label: 'date', weight: 1, max: 1, re: /\b\d+\s(?:years?|months?|weeks?|days?)\sago\b|\blast\s(?:week|month|year)\b|\bthis\s(?:week|month|year)\b/gu },
  { label: 'record', weight: 1.5, max: 1, re: /\b(?:[\p{Lu}][\p{L}]+[’']s\s)?(?:largest|biggest|highest|lowest|smallest|strongest|weakest|worst|deadliest|longest|fastest|record(?:-breaking)?)\b(?:[^,.;]{0,40}\bsince\b)?/gu },
  { label: 'record', weight: 1.5, max: 1, re: /\b(?:first|only)\b[^,.;]{0,40}\b(?:since|ever|in history|on record)\b/gu },
  { label: 'event', weight: 1, max: 1, re: /\b(?:agreed|signed|seized|annexed|invaded|killed|arrested|charged|convicted|sentenced|fined|approved|passed|voted|rose|fell|dropped|increased|decreased|cut off|cut|suspended|restored|launched|announced|won|lost|awarded|confirmed|recorded|exchanged|transferred|collapsed|closed|hand over|taken to hospital|banned|resigned|fired|elected|stole|stolen|grew|eased|examined|deliver|fund|injured|wounded|died|destroyed|damaged|evacuated|indicted|introduced)\b/gu },
  { label: 'source', weight: 0.5, max: 1, re: /\baccording to\b|\b(?:data|figures|records|documents)\s(?:show|showed|shows)\b|\b(?:police|officials|authorities|prosecutors|investigators)\s(?:said|say)\b/gu },
];
const HEDGES = /\b(?:I think|I believe|we believe|should|would like|hopes?|hoped|feel|felt|seems?|appears?|might|perhaps|possibly|sceptical|skeptical|doubtful|impatient|admiration|his view|her view|opinion|concern(?:ed)?|danger|fears?|(?:he|she|I|we|they) (?:had|has|have) (?:ever )?seen)\b/giu;
/** Schedules are not claims: "A hearing is scheduled for Aug. 14", "set a trial date of Feb. 9". */
const SCHEDULE = /\b(?:is|are|was|were) (?:scheduled|due|set) (?:for|to)\b|\bscheduled for\b|\bset (?:a )?(?:trial|hearing|sentencing) date\b/iu;
/** Attribution, not a date: "said Tuesday", "told reporters on Monday". */
const SAID_BEFORE = /\b(?:said|says|told(?: \p{L}+)?|added|announced|confirmed)\s+(?:on\s+)?$/u;
/** Background in a relative clause: ", who represents 300 plaintiffs,". */
const RELATIVE_CLAUSE = /,\s(?:who|whose|which)\s[^,]*(?:,|$)/gu;

/** Whether a feature match is not evidence of a claim: an age, a year read as a count, a date of attribution. */
function incidental(f: Feature, text: string, index: number, match: string): boolean {
  const m = match.trim();
  if (f.label === 'figure') {
    if (/^\d{1,3}-year-old/.test(m)) return true; // "the 45-year-old"
    const digits = /^\d{1,3}(?=,)/.exec(match);
    if (digits && /\p{Lu}[\p{L}’'-]*,\s?$/u.test(text.slice(Math.max(0, index - 30), index))) return true; // "Ana Ruiz, 44, said"
    if (f.weight < 1.5 && /^(?:19|20)\d{2}(?:\s+[\p{Ll}-]+)?$/u.test(m)) return true; // a year is a date, not a count
  }
  if (f.label === 'date' && /^(?:on\s)?\p{Lu}\p{Ll}+day$/u.test(m) && SAID_BEFORE.test(text.slice(Math.max(0, index - 30), index))) return true;
  return false;
}
const PROCEDURAL = /^(?:it (?:was|is) (?:not|still not|unclear) (?:immediately )?(?:clear|known)|it is unclear|this (?:story|article|page) (?:has been|was|will be) updated|sign up|read more|follow us|subscribe|welcome to|our reporter|.*\bcontributed to this report|.*\bhas not said whether)/iu;

/** Scores a sentence's check-worthiness; returns null when it is not a candidate at all. */
export function scoreSentence(ctx: Context, s: Sentence): Claim | null {
  const text = ctx.text.slice(s.start, s.end);
  if (ctx.blocks[s.block]?.type === 'heading') return null;
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < 6 || text.length > 1500) return null;
  if (/\?["”’']?$/.test(text) || PROCEDURAL.test(text)) return null;
  let quoted = 0;
  for (let i = s.start; i < s.end; i++) if (ctx.inQuote(i)) quoted++;
  const quoteShare = quoted / text.length;
  if (quoteShare >= 0.5) return null;
  let score = 0;
  let best: { weight: number; label: string; match: string } | null = null;
  const background: Array<[number, number]> = [];
  for (const r of text.matchAll(RELATIVE_CLAUSE)) background.push([r.index, r.index + r[0].length]);
  const inBackground = (i: number): boolean => background.some(([a, b]) => a <= i && i < b);
  for (const f of FEATURES) {
    const re = new RegExp(f.re.source, f.re.flags);
    let n = 0;
    for (let m = re.exec(text); m && n < f.max; m = re.exec(text)) {
      if (m[0].trim() === '' ) {
        re.lastIndex++;
        continue;
      }
      if (ctx.inQuote(s.start + m.index, s.start + m.index + m[0].length)) continue;
      const at = m.index + (m[0].length - m[0].trimStart().length);
      if (incidental(f, text, at, m[0].trimStart())) continue;
      n++;
      score += inBackground(at) ? f.weight / 2 : f.weight;
      if (!best || f.weight > best.weight) best = { weight: f.weight, label: f.label, match: m[0].trim() };
    }
  }
  const names = properNouns(ctx, s);
  score += names >= 2 ? 0.5 : names === 1 ? 0.25 : 0;
  const hedges = Math.min(2, text.match(HEDGES)?.length ?? 0);
  score -= hedges;
  if (quoteShare >= 0.25) score -= 1;
  if (SCHEDULE.test(text)) score -= 1.5;
  if (!best) return null;
  return { sentence: s, score, reason: `${best.label}: ${best.match}` };
}

/** Capitalised words after the first, outside quotations: a rough count of named things. */
function properNouns(ctx: Context, s: Sentence): number {
  const re = /(?<=\s)\p{Lu}[\p{L}’'-]*/gu;
  re.lastIndex = 0;
  const text = ctx.text.slice(s.start, s.end);
  let n = 0;
  for (let m = re.exec(text); m && n < 3; m = re.exec(text)) if (m[0] !== 'I' && !ctx.inQuote(s.start + m.index)) n++;
  return n;
}

/** Counts sentences of three or more words, the base of the claim share. */
export function countSentences(ctx: Context): number {
  let n = 0;
  for (const s of ctx.sentences) if ((ctx.text.slice(s.start, s.end).match(/[\p{L}\p{N}']+/gu)?.length ?? 0) >= 3) n++;
  return n;
}

export const MIN_SCORE = 1.5;
export const SHARE = 0.35;

/**
 * The most check-worthy sentences: score at least MIN_SCORE, at most SHARE of the article's sentences,
 * best first. Sentences already reported as disputed need a higher score.
 */
export function findClaims(ctx: Context, disputed: ReadonlySet<number> = new Set()): Claim[] {
  const scored: Claim[] = [];
  for (const s of ctx.sentences) {
    const c = scoreSentence(ctx, s);
    if (!c) continue;
    const need = disputed.has(s.start) ? MIN_SCORE + 1.5 : MIN_SCORE;
    if (c.score >= need) scored.push(c);
  }
  const cap = Math.max(1, Math.floor(SHARE * countSentences(ctx)));
  return scored.sort((a, b) => b.score - a.score || a.sentence.start - b.sentence.start).slice(0, cap);
}
