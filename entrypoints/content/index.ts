// Content script: one page session per top-level page. Talks to the background only through the
// message contract; holds no database (IndexedDB here would belong to the page's origin).
import { browser } from '@/lib/browser';
import { errorReply, isTabMessage, okReply, type TabMessage } from '@/lib/messaging/contract';
import { PageSession } from './session';
import { watchPage } from './watcher';
import { lazyInPageUi } from './ui-loader';
import '@/lib/highlight/marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
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
      onMutations: () => void session.onDomChanged().catch(() => undefined),
      onNavigate: () => {
        session.dispose();
        session = newSession();
        session.setObserverPause(watcher.pause);
        void session.start();
      },
    });
    session.setObserverPause(watcher.pause);

    const onMessage = (raw: unknown): Promise<unknown> | undefined => {
      if (!isTabMessage(raw)) return undefined; // not for us
      return handle(raw).then(okReply, errorReply);
    };

    async function handle(msg: TabMessage): Promise<unknown> {
      switch (msg.type) {
        case 'tab/state':
          return session.state();
        case 'tab/reveal':
          return { found: await session.reveal(msg.id) };
        case 'tab/analyze':
          await session.analyse();
          await session.repaint();
          return session.state();
        case 'tab/visibility':
          await session.setVisible(msg.kind, msg.visible);
          return session.state();
        case 'tab/refresh':
          await session.refresh();
          return { ok: true };
        case 'tab/command':
          return session.createFromSelection(msg.action);
        case 'tab/update': {
          const saved = await session.keep(msg.id, msg.patch);
          return { item: saved ? session.summary(saved.id) : null, id: saved?.id };
        }
        case 'tab/delete':
          return { deleted: await session.remove(msg.id) };
        case 'tab/restore':
          await session.restore(msg.annotations);
          return { ok: true };
      }
    }

    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      session.dispose();
    });
    void session.start();
  },
});
