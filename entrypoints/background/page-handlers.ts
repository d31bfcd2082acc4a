// The background's answers to content scripts (lib/messaging/from-content.ts), one handler per
// message type. The page is the sender's (./sender.ts); reads and writes go through ./page-store.ts,
// which confines them to that page.
import type { Finding } from '@/lib/model';
import type { ContentResponses, FromContent } from '@/lib/messaging/contract';
import type { Handlers } from '@/lib/messaging/schema';
import { analyze } from '@/lib/analysis';
import { findingIdsOf } from '@/lib/finding-ids';
import { decodeBlocks } from '@/lib/messaging/blocks';
import * as store from '@/lib/store';
import { closeEditor, openEditor } from './editor';
import { factCheckHandlers, matchPage } from './factchecks';
import { rememberRead } from './memory';
import { createOnPage, deleteOnPage, pageState, restoreOnPage, updateOnPage } from './page-store';
import { forgetDelete, lastDelete, rememberDelete } from './recent-deletes';
import { pageOf, type ContentSender } from './sender';
import { refreshTabs, rememberTab } from './tabs';
import { addPart, takeText } from './text-parts';
import { firstPage, nextPage } from './finding-pages';

export const pageHandlers: Handlers<FromContent, ContentResponses, ContentSender> = {
  'page/open': (msg, sender) => {
    const page = pageOf(sender, msg.canonical);
    rememberTab(page.tabId, page.pageKey);
    forgetDelete(page.tabId, page.pageKey); // another page in this tab: its undo cannot apply here
    return pageState(page);
  },
  'page/state': (msg, sender) => {
    const page = pageOf(sender, msg.canonical);
    rememberTab(page.tabId, page.pageKey);
    return pageState(page);
  },
  'analysis/run': async (msg, sender) => {
    const page = pageOf(sender, msg.canonical ?? null);
    const settings = await store.getSettings();
    // A long text came in parts first (./text-parts.ts): this message carries its last part.
    const text = msg.parts ? takeText(sender, msg.parts.run, msg.parts.count, msg.input.text) : msg.input.text;
    const t0 = performance.now();
    // The reader's aliases come from the store, never from the page (which never sees them).
    const findings = capFindings(analyze({ ...msg.input, text, blocks: decodeBlocks(msg.input.blocks), aliases: settings.aliases }));
    const ms = Math.round(performance.now() - t0);
    // Fact-check memory: matched after the reply, off the page's critical path (./factchecks.ts).
    void matchPage(page, findings).catch((e: unknown) => console.warn('[Claimlight] fact-check matching failed', e));
    await rememberRead(settings, page, page.title || msg.input.title || '', findings);
    // In pages (./finding-pages.ts): the page reads each reply in one go.
    return { ...firstPage(sender, findings, findingIdsOf(findings)), ms };
  },
  'analysis/findings': (msg, sender) => nextPage(sender, msg.run, msg.from),
  'analysis/part': (msg, sender) => {
    addPart(sender, msg.run, msg.index, msg.text);
    return null;
  },
  'annotation/create': async (msg, sender) => {
    const page = pageOf(sender, msg.canonical);
    const annotation = await createOnPage(page, msg.annotation);
    void refreshTabs([page.pageKey], page.tabId);
    return { annotation };
  },
  'annotation/update': async (msg, sender) => {
    const page = pageOf(sender, msg.canonical);
    const annotation = await updateOnPage(page, msg.id, msg.patch);
    void refreshTabs([page.pageKey], page.tabId);
    return { annotation };
  },
  'annotation/delete': async (msg, sender) => {
    const page = pageOf(sender, msg.canonical);
    const deleted = await deleteOnPage(page, msg.ids);
    rememberDelete(page.tabId, page.pageKey, deleted);
    void refreshTabs([page.pageKey], page.tabId);
    return { deleted };
  },
  'annotation/restore': async (msg, sender) => {
    const page = pageOf(sender, msg.canonical);
    await restoreOnPage(page, msg.annotations);
    const undone = lastDelete(page.tabId ?? -1);
    if (undone && undone.records.every((r) => msg.annotations.some((a) => a.id === r.id))) forgetDelete(page.tabId);
    void refreshTabs([page.pageKey], page.tabId);
    return { restored: msg.annotations.length };
  },
  'alias/add': async (msg) => {
    // From the reader's choice in our closed in-page UI: kept in the store, never answered back.
    await store.addAlias(msg.from, msg.to);
    return null;
  },
  'editor/open': (msg, sender) => openEditor(msg, sender),
  'editor/close': (msg, sender) => closeEditor(msg, sender),
  ...factCheckHandlers,
};

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
