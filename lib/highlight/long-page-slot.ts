// Which long-page painter (long-pages.ts) the painters of this bundle use, or how to load it. It is
// state of the whole content script on purpose: the core and the interactive bundle share one
// painter, so what either paints as CSS highlights, either can erase (interactive-api.ts sets it).
import type { LongPagePainter } from './types';

let painter: LongPagePainter | null = null;
let loader: (() => Promise<LongPagePainter>) | null = null;

/** Register the long-page painter (null: none), or none yet and how to load it when a paint needs it. */
export function useLongPagePainter(p: LongPagePainter | null, load: (() => Promise<LongPagePainter>) | null = null): void {
  painter = p;
  loader = load;
}

/** The long-page painter, when one is registered or loaded. */
export const longPages = (): LongPagePainter | null => painter;

/**
 * Load the registered painter: a promise that settles once it is loaded or could not be (then
 * mark.js paints everything and a later paint tries again); null when there is nothing to load.
 */
export function loadLongPages(): Promise<void> | null {
  if (painter || !loader) return null;
  return loader().then(
    (p) => void (painter = p),
    () => undefined,
  );
}
