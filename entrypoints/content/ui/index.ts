// In-page UI (selection toolbar, hover/focus card, undo toast), rendered with Preact inside an open
// shadow root whose host carries data-claimlight-ui (the rest of the extension ignores it). The
// page's CSS cannot reach in; ours cannot leak out. Everything is removed on ctx.onInvalidated.
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { InPageView, type InPageViewProps } from '@/components/inpage/InPageView';
import themeCss from '@/components/theme.css?raw';
import inpageCss from '@/components/inpage/inpage.css?raw';
import type { PageSession } from '../session';
import type { PageItem } from '../items';
import { readPageInfo } from '../page-info';
import hostCss from './host.css?raw';
import { copyText } from './clipboard';
import { InPageController } from './controller';
import { wirePageEvents } from './events';
import { prepareHost, raiseHost } from './host';

export interface InPageUi {
  /** Called after every paint with the items on the page. */
  update(items: readonly PageItem[]): void;
}

const log = (...args: unknown[]) => console.debug('[Claimlight ui]', ...args);

/** The shared theme's tokens live on :root; in the shadow root they go on our own wrapper. */
export function shadowCss(): string {
  return [hostCss, themeCss.replaceAll(':root', '.cl-inpage'), inpageCss].join('\n');
}

const FOCUS_TARGETS: Record<'card' | 'toast', string> = {
  card: '[role="dialog"] :is(button, select, textarea):not([disabled])',
  toast: '.cl-toast button',
};

export function mountInPageUi(ctx: ContentScriptContext, session: () => PageSession): InPageUi {
  let container: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let host: HTMLElement | null = null;
  let latest: InPageViewProps | null = null;

  const paint = () => {
    if (!container || !latest) return;
    try {
      render(h(InPageView, latest), container);
    } catch (e) {
      log('render failed', e);
    }
  };

  const controller = new InPageController({
    session,
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
      const el = shadow?.querySelector<HTMLElement>(FOCUS_TARGETS[what]);
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
  });

  wirePageEvents(document, controller, ctx.signal);

  createShadowRootUi(ctx, {
    name: 'claimlight-ui',
    position: 'inline',
    anchor: 'body',
    mode: 'open',
    inheritStyles: true, // host.css carries our own, stronger reset
    css: shadowCss(),
    isolateEvents: ['keydown', 'keyup', 'keypress', 'input'],
    onMount(uiContainer, root, shadowHost) {
      container = uiContainer;
      shadow = root;
      host = shadowHost;
      raiseHost(shadowHost);
      paint();
    },
    onRemove() {
      if (container) render(null, container);
      container = null;
      shadow = null;
      host = null;
    },
  })
    .then((ui) => {
      if (ctx.isInvalid) return;
      prepareHost(ui.shadowHost); // marked as ours before it enters the page
      ui.mount();
    })
    .catch((e: unknown) => log('mount failed', e));

  ctx.onInvalidated(() => controller.dispose());

  return {
    update(items) {
      try {
        controller.update(items);
      } catch (e) {
        log('update failed', e);
      }
    },
  };
}
