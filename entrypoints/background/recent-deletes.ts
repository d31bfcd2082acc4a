// Undo that the page cannot take away. A delete made in a page's card offers Undo in a toast the
// page could cover or hide; so the background also keeps the last delete made through each tab's
// content script, shows a badge on Claimlight's toolbar button (browser chrome, out of any page's
// reach), and the popup offers Undo for it. Kept in this worker's memory for a while; forgotten
// when undone, when the tab shows another page or closes.
import { browser } from '@/lib/browser';
import type { Annotation, PageKey } from '@/lib/model';

/** How long a delete can be undone from the popup. */
export const UNDO_FROM_POPUP_MS = 10 * 60_000;

interface RecentDelete {
  pageKey: PageKey;
  records: Annotation[];
  at: number;
}

const recent = new Map<number, RecentDelete>();

/** The toolbar button's API (MV3: action; Firefox MV2: browserAction); absent in some tests. */
const toolbarButton = () => browser.action ?? browser.browserAction;

function badge(tabId: number, on: boolean): void {
  try {
    const button = toolbarButton();
    void button?.setBadgeText({ tabId, text: on ? '↶' : '' })?.catch(() => undefined);
    if (on) void button?.setTitle({ tabId, title: 'Claimlight: undo the last delete on this page' })?.catch(() => undefined);
    else void button?.setTitle({ tabId, title: '' })?.catch(() => undefined);
  } catch {
    // No toolbar button here: the popup still offers the undo.
  }
}

export function rememberDelete(tabId: number | undefined, pageKey: PageKey, records: Annotation[], now = Date.now()): void {
  if (tabId == null || tabId < 0 || !records.length) return;
  recent.set(tabId, { pageKey, records, at: now });
  badge(tabId, true);
}

/** The last delete on the page the tab shows now, if it can still be undone. */
export function lastDelete(tabId: number, now = Date.now()): RecentDelete | null {
  const r = recent.get(tabId);
  if (!r) return null;
  if (now - r.at > UNDO_FROM_POPUP_MS) {
    forgetDelete(tabId);
    return null;
  }
  return r;
}

/** Undone (records of the page put back), or the tab shows another page: nothing to offer any more. */
export function forgetDelete(tabId: number | undefined, keepFor?: PageKey): void {
  if (tabId == null || !recent.has(tabId)) return;
  if (keepFor !== undefined && recent.get(tabId)!.pageKey === keepFor) return;
  recent.delete(tabId);
  badge(tabId, false);
}
