// After an extension page (popup, library) writes to the store: tell the background so the tabs
// showing those pages re-read and repaint (extension pages themselves follow through live queries). If the background refuses or is unreachable, ask the
// tabs' content scripts to refresh directly (a refresh is cheap and idempotent). Never throws.
import { browser } from '@/lib/browser';
import { sendToBackground, sendToTab } from '@/lib/messaging/client';

export async function announceChange(pageKeys: string[] | null): Promise<void> {
  try {
    await sendToBackground('store/changed', { pageKeys });
    return;
  } catch (e) {
    console.warn('[Claimlight] store/changed was refused; refreshing tabs directly.', e);
  }
  try {
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((t) => (t.id == null ? undefined : sendToTab(t.id, 'tab/refresh', {}).catch(() => undefined))));
  } catch (e) {
    console.warn('[Claimlight] could not refresh the tabs', e);
  }
}
