// Content script: what the browser evaluates on every page. It is kept small on purpose: on a slow
// CPU, evaluating a script (compiling it, the browser polyfill, module constants) is one task the
// page cannot interrupt. The page core (entrypoints/page-core.ts → ./core.ts: the page session,
// painter, watcher) is imported in a task of its own afterwards, and the session starts in the
// next one, so no single task carries all of it.
import { browser } from '@/lib/browser';
import '@/lib/highlight/marks.css';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export type SetUpPage = (ctx: ContentScriptContext) => void;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    // The page core uses this world's polyfill object (see wxt.config.ts): one copy per page.
    (globalThis as { __claimlightBrowser?: typeof browser }).__claimlightBrowser = browser;
    ctx.setTimeout(() => {
      // import() of an extension file from a content script: not subject to the page's CSP, and
      // the module runs in this isolated world (pages cannot see its global).
      import(/* @vite-ignore */ browser.runtime.getURL('/page-core.js'))
        .then(() => {
          const setUp = (globalThis as { __claimlightCore?: SetUpPage }).__claimlightCore;
          if (!setUp) throw new Error('Claimlight could not load its page core.');
          if (!ctx.isInvalid) setUp(ctx);
        })
        .catch((e: unknown) => console.warn('[Claimlight]', e));
    });
  },
});
