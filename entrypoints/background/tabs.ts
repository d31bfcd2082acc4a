// Which page each tab's content script has open, so a change to a page's annotations can be
// pushed to every tab showing that page (and only to those).
import { browser } from '@/lib/browser';
import type { PageKey } from '@/lib/model';
import { sendToTab } from '@/lib/messaging/client';

const tabPages = new Map<number, PageKey>();

export function rememberTab(tabId: number | undefined, pageKey: PageKey): void {
  if (tabId != null && tabId >= 0) tabPages.set(tabId, pageKey);
}

export function forgetTab(tabId: number): void {
  tabPages.delete(tabId);
}

/** Ask the content scripts showing these pages (except `exceptTab`) to re-read and repaint. */
export async function refreshTabs(pageKeys: readonly PageKey[] | 'all', exceptTab?: number): Promise<void> {
  const wanted = pageKeys === 'all' ? null : new Set(pageKeys);
  const jobs: Promise<unknown>[] = [];
  for (const [tabId, key] of tabPages) {
    if (tabId === exceptTab || (wanted && !wanted.has(key))) continue;
    jobs.push(sendToTab(tabId, 'tab/refresh', {}).catch(() => tabPages.delete(tabId)));
  }
  await Promise.all(jobs);
}

export function watchTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
}
