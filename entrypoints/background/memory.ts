// Reading memory (opt-in): when the reader turned it on, the findings of each analysed page are kept
// as automatic findings (lib/store/readings.ts). Nothing is written while it is off. What is past the
// retention period goes on each of these writes (and the views never show it), so the background
// does not open the database just to prune when it starts.
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
