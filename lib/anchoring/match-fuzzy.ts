// Strategy 3: the quote was edited. Candidates come from bounded approximate searches (Myers'
// bit-parallel algorithm, approx-string-match) for the quote, or for chunks of a long quote, and
// for its prefix and suffix; each candidate is then scored on quote, prefix and suffix errors.
import approxSearch from 'approx-string-match';
import { contextFit } from './context-fit';
import { boundedDistance } from './edit-distance';
import { SHORT_QUOTE, candidateScore, contextSimilarity, maxQuoteErrors, pickClearWinner, quoteSimilarity, type Candidate } from './policy';
import { refineBounds } from './refine-bounds';
import type { AnchorTarget } from './selectors';
import type { TextMatch } from './match-types';

/** Patterns longer than this are searched for by their first and last CHUNK characters. */
const CHUNK = 64;
/** Context shorter than this is too weak to search for on its own. */
const MIN_CONTEXT_PROBE = 16;
/** Text searched either side of the expected position before the whole text. */
const WINDOW_SLACK = 1024;

interface Span {
  start: number;
  end: number;
}

/** Best approximate spans of the whole quote inside text[from, to). */
function quoteSpansIn(text: string, from: number, to: number, exact: string, maxErrors: number): Span[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi - lo <= 0) return [];
  return approxSearch(text.slice(lo, hi), exact, maxErrors).map((m) => ({ start: lo + m.start, end: lo + m.end }));
}

/** Where the quote (or for a long quote, its head and tail) approximately occurs in text[from, to). */
function quoteProbe(text: string, from: number, to: number, target: AnchorTarget, maxErrors: number): Span[] {
  const { exact } = target;
  if (exact.length <= CHUNK) return quoteSpansIn(text, from, to, exact, maxErrors);
  const region = text.slice(from, to);
  const chunkErrors = maxQuoteErrors(CHUNK);
  const spans: Span[] = [];
  // A head hit at h puts the quote at about [h, h + length); a tail hit ending at t at about [t - length, t).
  for (const m of approxSearch(region, exact.slice(0, CHUNK), chunkErrors)) {
    const h = from + m.start;
    spans.push(...quoteSpansIn(text, h - maxErrors, h + exact.length + maxErrors, exact, maxErrors));
  }
  for (const m of approxSearch(region, exact.slice(-CHUNK), chunkErrors)) {
    const t = from + m.end;
    spans.push(...quoteSpansIn(text, t - exact.length - maxErrors, t + maxErrors, exact, maxErrors));
  }
  return spans;
}

/** Quote spans right after an approximate hit of the prefix, or right before one of the suffix. */
function contextProbe(text: string, from: number, to: number, target: AnchorTarget, maxErrors: number): Span[] {
  const { prefix, suffix, exact } = target;
  const region = text.slice(from, to);
  const reach = exact.length + maxErrors;
  const spans: Span[] = [];
  if (prefix.length >= MIN_CONTEXT_PROBE) {
    for (const m of approxSearch(region, prefix, maxQuoteErrors(prefix.length))) {
      const p = from + m.end;
      spans.push(...quoteSpansIn(text, p, p + reach, exact, maxErrors));
    }
  }
  if (suffix.length >= MIN_CONTEXT_PROBE) {
    for (const m of approxSearch(region, suffix, maxQuoteErrors(suffix.length))) {
      const s = from + m.start;
      spans.push(...quoteSpansIn(text, s - reach, s, exact, maxErrors));
    }
  }
  return spans;
}

function toCandidate(text: string, span: Span, target: AnchorTarget, maxErrors: number): Candidate {
  const quoteErrors = boundedDistance(target.exact, text.slice(span.start, span.end), maxErrors);
  return { ...span, quoteErrors, ...contextFit(text, span.start, span.end, target) };
}

function candidatesIn(text: string, from: number, to: number, target: AnchorTarget): Candidate[] {
  const maxErrors = maxQuoteErrors(target.exact.length);
  const spans = [...contextProbe(text, from, to, target, maxErrors)];
  // A very short quote is only looked for next to its own context.
  if (target.exact.length >= SHORT_QUOTE) spans.push(...quoteProbe(text, from, to, target, maxErrors));
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const span of spans) {
    const key = `${span.start}:${span.end}`;
    if (span.end <= span.start || seen.has(key)) continue;
    seen.add(key);
    const c = toCandidate(text, span, target, maxErrors);
    if (c.quoteErrors <= maxErrors) out.push(c);
  }
  return out;
}

/** A window winner needs no look at the rest of the text only when it is this convincing. */
function isStrong(c: Candidate, target: AnchorTarget): boolean {
  return quoteSimilarity(c, target) >= 0.9 && contextSimilarity(c, target) >= 0.8;
}

/**
 * The match for a winning candidate with its boundaries refined. The place was confirmed already;
 * refining only moves its edges (a word replaced at the edge may even push the quote's error count
 * over the search budget), so it is kept unless it no longer overlaps the confirmed span.
 */
function toMatch(text: string, c: Candidate, target: AnchorTarget): TextMatch {
  const bounds = refineBounds(text, c.start, c.end, target);
  const overlaps = bounds.start < c.end && c.start < bounds.end;
  const use = overlaps ? toCandidate(text, bounds, target, target.exact.length) : c;
  return { start: use.start, end: use.end, score: candidateScore(use, target), strategy: 'fuzzy' };
}

export function matchFuzzy(text: string, target: AnchorTarget, expected: number | null): TextMatch | null {
  const length = target.exact.length;
  let windowed: Candidate[] = [];
  if (expected !== null) {
    const from = Math.max(0, expected - length - WINDOW_SLACK);
    const to = Math.min(text.length, expected + 2 * length + WINDOW_SLACK);
    windowed = candidatesIn(text, from, to, target);
    const best = pickClearWinner(windowed, target, expected);
    if (best && isStrong(best, target)) return toMatch(text, best, target);
    if (from === 0 && to === text.length) return best && toMatch(text, best, target);
  }
  const best = pickClearWinner([...windowed, ...candidatesIn(text, 0, text.length, target)], target, expected);
  return best && toMatch(text, best, target);
}
