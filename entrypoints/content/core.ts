// The page core: one page session per top-level page, set up by the content script
// (entrypoints/content/index.ts) in a task after its own. Talks to the background only through the
// message contract; holds no database (IndexedDB here would belong to the page's origin).
import { browser } from '@/lib/browser';
import { errorReply, okReply, type TabResponses, type ToContentCore } from '@/lib/messaging/contract';
import { typeOf, type Handlers } from '@/lib/messaging/schema';
import { TAB_PREFIX, toContentCore } from '@/lib/messaging/to-content-core';
import { isPlainObject } from '@/lib/schema/validate';
import { loadInteractive } from './interactive-api';
import { PageSession } from './session';
import { watchPage } from './watcher';
import { lazyInPageUi } from './ui-loader';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function setUpPage(ctx: ContentScriptContext): void {
  const ui = lazyInPageUi(ctx, () => session);
  const newSession = () =>
    new PageSession({
      onPainted: (items) => {
        ui.update(items);
        // Saved annotations mean the reader works on this page: have the tools ready.
        if (items.some((i) => i.saved)) ui.mountNow();
      },
    });
  let session = newSession();
  const watcher = watchPage(ctx, {
    onMutations: (marksRemoved) => void session.onDomChanged(marksRemoved).catch(() => undefined),
    onNavigate: () => {
      session.dispose();
      session = newSession();
      session.setObserverPause(watcher.pause);
      void session.start();
    },
  });
  session.setObserverPause(watcher.pause);

  // Requests from the background and the popup (lib/messaging/to-content*.ts), each checked in
  // full. What needs the page tools is answered by them (entrypoints/content/tab-tools.ts). The
  // core's own requests carry no fields (their schemas are empty, and to-content-core.ts keeps
  // them so): a plain object of a known type is the whole check, so every page does without the
  // schema checker's code.
  const handlers: Handlers<ToContentCore, TabResponses, void> = {
    'tab/state': () => session.state(),
    'tab/refresh': async () => {
      await session.refresh();
      return { ok: true };
    },
  };
  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    const core = typeOf(toContentCore, raw);
    if (core) return Promise.resolve((handlers[core] as (m: { type: typeof core }, ctx: void) => unknown)({ type: core }, undefined)).then(okReply, errorReply);
    if (!isPlainObject(raw) || typeof raw.type !== 'string' || !raw.type.startsWith(TAB_PREFIX)) return undefined; // not for us (note-frame events have their own listener)
    return loadInteractive().then((tools) => tools.tabRequest(raw, session)).then(okReply, errorReply);
  };

  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    session.dispose();
  });
  ctx.setTimeout(() => void session.start());
}
