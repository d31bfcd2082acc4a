// Background or popup → content script: the requests the content script's core answers itself
// (see ./to-content.ts for the rest of the direction, answered by the page tools). Every page
// carries this module, so it holds only what the popup asks on opening and what the background
// asks after a change: neither has fields to check.

/** Every request of this direction is of the form "tab/…"; those not below go to the page tools. */
export const TAB_PREFIX = 'tab/';

export const toContentCore = {
  /** What the page shows (the popup asks when it opens). */
  'tab/state': {},
  /** Data changed elsewhere (popup, library, another tab): re-read and repaint. */
  'tab/refresh': {},
};
