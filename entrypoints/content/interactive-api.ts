// Loading the interactive half (entrypoints/interactive.ts) from the core content script.
import { browser } from '@/lib/browser';
import type { anchorAllSteps } from '@/lib/anchoring';
import type { mountInPageUi } from './ui';
import type { paintNearViewport } from '@/lib/highlight/lazy';
import type { tabRequestFor } from './tab-tools';
import type { itemFromAnnotation } from './items';
import { useLongPagePainter } from '@/lib/highlight/long-page-slot';
import type { LongPagePainter } from '@/lib/highlight/types';
import type { sendClaimReviews } from './claim-reviews';
import type { analyseInParts } from '@/lib/messaging/text-parts';

export interface Interactive {
  mountInPageUi: typeof mountInPageUi;
  /** Saved annotations' selectors → ranges, as a pass that can pause (a live blog's body is long). */
  anchorAllSteps: typeof anchorAllSteps;
  /** A saved annotation as the page lists it (saved annotations are anchored by this bundle too). */
  itemFromAnnotation: typeof itemFromAnnotation;
  /** Painting of very long pages, near the viewport first (only long pages need it). */
  paintNearViewport: typeof paintNearViewport;
  /** Requests from the background and the popup that need the page tools. */
  tabRequest: typeof tabRequestFor;
  /** Painting of very long blocks and pages (lib/highlight/long-pages.ts), shared with the core's painter. */
  longPages: LongPagePainter;
  /** Fact-check memory: hand the page's ClaimReview markup to the background. */
  sendClaimReviews: typeof sendClaimReviews;
  /** "analysis/run" for a long text, sent in parts. */
  analyseInParts: typeof analyseInParts;
}

let loading: Promise<Interactive> | null = null;

/** Import the interactive bundle once; later calls share the same promise. */
export function loadInteractive(): Promise<Interactive> {
  loading ??= (async () => {
    const url = browser.runtime.getURL('/interactive.js');
    await import(/* @vite-ignore */ url);
    const api = (globalThis as { __claimlightInteractive?: Interactive }).__claimlightInteractive;
    if (!api) throw new Error('Claimlight could not load its page tools.');
    // One long-page painter for both bundles: what either paints as CSS highlights, both can erase.
    useLongPagePainter(api.longPages);
    return api;
  })();
  loading.catch(() => (loading = null));
  return loading;
}

// The core's painter paints very long blocks and pages with code of the interactive bundle: it
// loads the bundle the first time a paint needs that code (see LongPagePainter).
useLongPagePainter(null, async () => (await loadInteractive()).longPages);
