// Reading the selectors of a saved annotation defensively: they may come from an import.
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../model';

export interface AnchorTarget {
  exact: string;
  prefix: string;
  suffix: string;
  /** [start, end) in code points, when a usable TextPositionSelector was given. */
  position: { start: number; end: number } | null;
}

function isQuote(s: Selector): s is TextQuoteSelector {
  return s?.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact.length > 0;
}

function isPosition(s: Selector): s is TextPositionSelector {
  return (
    s?.type === 'TextPositionSelector' &&
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    s.start >= 0 &&
    s.end > s.start
  );
}

/**
 * The quote to find and where it was. Null without a usable TextQuoteSelector: a position alone
 * cannot be checked against the text, so it could land on the wrong words.
 */
export function readTarget(selectors: readonly Selector[]): AnchorTarget | null {
  const quote = selectors.find(isQuote);
  if (!quote) return null;
  const pos = selectors.find(isPosition);
  return {
    exact: quote.exact,
    prefix: typeof quote.prefix === 'string' ? quote.prefix : '',
    suffix: typeof quote.suffix === 'string' ? quote.suffix : '',
    position: pos ? { start: pos.start, end: pos.end } : null,
  };
}
