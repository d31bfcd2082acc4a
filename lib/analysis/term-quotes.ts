import type { Quote } from './quotes';

/** Words that present a quoted phrase as a name or a term rather than as someone's words. */
const TERM_INTRO = /\b(?:known as|so-called|referred to as|nicknamed|the (?:term|word|phrase|label))\s*$/iu;
const OPEN = '[“"‘\']';
const CLOSE = '[”"’\']';
/** "from “poor” to “fair”": a scale of ratings, not speech. */
const FROM_BEFORE = /\bfrom\s*$/iu;
const TO_AFTER = new RegExp(`^\\s*to\\s*${OPEN}`, 'u');
const FROM_TO_BEFORE = new RegExp(`\\bfrom\\s*${OPEN}[^”"’']{1,40}${CLOSE}\\s*to\\s*$`, 'iu');

const wordCount = (s: string): number => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/**
 * Whether a short quotation is a term or a label the writer put in quotation marks ("a practice known as
 * “public safety power shutoff”", "from “poor” to “fair”") rather than words someone said.
 */
export function isTermQuote(text: string, q: Quote): boolean {
  const inner = text.slice(q.innerStart, q.innerEnd);
  const before = text.slice(Math.max(0, q.start - 60), q.start);
  const after = text.slice(q.end, q.end + 8);
  const words = wordCount(inner);
  if (words <= 5 && TERM_INTRO.test(before)) return true;
  if (words > 3) return false;
  return (FROM_BEFORE.test(before) && TO_AFTER.test(after)) || FROM_TO_BEFORE.test(before);
}
