// Context-menu items and keyboard commands: both act on the selection in the active tab's page.
import { browser, type Menus, type Tabs } from '@/lib/browser';
import type { SelectionAction } from '@/lib/messaging/contract';
import { sendToTab } from '@/lib/messaging/client';

const MENU: { id: SelectionAction; title: string }[] = [
  { id: 'highlight', title: 'Highlight with Claimlight' },
  { id: 'note', title: 'Highlight and add a note' },
  { id: 'quote', title: 'Mark as Quote' },
  { id: 'claim', title: 'Mark as Claim' },
  { id: 'disputed', title: 'Mark as Disputed' },
];

const COMMANDS: Record<string, SelectionAction> = {
  'highlight-selection': 'highlight',
  'note-selection': 'note',
  'quote-selection': 'quote',
  'claim-selection': 'claim',
  'disputed-selection': 'disputed',
};

async function runOnTab(tabId: number | undefined, action: SelectionAction): Promise<void> {
  if (tabId == null || tabId < 0) return;
  try {
    await sendToTab(tabId, 'tab/command', { action });
  } catch (e) {
    // No content script there (browser pages, the store, a page loaded before install).
    console.warn('[Claimlight] could not reach the page', e);
  }
}

export function createMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    for (const item of MENU) {
      browser.contextMenus.create({ id: `claimlight-${item.id}`, title: item.title, contexts: ['selection'] });
    }
  });
}

export function listenMenus(): void {
  browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => {
    const id = String(info.menuItemId).replace(/^claimlight-/, '') as SelectionAction;
    if (MENU.some((m) => m.id === id)) void runOnTab(tab?.id, id);
  });
  browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
    const action = COMMANDS[command];
    if (!action) return;
    if (tab?.id != null) return void runOnTab(tab.id, action);
    void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => runOnTab(t?.id, action));
  });
}
