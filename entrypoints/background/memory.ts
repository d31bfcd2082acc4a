// Reading memory (opt-in): when the reader turned it on, the findings of each analysed page are kept
// as automatic findings (lib/store/readings.ts). Nothing is written while it is off.
import type { Finding, Settings } from '@/lib/model';
import { siteOf } from '@/lib/page-key';
import * as store from '@/lib/store';
import type { SenderPage } from './sender';

/** Remember a page's findings if the reader wants it; never fails the analysis it follows. */
export async function rememberRead(settings: Settings, page: SenderPage, title: string, findings: readonly Finding[]): Promise<void> {
  if (!settings.rememberReading) return;
  try {
    await store.rememberFindings({ pageKey: page.pageKey, url: page.url, title, siteName: siteOf(page.url) }, findings, settings.readingRetentionDays);
  } catch (e) {
    console.warn('[Claimlight] could not remember the page', e);
  }
}

/** Forget what is past the retention period (when the background starts). */
export async function pruneMemory(): Promise<void> {
  try {
    const settings = await store.getSettings();
    await store.pruneReadings(settings.readingRetentionDays);
  } catch (e) {
    console.warn('[Claimlight] could not prune the reading memory', e);
  }
}
