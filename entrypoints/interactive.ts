// The interactive half of the content script, loaded only when a page needs it: the in-page UI
// (toolbar, cards — Preact), anchoring of saved annotations and the viewport painter of very long
// pages. The content script imports it on
// first use (a selection, a hover or focus on a highlight, saved annotations on the page), so
// pages the reader only skims carry just the small core. It runs in the content script's isolated
// world and hands its API over through that world's global object, which pages cannot see.
import { anchorAll, describe } from '@/lib/anchoring';
import { mountInPageUi } from './content/ui';
import * as actions from './content/actions';
import { paintNearViewport } from '@/lib/highlight/lazy';
import type { Interactive } from './content/interactive-api';
import { tabRequest } from './content/tab-tools';

export default defineUnlistedScript(() => {
  const api: Interactive = { mountInPageUi, anchorAll, describe, actions, paintNearViewport, tabRequest };
  (globalThis as { __claimlightInteractive?: Interactive }).__claimlightInteractive = api;
});
