// Background: wiring only. WXT requires main() to be synchronous and no runtime code outside it.
import { browser } from '@/lib/browser';
import { forgetEditorTab } from './editor';
import { onMessage } from './handlers';
import { forgetDelete } from './recent-deletes';
import { createMenus, listenMenus } from './menus';
import { watchTabs } from './tabs';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => createMenus());
  listenMenus();
  watchTabs();
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetEditorTab(tabId);
    forgetDelete(tabId);
  });
  browser.runtime.onMessage.addListener(onMessage);
});
