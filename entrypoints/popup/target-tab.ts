// Which tab the popup is about: `?tab=<id>` when given (tests open the popup as a page of its own),
// otherwise the active tab of the current window.
import { browser } from '@/lib/browser';

/** The tab id named by a `?tab=` query parameter, or null when absent or not a tab id. */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export interface TargetTab {
  id: number;
  url: string;
}

export async function resolveTargetTab(search: string = location.search): Promise<TargetTab | null> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery !== null) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return tab?.id != null ? { id: tab.id, url: tab.url ?? '' } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id != null ? { id: tab.id, url: tab.url ?? '' } : null;
}
