// Mounts the in-page UI the first time the reader needs it: a selection, a hover or focus on a
// highlight, the keyboard shortcut that travels between highlights — or saved annotations on the
// page (the interactive bundle is loaded for anchoring them anyway). The event that triggered the
// load is replayed to the UI once it is there (only benign events: selectionchange, mouseover, focusin).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageSession } from './session';
import type { PageItem } from './items';
import { loadInteractive } from './interactive-api';
import type { InPageUi } from './ui';

const isMark = (t: EventTarget | null): t is HTMLElement =>
  t instanceof Element && t.tagName === 'MARK' && t.classList.contains('claimlight-mark');

export function lazyInPageUi(ctx: ContentScriptContext, session: () => PageSession): InPageUi & { mountNow(): void } {
  let ui: InPageUi | null = null;
  let started = false;
  let latest: readonly PageItem[] = [];

  const mount = (replay?: () => void) => {
    if (started) return;
    started = true;
    stopListening.abort();
    loadInteractive()
      .then((api) => {
        if (ctx.isInvalid) return;
        ui = api.mountInPageUi(ctx, session);
        ui.update(latest);
        // Let the UI's own listeners see the event that woke it up.
        if (replay) ctx.setTimeout(replay, 0);
      })
      .catch((e: unknown) => {
        started = false;
        console.debug('[Claimlight] page tools unavailable', e);
      });
  };

  const stopListening = new AbortController();
  const opts = { capture: true, signal: AbortSignal.any([stopListening.signal, ctx.signal]) };
  document.addEventListener('selectionchange', () => {
    const sel = document.getSelection();
    if (sel && !sel.isCollapsed) mount(() => document.dispatchEvent(new Event('selectionchange')));
  }, opts);
  // Hovering or focusing a highlight: replay the same event to the UI once it is mounted.
  const onMark = (e: Event) => {
    const t = e.target;
    if (isMark(t)) mount(() => t.dispatchEvent(new (e.constructor as typeof Event)(e.type, { bubbles: true, composed: true })));
  };
  document.addEventListener('mouseover', onMark, opts);
  document.addEventListener('focusin', onMark, opts);
  document.addEventListener('keydown', (e) => {
    // Alt+Shift+N / P travel between highlights: load now; the next press is handled by the UI.
    if (e.altKey && e.shiftKey && (e.code === 'KeyN' || e.code === 'KeyP')) mount();
  }, opts);

  return {
    update(items) {
      latest = items;
      ui?.update(items);
    },
    mountNow: () => mount(),
  };
}
