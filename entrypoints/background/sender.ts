// Who is asking: the page a content script runs in, derived from the browser's own sender data.
import type { Runtime } from '@/lib/browser';
import { browser } from '@/lib/browser';
import { isAnnotatablePage, pageKeyFor } from '@/lib/page-key';
import type { PageKey } from '@/lib/model';

export interface SenderPage {
  tabId: number | undefined;
  url: string;
  pageKey: PageKey;
}

/**
 * The page of a content-script sender. The URL comes from sender.tab.url (or the frame URL the
 * browser reports), never from the message; the message's canonical link only refines the key when
 * it stays on the same site (pageKeyFor checks that).
 */
export function senderPage(sender: Runtime.MessageSender, canonical: string | null): SenderPage {
  const url = sender.tab?.url ?? sender.url;
  if (!url) throw new Error('Claimlight only answers content scripts of web pages.');
  if (isExtensionSender(sender)) throw new Error('Extension pages use the store directly.');
  if (!isAnnotatablePage(url)) throw new Error('This page cannot be annotated.');
  return { tabId: sender.tab?.id, url, pageKey: pageKeyFor(url, canonical) };
}

/** A page of our own (popup, Library — also when opened in a tab), judged by the sender's URL. */
export function isExtensionSender(sender: Runtime.MessageSender): boolean {
  if (!sender.url) return false;
  try {
    return new URL(sender.url).origin === new URL(browser.runtime.getURL('/')).origin;
  } catch {
    return false;
  }
}
