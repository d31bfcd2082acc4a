/**
 * Cues: the hand-written signs that a sentence states something checkable — a figure, a date, a record,
 * a comparison, a cause and effect, a concrete event, a named source. Each cue keeps its span, so it
 * both feeds the model (as a feature) and explains a claim to the reader (as its reason).
 *
 * Pure: works on one sentence's text; `quoted(start, end)` says whether a span of it lies inside a
 * quotation (cues inside quotations are the speaker's words, not the article's, and do not count).
 */

export type CueKind = 'figure' | 'date' | 'time' | 'record' | 'comparison' | 'cause' | 'event' | 'source';

export interface Cue {
  kind: CueKind;
  /** [start, end) in the sentence text. */
  start: number;
  end: number;
  /** How strongly it marks a claim by hand (used by the reason choice and as the feature value). */
  weight: number;
  /** In a background relative clause (", who represents 300 plaintiffs,"): counts half. */
  background: boolean;
  /** A number that is part of a date or time ("28" of "28 February"): never a figure for the model or the reason. */
  inDate: boolean;
}

interface Pattern {
  kind: CueKind;
  weight: number;
  /** Cap on how many matches count. */
  max: number;
  re: RegExp;
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** Up to `n` more words in the same clause: keeps reason snippets whole-worded. */
const words = (n: number): string => `(?:[ \\u00a0](?![Tt]hat\\b|[Ww]hich\\b|[Ww]ho\\b)[\\p{L}\\p{N}$£€%][\\p{L}\\p{N}’'%.,$-]*(?<![.,])){0,${n}}`;

const PATTERNS: Pattern[] = [
  // money and percentages: "$1.5 trillion", "6%", "40 percent", "£2.1bn"
  { kind: 'figure', weight: 1.5, max: 1, re: /(?:[$£€¥]\s?\d[\d,.]*(?:\s?(?:bn|m|k|million|billion|trillion)\b)?|\b\d[\d,.]*\s?(?:%|per ?cent\b|bn\b|million\b|billion\b|trillion\b))/giu },
  // a count and what it counts: "175 prisoners", "the 3rd-largest"
  { kind: 'figure', weight: 1.25, max: 3, re: /\b\d[\d,.]*(?<![.,])(?:st|nd|rd|th)?(?:-\p{L}+)?(?![\d:])(?:\s+(?:of\s+)?(?:(?:square|cubic)\s+)?(?:[\p{Ll}-]+))?/gu },
  { kind: 'time', weight: 0.5, max: 1, re: /\b\d{1,2}:\d{2}\b(?:\s?[ap]\.?m\.?)?/gu },
  { kind: 'figure', weight: 0.75, max: 1, re: /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens?|hundreds|thousands|millions|billions|trillions)\s+(?:of\s+)?[\p{Ll}-]+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)-(?:hour|day|week|month|year)\b/giu },
  { kind: 'figure', weight: 1.5, max: 1, re: new RegExp(`\\b(?:a quarter|a third|half|doubled|tripled|quadrupled|halved|twice as)\\b${words(4)}`, 'gu') },
  { kind: 'date', weight: 1, max: 1, re: new RegExp(`\\b(?:(?:on|last|this|next|since|by|until) )?${WEEKDAY}\\b`, 'gu') },
  { kind: 'date', weight: 1, max: 1, re: new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH}(?:,?\\s(?:19|20)\\d{2}\\b)?|${MONTH}\\s\\d{1,2}\\b(?:,?\\s(?:19|20)\\d{2}\\b)?|(?:in|since|from|until|by|last|early|late|mid-?)\\s${MONTH}(?:\\s(?:19|20)\\d{2}\\b)?)`, 'gu') },
  { kind: 'date', weight: 1, max: 1, re: /\b(?:(?:in|since|from|until|by|before|after|of) )?(?:19|20)\d{2}\b(?!\s?(?:%|per ?cent))/gu },
  { kind: 'date', weight: 1, max: 1, re: /\b\d+\s(?:years?|months?|weeks?|days?)\sago\b|\blast\s(?:week|month|year)\b|\bthis\s(?:week|month|year)\b/gu },
  { kind: 'record', weight: 1.5, max: 1, re: /\b(?:(?:the|its|their|his|her)\s)?(?:[\p{Lu}][\p{L}]+[’']s\s)?(?:largest|biggest|highest|lowest|smallest|strongest|weakest|worst|deadliest|longest|fastest|record(?:-breaking)?)\b(?:[^,.;]{0,40}?\bsince\s+(?:the\s)?[\p{L}\p{N}]+)?/gu },
  { kind: 'record', weight: 1.5, max: 1, re: /\b(?:the\s)?(?:first|only)\b[^,.;]{0,40}?\b(?:since\s+(?:the\s)?[\p{L}\p{N}]+|ever|in history|on record)\b/gu },
  { kind: 'comparison', weight: 1, max: 1, re: new RegExp(`\\b(?:more|less|fewer|higher|lower|bigger|smaller|larger|greater|faster|slower|cheaper|older|younger|richer|poorer)\\s+than\\b${words(3)}|\\b(?:compared (?:with|to)|up from|down from|as (?:much|many|high|low) as)\\b${words(3)}|\\b(?:rose|fell|grew|dropped|increased|decreased|declined|climbed|jumped|slumped)\\s+(?:by|to|from)\\s+(?:about\\s+|around\\s+|nearly\\s+|almost\\s+)?[$£€]?\\d${words(2)}`, 'gu') },
  { kind: 'cause', weight: 1, max: 1, re: new RegExp(`\\b(?:because of|due to|as a result of|thanks to|caused|causes|led to|leads to|resulted in|results in|responsible for|blamed (?:for|on))\\b${words(3)}`, 'gu') },
  { kind: 'event', weight: 1, max: 1, re: new RegExp(`\\b(?:agreed|signed|seized|annexed|invaded|killed|arrested|charged|convicted|sentenced|fined|approved|passed|voted|rose|fell|dropped|increased|decreased|cut off|cut|suspended|restored|launched|announced|won|lost|awarded|confirmed|recorded|exchanged|transferred|collapsed|closed|hand over|taken to hospital|banned|resigned|fired|elected|stole|stolen|grew|eased|examined|deliver|fund|injured|wounded|died|destroyed|damaged|evacuated|indicted|introduced|vetoed|raised|created|spent|appropriated)\\b${words(2)}`, 'gu') },
  { kind: 'source', weight: 0.5, max: 1, re: new RegExp(`\\baccording to\\b${words(3)}|\\b(?:data|figures|records|documents|statistics)\\s(?:show|showed|shows)\\b|\\b(?:police|officials|authorities|prosecutors|investigators)\\s(?:said|say)\\b`, 'gu') },
];

/** Attribution, not a date: "said Tuesday", "told reporters on Monday". */
const SAID_BEFORE = /\b(?:said|says|told(?: \p{L}+)?|added|announced|confirmed)\s+(?:on\s+)?$/u;
/** Background in a relative clause: ", who represents 300 plaintiffs,". */
const RELATIVE_CLAUSE = /,\s(?:who|whose|which)\s[^,]*(?:,|$)/gu;

/** Whether a match is not evidence of a claim: an age, a year read as a count, a date of attribution. */
function incidental(p: Pattern, text: string, index: number, match: string): boolean {
  if (p.kind === 'figure') {
    if (/^\d{1,3}-years?-old/.test(text.slice(index, index + 16))) return true; // "the 45-year-old"
    if (/^\d{1,3}(?=,|$)/.test(match) && text[index + match.length] === ',' && /\p{Lu}[\p{L}’'-]*,\s?$/u.test(text.slice(Math.max(0, index - 30), index))) return true; // "Ana Ruiz, 44, said"
    if (p.weight < 1.5 && /^(?:19|20)\d{2}(?:\s+(?:of\s+)?[\p{Ll}-]+)?$/u.test(match)) return true; // a year is a date, not a count
  }
  if (p.kind === 'date' && /^(?:on\s)?\p{Lu}\p{Ll}+day$/u.test(match) && SAID_BEFORE.test(text.slice(Math.max(0, index - 30), index))) return true;
  return false;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Every cue of a sentence, in text order; a count that is part of a date or time is marked `inDate`. */
export function findCues(text: string, quoted: (start: number, end: number) => boolean = () => false): Cue[] {
  let background: Array<[number, number]> | null = null; // looked for only when a cue needs it
  const inBackground = (i: number): boolean => {
    if (!background) {
      background = [];
      for (const r of text.matchAll(RELATIVE_CLAUSE)) background.push([r.index, r.index + r[0].length]);
    }
    return background.some(([a, b]) => a <= i && i < b);
  };
  const found: Cue[] = [];
  for (const p of PATTERNS) {
    const re = p.re; // compiled once; lastIndex reset before and after (the analysis is synchronous)
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(text); m && n < p.max; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const lead = m[0].length - m[0].trimStart().length;
      const match = m[0].trim();
      const start = m.index + lead;
      const end = start + match.length;
      if (!match || quoted(start, end) || incidental(p, text, start, match)) continue;
      n++;
      found.push({ kind: p.kind, start, end, weight: p.weight, background: inBackground(start), inDate: false });
    }
    re.lastIndex = 0;
  }
  const dates = found.filter((c) => c.kind === 'date' || c.kind === 'time');
  for (const c of found) c.inDate = c.kind === 'figure' && c.weight < 1.5 && dates.some((d) => overlaps(c, d));
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
