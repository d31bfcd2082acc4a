// Note editor frames (entrypoints/note-frame): who may open one, who may speak for one, and the relay
// from a frame to the content script of its own tab. A session's text (the note being edited, the
// draft so far) is kept in this worker's memory only, for the frame to start from.
import type { Runtime } from '@/lib/browser';
import { browser } from '@/lib/browser';
import { unwrap, type BackgroundRequests, type EditorEvent, type Reply } from '@/lib/messaging/contract';
import { senderPage } from './sender';

type EditorType = Extract<keyof BackgroundRequests, `editor/${string}`>;
export type EditorRequest = { [K in EditorType]: { type: K } & BackgroundRequests[K]['req'] }[EditorType];

interface Session {
  tabId: number;
  text: string;
  label: string;
}

/** Open editors are few (one or two per tab): past this, the oldest are forgotten. */
const MAX_SESSIONS = 64;
const sessions = new Map<string, Session>();

export const NOTE_FRAME_PATH = '/note-frame.html';

/** The note frame page of this extension, embedded in a tab: its tab id, or null for anyone else. */
export function noteFrameTab(sender: Runtime.MessageSender): number | null {
  const tabId = sender.tab?.id;
  if (tabId == null || tabId < 0 || !sender.url) return null;
  try {
    const from = new URL(sender.url);
    const page = new URL(browser.runtime.getURL(NOTE_FRAME_PATH));
    return from.origin === page.origin && from.pathname === page.pathname ? tabId : null;
  } catch {
    return null;
  }
}

/** The content script of a tab's top frame (the only one that opens editors). */
function openerTab(sender: Runtime.MessageSender): number {
  const page = senderPage(sender, null); // refuses extension pages, including note frames
  if (page.tabId == null || page.tabId < 0 || sender.frameId !== 0) throw new Error('Only a page\'s top frame opens note editors.');
  return page.tabId;
}

function frameTab(sender: Runtime.MessageSender): number {
  const tabId = noteFrameTab(sender);
  if (tabId == null) throw new Error('Only Claimlight\'s note editor may send this.');
  return tabId;
}

function sessionOf(id: string, tabId: number): Session {
  const s = sessions.get(id);
  if (!s || s.tabId !== tabId) throw new Error('This note editor is closed.');
  return s;
}

/** Relay a frame's event to the top frame of its own tab; answers what the content script answers. */
async function relay<T>(tabId: number, event: EditorEvent): Promise<T> {
  const reply = (await browser.tabs.sendMessage(tabId, event, { frameId: 0 })) as Reply<T> | undefined;
  return unwrap(reply);
}

export async function handleEditor(msg: EditorRequest, sender: Runtime.MessageSender): Promise<unknown> {
  switch (msg.type) {
    case 'editor/open': {
      const tabId = openerTab(sender);
      sessions.delete(msg.session);
      sessions.set(msg.session, { tabId, text: msg.text, label: msg.label });
      for (const old of sessions.keys()) {
        if (sessions.size <= MAX_SESSIONS) break;
        sessions.delete(old);
      }
      return null;
    }
    case 'editor/close': {
      const tabId = openerTab(sender);
      if (sessions.get(msg.session)?.tabId === tabId) sessions.delete(msg.session);
      return null;
    }
    case 'editor/init': {
      const { text, label } = sessionOf(msg.session, frameTab(sender));
      return { text, label } satisfies BackgroundRequests['editor/init']['res'];
    }
    case 'editor/draft': {
      const tabId = frameTab(sender);
      // Kept for a frame that loads again; the relay does not depend on it (the worker may restart).
      const s = sessions.get(msg.session);
      if (s?.tabId === tabId) s.text = msg.text;
      return relay<null>(tabId, { type: msg.type, session: msg.session, text: msg.text });
    }
    case 'editor/save':
      return relay<BackgroundRequests['editor/save']['res']>(frameTab(sender), { type: msg.type, session: msg.session, text: msg.text });
    case 'editor/cancel':
      return relay<null>(frameTab(sender), { type: msg.type, session: msg.session });
  }
}

/** A tab closed: its editors went with it. */
export function forgetEditorTab(tabId: number): void {
  for (const [id, s] of sessions) if (s.tabId === tabId) sessions.delete(id);
}
