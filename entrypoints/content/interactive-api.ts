// Loading the interactive half (entrypoints/interactive.ts) from the core content script.
import { browser } from '@/lib/browser';
import type { anchorAll, describe } from '@/lib/anchoring';
import type { mountInPageUi } from './ui';
import type * as actions from './actions';
import type { paintNearViewport } from '@/lib/highlight/lazy';
import type { tabRequest } from './tab-tools';

export interface Interactive {
  mountInPageUi: typeof mountInPageUi;
  anchorAll: typeof anchorAll;
  describe: typeof describe;
  actions: typeof actions;
  /** Painting of very long pages, near the viewport first (only long pages need it). */
  paintNearViewport: typeof paintNearViewport;
  /** Requests from the background and the popup that need the page tools. */
  tabRequest: typeof tabRequest;
}

let loading: Promise<Interactive> | null = null;

/** Import the interactive bundle once; later calls share the same promise. */
export function loadInteractive(): Promise<Interactive> {
  loading ??= (async () => {
    const url = browser.runtime.getURL('/interactive.js');
    await import(/* @vite-ignore */ url);
    const api = (globalThis as { __claimlightInteractive?: Interactive }).__claimlightInteractive;
    if (!api) throw new Error('Claimlight could not load its page tools.');
    return api;
  })();
  loading.catch(() => (loading = null));
  return loading;
}
