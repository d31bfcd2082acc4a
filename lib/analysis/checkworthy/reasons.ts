/**
 * The words a reader sees for why a sentence was flagged as a check-worthy claim. All the wording lives here:
 * "A figure: 175 prisoners", "A date: 28 February", "A record: the largest since 2019", "A factual statement
 * about the Federal Reserve". Snippets are whole words, never cut in the middle of one.
 */
import type { Cue, CueKind } from './cues';

const LABEL: Record<CueKind, string> = {
  figure: 'A figure',
  record: 'A record',
  comparison: 'A comparison',
  date: 'A date',
  cause: 'A cause and effect',
  source: 'A sourced statement',
  event: 'A reported event',
  time: 'A time',
};
/** Which cue explains a claim best when there are several: the most specific first. */
const PRIORITY: readonly CueKind[] = ['figure', 'record', 'comparison', 'date', 'cause', 'source', 'event', 'time'];
const MAX_WORDS = 8;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const DANGLING = new Set(['in', 'of', 'the', 'a', 'an', 'to', 'and', 'or', 'for', 'on', 'at', 'by', 'with', 'from', 'that', 'which', 'who', 'as', 'since']);
const JOINED = /^(?:[.,'’/:-]?[\p{L}\p{N}])+/u;

/**
 * text[start, end) widened to whole words, spaces collapsed, stray punctuation at either end removed, and
 * shortened to `maxWords` words with an ellipsis.
 */
export function wholeWords(text: string, start: number, end: number, maxWords = MAX_WORDS): string {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s > 0 && WORD_CHAR.test(text[s - 1]) && WORD_CHAR.test(text[s])) s--;
  if (e > s && e < text.length && WORD_CHAR.test(text[e - 1])) e += JOINED.exec(text.slice(e, e + 40))?.[0].length ?? 0;
  const words = text.slice(s, e).replace(/\s+/gu, ' ').replace(/^[\s,;:.–—-]+|[\s,;:–—-]+$/gu, '').split(' ').filter(Boolean);
  const cut = words.length > maxWords;
  const kept = words.slice(0, maxWords);
  // never end on a dangling "in", "of", "the": "a quarter of Ukraine’s electricity in" → "… electricity"
  while (kept.length > 1 && DANGLING.has(kept[kept.length - 1].toLowerCase())) kept.pop();
  const out = kept.join(' ').replace(/[,;:]+$/u, '');
  return cut ? `${out}…` : out;
}

/** The cue that explains a claim: by kind (figures before dates…), then the earliest. */
export function bestCue(cues: readonly Cue[]): Cue | null {
  let best: Cue | null = null;
  for (const c of cues) {
    if (!best || PRIORITY.indexOf(c.kind) < PRIORITY.indexOf(best.kind)) best = c;
  }
  return best;
}

/** "A figure: 175 prisoners" for a cue of `text` (the sentence). */
export function cueReason(text: string, cue: Cue): string {
  return `${LABEL[cue.kind]}: ${wholeWords(text, cue.start, cue.end)}`;
}

/** A claim the model flagged with no hand cue: what it is about, or the words that made it look checkable. */
export function statementReason(named: string | null, words: readonly string[]): string {
  if (named) return `A factual statement about ${named}`;
  if (words.length) return `A factual statement, worded like claims worth checking (${words.map((w) => `“${w}”`).join(', ')})`;
  return 'A factual statement worth checking';
}

const LEADING = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'but', 'and', 'so', 'now', 'well', 'yet', 'then', 'in', 'on', 'at', 'for', 'of', 'to', 'by', 'if', 'when', 'after', 'before', 'since', 'as', 'with']);
const CONNECTORS = new Set(['of', 'for', 'and', 'de', 'the', 'du', 'von', 'van', 'on']);
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’&-]*/gu;

/**
 * The first named thing of a sentence outside quotations: a run of capitalised words ("Social Security",
 * "the Bank of England", "FBI"), with "the" kept when the sentence has it. Null when there is none.
 */
export function namedThing(text: string, quoted: (start: number, end: number) => boolean = () => false): string | null {
  const toks = [...text.matchAll(TOKEN)].map((m) => ({ word: m[0].replace(/[.'’]+$/u, ''), start: m.index, end: m.index + m[0].length }));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!/^\p{Lu}/u.test(t.word) || t.word === 'I' || /^I['’]/u.test(t.word) || quoted(t.start, t.end)) continue;
    if (i === 0 && LEADING.has(t.word.toLowerCase())) continue;
    let j = i;
    while (j + 1 < toks.length && /^\s+$/u.test(text.slice(toks[j].end, toks[j + 1].start))) {
      const n = toks[j + 1];
      if (/^\p{Lu}/u.test(n.word) && n.word !== 'I') j++;
      else if (CONNECTORS.has(n.word) && j + 2 < toks.length && /^\p{Lu}/u.test(toks[j + 2].word)) j += 2;
      else break;
    }
    // a lone capitalised first word is usually just the start of the sentence ("Inflation rose", "Unemployment is")
    if (i === 0 && j === 0) continue;
    const before = text.slice(Math.max(0, t.start - 4), t.start);
    const the = /\bthe\s$/iu.test(before) ? 'the ' : '';
    let end = toks[j].end;
    // a lone nationality or adjective ("British", "Russian") names nothing without its noun: "British official"
    if (i === j && /(?:ish|ian|ean|ese|an|ic|i)$/u.test(t.word) && j + 1 < toks.length && /^\p{Ll}/u.test(toks[j + 1].word)) end = toks[j + 1].end;
    return (the + wholeWords(text, t.start, end, 6)).replace(/['’]s?$/u, '');
  }
  return null;
}
