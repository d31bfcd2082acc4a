import type { ArticleInput, Finding } from '../model';
import { applyAliases } from './aliases';
import type { CheckworthyModel } from './checkworthy';
import { findClaims } from './claims';
import { buildContext } from './context';
import { findDisputes } from './disputes';
import { toArticleInput } from './input';
import { quoteReason } from './sieves';
import { attributeQuotes } from './speakers';
import { ATTRIBUTION } from './thresholds';
import { notAQuote } from './not-quotes';

/**
 * Analyses a news article: direct quotes with their speakers, disputed assertions (and who disputes
 * them), and check-worthy claims. Pure and DOM-free; offsets are UTF-16 indices into the input text.
 * Never throws: malformed input gives no findings.
 */
export function analyze(input: ArticleInput | string, options: AnalyzeOptions = {}): Finding[] {
  try {
    return applyAliases(run(toArticleInput(input), options), typeof input === 'string' ? undefined : input?.aliases);
  } catch {
    return [];
  }
}

/** For evaluation tools: another check-worthiness model than the shipped one (e.g. one fold's). */
export interface AnalyzeOptions {
  claimModel?: CheckworthyModel;
}

function run(input: ArticleInput, options: AnalyzeOptions): Finding[] {
  const ctx = buildContext(input);
  const { text } = ctx;
  const findings: Finding[] = [];

  const attributions = attributeQuotes(ctx);
  ctx.quotes.forEach((q, i) => {
    const a = attributions[i];
    if (notAQuote(ctx, q, a)) return;
    findings.push({
      kind: 'quote',
      start: q.innerStart,
      end: q.innerEnd,
      text: text.slice(q.innerStart, q.innerEnd),
      speaker: a.speaker,
      rule: a.sieve || undefined,
      reason: quoteReason(a.speaker, a.sieve),
      confidence: a.speaker ? a.confidence : ATTRIBUTION.unknown,
    });
  });

  // a piece of a run with no sentence end (Sentence.cut) is no one's sentence: neither a dispute nor a claim
  const disputes = findDisputes(ctx, attributions.map((a) => a.speaker)).filter((d) => !d.sentence.cut);
  for (const d of disputes) {
    const { start, end } = d.sentence;
    findings.push({
      kind: 'disputed',
      start,
      end,
      text: text.slice(start, end),
      disputedBy: d.disputedBy,
      claimant: d.claimant,
      rule: d.rule,
      reason: d.disputedBy ? `Disputed by ${d.disputedBy}: “${d.cue}”` : `Disputed: “${d.cue}”`,
      confidence: d.disputedBy ? 0.8 : 0.65,
    });
  }

  const disputed = new Set(disputes.map((d) => d.sentence.start));
  for (const c of findClaims(ctx, disputed, options.claimModel)) {
    const { start, end } = c.sentence;
    findings.push({
      kind: 'claim',
      start,
      end,
      text: text.slice(start, end),
      reason: c.reason,
      confidence: Math.round(Math.min(0.95, c.score) * 100) / 100,
    });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

export { toArticleInput } from './input';
