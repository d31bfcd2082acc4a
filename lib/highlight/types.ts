// The shapes the painting modules share (no code): what is painted, where, and the hooks of the
// long-page painter (long-pages.ts), which comes with the interactive bundle.
import type { Kind } from '../model';

interface PaintPoint {
  node: Text;
  offset: number;
}

export interface PaintItem {
  id: string;
  kind: Kind;
  start: PaintPoint;
  end: PaintPoint;
  speaker?: string | null;
  disputedBy?: string | null;
  /** Saved by the reader (or an auto-finding the reader acted on): styled a little stronger. */
  saved?: boolean;
}

/** One item's stretch of a block's text, in characters as mark.js counts them (text-walk.ts). */
export interface MarkRange {
  start: number;
  length: number;
  item: PaintItem;
}

/**
 * How very long blocks and pages are painted (long-pages.ts: linear wrapping, CSS highlights). It is
 * not in the content script's core, since ordinary articles never need it: the core registers how to
 * load it (with the interactive bundle, long-page-slot.ts) and paintLayers loads it the first time a
 * plan needs it. Until then, or if it cannot be loaded, mark.js paints everything, correctly but more slowly.
 */
export interface LongPagePainter {
  /** Wrap the ranges of one block in one pass, with the marks mark.js would make. */
  wrap(ctx: Element, ranges: MarkRange[], painted: Set<string>): void;
  /** Show the ranges as CSS highlights; false where the browser cannot (then they are wrapped). */
  highlight(ctx: Element, ranges: MarkRange[], painted: Set<string>): boolean;
  /** Remove every CSS highlight of ours. */
  clear(): void;
}

/** How DOM work is cut into slices that give the page its main thread back. */
export interface SliceOptions {
  /** Longest stretch of work before yielding to the page, in ms. */
  budgetMs?: number;
  /** Give the main thread back to the page. */
  yieldToPage?: () => Promise<void>;
  /** Runs each synchronous slice of DOM writes (e.g. with a MutationObserver paused). */
  slice?: (work: () => void) => void;
}
