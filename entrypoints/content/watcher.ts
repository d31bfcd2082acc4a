// Living pages: article text that arrives late or is re-rendered, and single-page-app navigation.
// Mutations are debounced; our own painting pauses the observer so it never triggers itself.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface WatcherHooks {
  /** The DOM under <body> changed (debounced). */
  onMutations: () => void;
  /** The URL changed without a page load (history API). */
  onNavigate: (url: string) => void;
}

export function watchPage(ctx: ContentScriptContext, hooks: WatcherHooks, debounceMs = 400) {
  let timer: number | undefined;
  const observer = new MutationObserver((records) => {
    if (!records.some(isForeign)) return;
    clearTimeout(timer);
    timer = ctx.setTimeout(() => hooks.onMutations(), debounceMs);
  });
  // The whole document, not <body>: a page that rewrites itself (document.open/write) replaces
  // <html> and <body>, and an observer on the old body would never hear of it again.
  const target = document;
  observer.observe(target, { childList: true, subtree: true, characterData: true });

  let lastUrl = location.href;
  const checkUrl = () => {
    if (location.href === lastUrl) return;
    const before = new URL(lastUrl);
    lastUrl = location.href;
    const now = new URL(lastUrl);
    // A fragment change is not a new page.
    if (before.origin + before.pathname + before.search === now.origin + now.pathname + now.search) return;
    hooks.onNavigate(lastUrl);
  };
  ctx.addEventListener(window, 'wxt:locationchange', checkUrl);
  ctx.addEventListener(window, 'popstate', checkUrl);

  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });

  return {
    /** Run fn (our own DOM writes) without the observer seeing it. */
    pause(fn: () => void) {
      observer.disconnect();
      try {
        fn();
      } finally {
        observer.takeRecords();
        observer.observe(target, { childList: true, subtree: true, characterData: true });
      }
    },
  };
}

/** A mutation that is not one of our marks or our UI being added or removed. */
function isForeign(r: MutationRecord): boolean {
  const ours = (n: Node) =>
    n.nodeType === 1 && ((n as Element).classList?.contains('claimlight-mark') || (n as Element).hasAttribute?.('data-claimlight-ui'));
  if (r.type === 'childList') {
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return nodes.length > 0 && !nodes.every(ours);
  }
  return true;
}
