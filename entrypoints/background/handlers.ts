// The background's answers to content scripts: validate, resolve the sender's page, act on the store.
import type { Runtime } from '@/lib/browser';
import type { Annotation, Finding, PageSettings, Settings } from '@/lib/model';
import {
  errorReply,
  okReply,
  validateRequest,
  type BackgroundMessage,
  type BackgroundRequests,
  type PageState,
  type Reply,
} from '@/lib/messaging/contract';
import { analyze } from '@/lib/analysis';
import { siteOf } from '@/lib/page-key';
import * as store from '@/lib/store';
import { handleEditor } from './editor';
import { rememberRead } from './memory';
import { isExtensionSender, senderPage, type SenderPage } from './sender';
import { refreshTabs, rememberTab } from './tabs';

type Res<T extends keyof BackgroundRequests> = BackgroundRequests[T]['res'];

export function autoAnalyzeFor(settings: PageSettings, url: string): boolean {
  const site = siteOf(url);
  if (settings.disabledSites.includes(site)) return false;
  if (settings.enabledSites.includes(site)) return true;
  return settings.autoAnalyze;
}

/** The settings a page may see: the reader's aliases and reading-memory choices stay here. */
export function pageSettings({ aliases: _a, rememberReading: _r, readingRetentionDays: _d, ...rest }: Settings): PageSettings {
  return rest;
}

async function pageState(page: SenderPage): Promise<PageState> {
  const [settings, annotations] = await Promise.all([store.getSettings(), store.listAnnotationsByPage(page.pageKey)]);
  return { pageKey: page.pageKey, settings: pageSettings(settings), autoAnalyze: autoAnalyzeFor(settings, page.url), annotations };
}

/** An annotation id from a content script must belong to that script's own page. */
async function ownAnnotation(page: SenderPage, id: string): Promise<Annotation> {
  const a = await store.getAnnotation(id);
  if (!a || a.pageKey !== page.pageKey) throw new Error('No such annotation on this page.');
  return a;
}

async function dispatch(msg: BackgroundMessage, sender: Runtime.MessageSender): Promise<unknown> {
  switch (msg.type) {
    case 'page/open': {
      const page = senderPage(sender, msg.canonical);
      rememberTab(page.tabId, page.pageKey);
      return pageState(page) satisfies Promise<Res<'page/open'>>;
    }
    case 'page/state': {
      const page = senderPage(sender, msg.canonical);
      rememberTab(page.tabId, page.pageKey);
      return pageState(page);
    }
    case 'analysis/run': {
      const page = senderPage(sender, msg.canonical ?? null);
      const settings = await store.getSettings();
      const t0 = performance.now();
      // The reader's aliases come from the store, never from the page.
      const findings = capFindings(analyze({ ...msg.input, aliases: settings.aliases }));
      const ms = Math.round(performance.now() - t0);
      await rememberRead(settings, page, sender.tab?.title ?? msg.input.title ?? '', findings);
      return { findings, ms } satisfies Res<'analysis/run'>;
    }
    case 'annotation/create': {
      const page = senderPage(sender, msg.canonical);
      const title = sender.tab?.title ?? '';
      await store.touchPage({ pageKey: page.pageKey, url: page.url, title, siteName: siteOf(page.url) });
      // A session-chosen id makes the create idempotent (two tabs keeping the same finding, a
      // retry after a lost reply) — but only ever within the sender's own page.
      const existing = msg.annotation.id ? await store.getAnnotation(msg.annotation.id) : undefined;
      if (existing) {
        if (existing.pageKey !== page.pageKey) throw new Error('That id belongs to another page.');
        // The later writer's change wins, as with any other edit.
        const { note, tags, dismissed } = msg.annotation;
        const annotation = await store.updateAnnotation(existing.id, {
          ...(note ? { note } : {}), ...(tags?.length ? { tags } : {}), ...(dismissed ? { dismissed } : {}),
        });
        void refreshTabs([page.pageKey], page.tabId);
        return { annotation } satisfies Res<'annotation/create'>;
      }
      const annotation = await store.createAnnotation({ ...msg.annotation, pageKey: page.pageKey, url: page.url, title });
      void refreshTabs([page.pageKey], page.tabId);
      return { annotation } satisfies Res<'annotation/create'>;
    }
    case 'annotation/update': {
      const page = senderPage(sender, msg.canonical);
      await ownAnnotation(page, msg.id);
      const annotation = await store.updateAnnotation(msg.id, msg.patch);
      void refreshTabs([page.pageKey], page.tabId);
      return { annotation } satisfies Res<'annotation/update'>;
    }
    case 'annotation/delete': {
      const page = senderPage(sender, msg.canonical);
      for (const id of msg.ids) await ownAnnotation(page, id);
      const deleted = await store.deleteAnnotations(msg.ids);
      void refreshTabs([page.pageKey], page.tabId);
      return { deleted } satisfies Res<'annotation/delete'>;
    }
    case 'annotation/restore': {
      const page = senderPage(sender, msg.canonical);
      // Only this page's own records go back, whatever the message claims.
      const own = msg.annotations.filter((a) => a.pageKey === page.pageKey);
      await store.restoreAnnotations(own);
      void refreshTabs([page.pageKey], page.tabId);
      return { restored: own.length } satisfies Res<'annotation/restore'>;
    }
    case 'alias/add': {
      // From the reader's click in our closed in-page UI; kept in the store, never sent to pages.
      senderPage(sender, null);
      await store.addAlias(msg.from, msg.to);
      return null satisfies Res<'alias/add'>;
    }
    case 'store/changed': {
      // Only extension pages (popup, library) announce their writes.
      if (!isExtensionSender(sender)) throw new Error('Not allowed from a web page.');
      await refreshTabs(msg.pageKeys ?? 'all');
      return null;
    }
    case 'editor/open':
    case 'editor/close':
    case 'editor/init':
    case 'editor/draft':
    case 'editor/save':
    case 'editor/cancel':
    case 'editor/size':
      return handleEditor(msg, sender);
  }
}

/** runtime.onMessage listener: always answers, with data or an error — never throws. */
export function onMessage(raw: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined {
  const v = validateRequest(raw);
  if ('error' in v) return Promise.resolve(errorReply(v.error));
  return dispatch(v.message, sender).then(okReply, (e: unknown) => {
    console.warn('[Claimlight] request failed', v.message.type, e);
    return errorReply(e);
  });
}

/**
 * At most this many auto-findings are painted on one page: past it (a pathological page, a giant
 * live blog analysed on request) the page would slow down for little use. Quotes and disputed
 * assertions go first, then the most check-worthy claims.
 */
const MAX_FINDINGS = 5000;

function capFindings(findings: Finding[]): Finding[] {
  if (findings.length <= MAX_FINDINGS) return findings;
  const rank = (f: Finding) => (f.kind === 'claim' ? 0 : 1) * 10 + f.confidence;
  const kept = new Set([...findings].sort((a, b) => rank(b) - rank(a)).slice(0, MAX_FINDINGS));
  return findings.filter((f) => kept.has(f));
}
