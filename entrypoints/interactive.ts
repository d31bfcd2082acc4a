// The interactive half of the content script, loaded only when a page needs it: the in-page UI
// (toolbar, cards — Preact), anchoring of saved annotations, the viewport painter of very long
// pages and the painter of very long blocks (linear wrapping, CSS highlights). The content script
// imports it on first use (a selection, a hover or focus on a highlight, saved annotations on the
// page, a paint with a giant block or hundreds of blocks), so pages the reader only skims carry
// just the small core. It runs in the content script's isolated world and hands its API over
// through that world's global object, which pages cannot see.
import { anchorAllSteps } from '@/lib/anchoring';
import { mountInPageUi } from './content/ui';
import { paintNearViewport } from '@/lib/highlight/lazy';
import { longPagePainter } from '@/lib/highlight/long-pages';
import { useLongPagePainter } from '@/lib/highlight/long-page-slot';
import type { Interactive } from './content/interactive-api';
import { tabRequestFor as tabRequest } from './content/tab-tools';
import { itemFromAnnotation } from './content/items';
import { sendClaimReviews } from './content/claim-reviews';
import { analyseInParts } from '@/lib/messaging/text-parts';

export default defineUnlistedScript(() => {
  useLongPagePainter(longPagePainter); // for this bundle's own painter (paintNearViewport)
  const api: Interactive = { mountInPageUi, anchorAllSteps, itemFromAnnotation, paintNearViewport, tabRequest, sendClaimReviews, analyseInParts, longPages: longPagePainter };
  (globalThis as { __claimlightInteractive?: Interactive }).__claimlightInteractive = api;
});
