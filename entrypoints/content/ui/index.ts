// In-page UI (selection toolbar, hover/focus card, undo toast), rendered with Preact inside a CLOSED
// shadow root whose host carries data-claimlight-ui (the rest of the extension ignores it). Page
// scripts cannot reach inside; notes are not even there (window.find() searches closed shadow
// roots): they are shown and typed in note frames of the extension's origin. The page's CSS cannot reach in and ours
// cannot leak out; our stylesheet is adopted, so a strict page CSP does not block it. Everything
// is removed on ctx.onInvalidated.
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { InPageView, type InPageViewProps } from '@/components/inpage/InPageView';
import themeCss from '@/components/theme.css?raw';
import inpageCss from '@/components/inpage/inpage.css?raw';
import type { CoreSession } from '../session-api';
import { sessionTools } from '../session-tools';
import type { PageItem } from '../items';
import { readPageInfo } from '../page-info';
import hostCss from './host.css?raw';
import { copyText } from './clipboard';
import { InPageController } from './controller';
import { listenToEditors, noteEditorFrames } from './editor-frames';
import { wirePageEvents, type WakeEvent } from './events';
import { prepareHost, raiseHost } from './host';
import { createShadowUi } from './shadow';
import { PageFactChecks } from './fact-checks';
import { FOCUS_TARGETS } from './focus-targets';
import { themeFor } from '@/components/theme-mode';
import { sendToBackground } from '@/lib/messaging/client';
import { observeVisibility, visibilityGate, type VisibilityGate } from '@/lib/dom/visibility';

export interface InPageUi {
  /** Called after every paint with the items on the page. */
  update(items: readonly PageItem[]): void;
  /** The reader's event that made ui-loader.ts mount the UI: act on it as if the UI had heard it. */
  wake(type: WakeEvent, target: EventTarget | null): void;
}

const log = (...args: unknown[]) => console.debug('[Claimlight ui]', ...args);

/**
 * The shared theme's tokens live on :root; in the shadow root they go on our own wrapper, and the
 * dark ones apply when the page is dark (.cl-inpage--dark), whatever the system prefers.
 */
function shadowCss(): string {
  return [hostCss, themeFor(themeCss, '.cl-inpage', '.cl-inpage.cl-inpage--dark'), inpageCss].join('\n');
}

const CARD = '[role="dialog"]';
/** How long the card must have been visible before Delete or Dismiss acts, and how long they wait for it (as a note's Save). */
const CARD_SEEN_MS = 500;
const CARD_SEEN_WAIT_MS = 2000;

export function mountInPageUi(ctx: ContentScriptContext, session: () => CoreSession): InPageUi {
  let container: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let host: HTMLElement | null = null;
  let latest: InPageViewProps | null = null;

  // The card's visibility, watched while it is shown (Delete and Dismiss wait for it: card-actions.ts).
  let cardWatch: { el: Element; gate: VisibilityGate } | null = null;
  const watchCard = () => {
    const el = shadow?.querySelector(CARD) ?? null;
    if (cardWatch?.el === el) return;
    cardWatch?.gate.dispose();
    cardWatch = el ? { el, gate: visibilityGate(observeVisibility(el), CARD_SEEN_MS) } : null;
  };

  // Fact-check memory: the card's slot says which review is linked to its words (./fact-checks.ts).
  const factChecks = new PageFactChecks(() => readPageInfo().canonical, () => paint());
  let unlinking = false;
  const withFactCheck = (view: InPageViewProps): InPageViewProps => {
    const card = view.card;
    if (!card) return view;
    const check = factChecks.forText(card.item.text);
    const onUnlinkFactCheck = check
      ? () => {
          if (unlinking) return;
          unlinking = true;
          // Like Delete and Dismiss: only from a card the reader can see (clickjacking guard).
          void (cardWatch?.gate.whenSeen(CARD_SEEN_WAIT_MS) ?? Promise.resolve(false))
            .then((seen) => (seen ? factChecks.unlink(check) : false))
            .catch(() => false)
            .finally(() => {
              unlinking = false;
              paint();
            });
        }
      : undefined;
    return { ...view, card: { ...card, factCheck: check, onUnlinkFactCheck, busy: card.busy || unlinking } };
  };

  const paint = () => {
    if (!container || !latest) return;
    try {
      render(h(InPageView, withFactCheck(latest)), container);
      watchCard();
    } catch (e) {
      log('render failed', e);
    }
  };

  const controller = new InPageController({
    session: () => sessionTools(session()),
    doc: document,
    show: (view) => {
      latest = view;
      paint();
    },
    copy: (text) => copyText(text, shadow),
    page: () => {
      const info = readPageInfo();
      return { title: info.title, url: info.canonical ?? location.href.replace(/#.*$/, '') };
    },
    focusIn: (what) => {
      const el = FOCUS_TARGETS[what].map((sel) => shadow?.querySelector<HTMLElement>(sel)).find(Boolean);
      el?.focus();
      return !!el && shadow?.activeElement === el;
    },
    raise: () => {
      if (host) raiseHost(host);
    },
    timers: {
      set: (fn, ms) =>
        ctx.setTimeout(() => {
          try {
            fn();
          } catch (e) {
            log('timer failed', e);
          }
        }, ms),
      clear: (id) => clearTimeout(id),
    },
    editors: noteEditorFrames(log),
    addAlias: (from, to) => sendToBackground('alias/add', { from, to }).then(() => undefined),
    cardSeen: () => cardWatch?.gate.whenSeen(CARD_SEEN_WAIT_MS) ?? Promise.resolve(false),
  });

  const wake = wirePageEvents(document, controller, ctx.signal);
  listenToEditors((ev) => controller.editorEvent(ev), ctx.signal);

  try {
    const made = createShadowUi(document, {
      tag: 'claimlight-ui',
      css: shadowCss(),
      // Notes are typed in the note frame (the page never sees those keys); keys on our own
      // buttons and selects still must not bubble to the page's listeners.
      isolateEvents: ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionstart', 'compositionupdate', 'compositionend'],
    });
    prepareHost(made.host); // marked as ours before it enters the page
    (document.body ?? document.documentElement).append(made.host);
    container = made.container;
    shadow = made.root;
    host = made.host;
    if (made.styling !== 'adopted') log('constructable stylesheets unavailable; using a <style> element');
    raiseHost(made.host);
    factChecks.refresh();
    paint();
  } catch (e) {
    log('mount failed', e);
  }

  ctx.onInvalidated(() => {
    cardWatch?.gate.dispose();
    if (container) render(null, container);
    host?.remove();
    container = null;
    shadow = null;
    host = null;
  });
  ctx.onInvalidated(() => controller.dispose());

  return {
    update(items) {
      try {
        factChecks.refresh();
        controller.update(items);
      } catch (e) {
        log('update failed', e);
      }
    },
    wake,
  };
}
