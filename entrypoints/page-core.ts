// The page core, imported by the content script (entrypoints/content/index.ts) in a task after its
// own evaluation: the page session, painter and watcher (entrypoints/content/core.ts). It runs in
// the content script's isolated world and hands its setup over through that world's global object,
// which pages cannot see.
import { setUpPage } from './content/core';
import type { SetUpPage } from './content';

export default defineUnlistedScript(() => {
  (globalThis as { __claimlightCore?: SetUpPage }).__claimlightCore = setUpPage;
});
