// Mounts the in-page UI the first time the reader needs it: a selection, a hover or focus on a
// highlight, the keyboard shortcut that travels between highlights — or saved annotations on the
// page (the interactive bundle is loaded for anchoring them anyway). Only the reader's own events
// count (isTrusted): the page's scripts cannot wake the UI. The event that triggered the load is
// handed to the UI once it is there (ui.wake), never dispatched again.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CoreSession } from './session-api';
import type { PageItem } from './items';
import { loadInteractive } from './interactive-api';
import type { InPageUi } from './ui';
import type { WakeEvent } from './ui/events';

const isMark = (t: EventTarget | null): t is HTMLElement =>
  t instanceof Element && t.tagName === 'MARK' && t.classList.contains('claimlight-mark');

export function lazyInPageUi(ctx: ContentScriptContext, session: () => CoreSession): Pick<InPageUi, 'update'> & { mountNow(): void } {
  let ui: InPageUi | null = null;
  let started = false;
  let latest: readonly PageItem[] = [];

  const mount = (type?: WakeEvent, target: EventTarget | null = null) => {
    if (started) return;
    started = true;
    loadInteractive()
      .then((api) => {
        stopListening.abort(); // only once loaded: after a failure the next wake tries again
        if (ctx.isInvalid) return;
        ui = api.mountInPageUi(ctx, session);
        ui.update(latest);
        if (type) ui.wake(type, target);
      })
      .catch((e: unknown) => {
        started = false;
        console.debug('[Claimlight] page tools unavailable', e);
      });
  };

  const stopListening = new AbortController();
  const opts = { capture: true, signal: AbortSignal.any([stopListening.signal, ctx.signal]) };
  document.addEventListener('selectionchange', (e) => {
    const sel = document.getSelection();
    if (e.isTrusted && sel && !sel.isCollapsed) mount('selectionchange');
  }, opts);
  // Hovering or focusing a highlight: the UI acts on it once it is mounted.
  const onMark = (e: Event) => {
    if (e.isTrusted && isMark(e.target)) mount(e.type as WakeEvent, e.target);
  };
  document.addEventListener('mouseover', onMark, opts);
  document.addEventListener('focusin', onMark, opts);
  document.addEventListener('keydown', (e) => {
    // Alt+Shift+N / P travel between highlights: load now, and travel once loaded (ui.wake).
    if (e.isTrusted && e.altKey && e.shiftKey && (e.code === 'KeyN' || e.code === 'KeyP')) mount(e.code);
  }, opts);

  return {
    update(items) {
      latest = items;
      ui?.update(items);
    },
    mountNow: () => mount(),
  };
}
