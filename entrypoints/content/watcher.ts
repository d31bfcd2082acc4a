// Living pages: article text that arrives late or is re-rendered, and single-page-app navigation.
// Mutations are debounced; our own painting pauses the observer so it never triggers itself.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

interface WatcherHooks {
  /**
   * The DOM changed (debounced); `marksRemoved`: the page took some of our marks out (we never
   * do it while observed: our own writes pause the observer).
   */
  onMutations: (marksRemoved: boolean) => void;
  /** The URL changed without a page load (history API). */
  onNavigate: (url: string) => void;
}

export function watchPage(ctx: ContentScriptContext, hooks: WatcherHooks, debounceMs = 400) {
  let timer: number | undefined;
  let marksRemoved = false;
  const observer = new MutationObserver((records) => {
    if (!records.some(isForeign)) return;
    marksRemoved ||= records.some(removesMarks);
    clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      const removed = marksRemoved;
      marksRemoved = false;
      hooks.onMutations(removed);
    }, debounceMs);
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

/** Whether a mutation took out one of our marks, or a subtree holding some (a re-rendered article). */
function removesMarks(r: MutationRecord): boolean {
  for (const n of r.removedNodes) {
    if (n.nodeType === 1 && ((n as Element).classList.contains('claimlight-mark') || (n as Element).querySelector('mark.claimlight-mark'))) return true;
  }
  return false;
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
