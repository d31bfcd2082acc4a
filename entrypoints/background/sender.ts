// Who is asking, from the browser's own sender data (never from the message): a content script of
// a web page, Claimlight's note frame inside a tab, or one of Claimlight's own pages. Each kind of
// sender has its own message schema (lib/messaging): a web page's content script cannot send what
// only an extension page may, whatever the message says.
import type { Runtime } from '@/lib/browser';
import { browser } from '@/lib/browser';
import type { PageKey } from '@/lib/model';
import { NOTE_FRAME_PAGE } from '@/lib/messaging/contract';
import { isAnnotatablePage, pageKeyFor } from '@/lib/page-key';

/** The content script of a web page's top frame, as the browser reports it. */
export interface ContentSender {
  readonly from: 'content';
  readonly tabId: number | undefined;
  /** The page's address (the browser's, not the message's). */
  readonly url: string;
  /** The tab's title, where the browser reports it. */
  readonly title: string;
}

/** Claimlight's note frame embedded in a tab (entrypoints/note-frame). */
export interface NoteFrameSender {
  readonly from: 'note-frame';
  readonly tabId: number;
  readonly frameId: number;
  readonly documentId: string | undefined;
}

/** Claimlight's own pages (popup, Library — also when opened in a tab). */
export interface ExtensionSender {
  readonly from: 'extension';
}

export type Sender = ContentSender | NoteFrameSender | ExtensionSender;

declare const pageBrand: unique symbol;

/**
 * The page a content script's message is about. Made only by pageOf() from the sender's address
 * (the message's canonical link refines it within the same origin only: lib/page-key.ts); every
 * write on a page's behalf takes one (./page-store.ts).
 */
export type SenderPage = {
  readonly tabId: number | undefined;
  readonly url: string;
  readonly title: string;
  readonly pageKey: PageKey;
} & { readonly [pageBrand]: true };

/** Where the message comes from, or an error a reader (or a test) can understand. */
export function classifySender(sender: Runtime.MessageSender): Sender {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) throw new Error('Claimlight answers only itself.');
  const own = ownPage(sender.url);
  if (own === NOTE_FRAME_PAGE) {
    const tabId = sender.tab?.id;
    // Embedded, never a tab's top frame: a tab that opened note-frame.html itself is not an editor.
    if (tabId == null || tabId < 0 || !(sender.frameId! > 0)) throw new Error("Only Claimlight's note editor, inside a page, may send this.");
    return { from: 'note-frame', tabId, frameId: sender.frameId!, documentId: (sender as { documentId?: string }).documentId };
  }
  if (own !== null) return { from: 'extension' };
  const url = sender.tab?.url ?? sender.url;
  if (!url || !sender.tab) throw new Error('Claimlight only answers content scripts of web pages.');
  // The content script runs in the top frame only; a frame's sender would carry the tab's address.
  if (sender.frameId !== undefined && sender.frameId !== 0) throw new Error("Claimlight only answers a page's top frame.");
  if (!isAnnotatablePage(url)) throw new Error('This page cannot be annotated.');
  return { from: 'content', tabId: sender.tab.id, url, title: sender.tab.title ?? '' };
}

/** The path of one of our own pages ("/note-frame.html"), or null for any other address. */
function ownPage(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const from = new URL(url);
    const own = new URL(browser.runtime.getURL('/'));
    // Scheme and host, not .origin: that is "null" for every non-special scheme in some engines.
    return from.protocol === own.protocol && from.host === own.host ? from.pathname : null;
  } catch {
    return null;
  }
}

/** The page a content script's message is about: its address, refined by a same-origin canonical link. */
export function pageOf(sender: ContentSender, canonical: string | null): SenderPage {
  const page = { tabId: sender.tabId, url: sender.url, title: sender.title, pageKey: pageKeyFor(sender.url, canonical) };
  return page as SenderPage; // the one place a SenderPage is made
}
