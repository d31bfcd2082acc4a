// Background: wiring only. WXT requires main() to be synchronous and no runtime code outside it.
import { browser } from '@/lib/browser';
import { forgetEditorTab } from './editor';
import { onMessage } from './handlers';
import { forgetDelete } from './recent-deletes';
import { createMenus, listenMenus } from './menus';
import { watchTabs } from './tabs';
import { forgetParts } from './text-parts';
import { forgetFindings } from './finding-pages';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener((details) => {
    createMenus();
    // First run: show what the marks mean and where the reader's data lives.
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
  });
  listenMenus();
  watchTabs();
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetEditorTab(tabId);
    forgetDelete(tabId);
    forgetParts(tabId);
    forgetFindings(tabId);
  });
  browser.runtime.onMessage.addListener(onMessage);
});
