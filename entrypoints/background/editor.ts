// Note editor frames (entrypoints/note-frame): who may open one, who may speak for one, and the relay
// from a frame to the content script of its own tab. A session's text (the note being edited, the
// draft so far, or the saved note a view frame shows) is kept in this worker's memory only, for the
// frame to start from. A session belongs to the first frame that asks for its text.
import type { Runtime } from '@/lib/browser';
import { browser } from '@/lib/browser';
import { EDITOR_CLOSED, NOTE_FRAME_PAGE, unwrap, type BackgroundRequests, type EditorEvent, type Reply } from '@/lib/messaging/contract';
import { senderPage } from './sender';

type EditorType = Extract<keyof BackgroundRequests, `editor/${string}`>;
export type EditorRequest = { [K in EditorType]: { type: K } & BackgroundRequests[K]['req'] }[EditorType];

/** One frame document: its frame id in the tab, and its document id where the browser reports one. */
interface FrameRef {
  frameId: number;
  documentId: string | undefined;
}

interface Session {
  tabId: number;
  text: string;
  label: string;
  view: boolean;
  /** The frame that read the text first; only it may speak for the session afterwards. */
  frame: FrameRef | null;
}

/** Open editors are few (one or two per tab): past this, the oldest are forgotten. */
const MAX_SESSIONS = 64;
const sessions = new Map<string, Session>();

/** The note frame page of this extension, embedded in a page of a tab: its tab id, or null for anyone else. */
export function noteFrameTab(sender: Runtime.MessageSender): number | null {
  const tabId = sender.tab?.id;
  // Embedded, never the tab's top frame: a tab that opened note-frame.html itself is not an editor.
  if (tabId == null || tabId < 0 || !sender.url || !(sender.frameId! > 0)) return null;
  try {
    const from = new URL(sender.url);
    const page = new URL(browser.runtime.getURL(NOTE_FRAME_PAGE));
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

function frameOf(sender: Runtime.MessageSender): FrameRef {
  return { frameId: sender.frameId!, documentId: (sender as { documentId?: string }).documentId };
}

const sameFrame = (a: FrameRef, b: FrameRef) =>
  a.frameId === b.frameId && (a.documentId === undefined || b.documentId === undefined || a.documentId === b.documentId);

/** The session for this frame: bound to the first frame of its tab that asks. */
function sessionFor(id: string, tabId: number, sender: Runtime.MessageSender): Session {
  const s = sessions.get(id);
  if (!s || s.tabId !== tabId) throw new Error(EDITOR_CLOSED);
  const frame = frameOf(sender);
  s.frame ??= frame;
  if (!sameFrame(s.frame, frame)) throw new Error(EDITOR_CLOSED);
  return s;
}

/**
 * A frame's event for a session: refused when the session is known and belongs to another frame.
 * An unknown session is relayed anyway (the worker may have restarted and lost it); the content
 * script accepts events only for sessions it opened itself.
 */
function eventSession(id: string, tabId: number, sender: Runtime.MessageSender): Session | null {
  const s = sessions.get(id);
  if (!s) return null;
  if (s.tabId !== tabId || !s.frame || !sameFrame(s.frame, frameOf(sender))) throw new Error(EDITOR_CLOSED);
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
      const old = sessions.get(msg.session);
      if (old && old.tabId !== tabId) throw new Error('That note editor belongs to another tab.');
      // Opened again (its frame reloaded): the frame that loads now reads the text and owns the session.
      sessions.delete(msg.session);
      sessions.set(msg.session, { tabId, text: msg.text, label: msg.label, view: msg.view === true, frame: null });
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
      const { text, label, view } = sessionFor(msg.session, frameTab(sender), sender);
      return { text, label, view } satisfies BackgroundRequests['editor/init']['res'];
    }
    case 'editor/draft':
    case 'editor/save': {
      const tabId = frameTab(sender);
      const s = eventSession(msg.session, tabId, sender);
      if (s?.view) throw new Error(EDITOR_CLOSED);
      // Kept for a frame that loads again (a save the page refused leaves the editor open with it);
      // the relay does not depend on it (the worker may restart).
      if (s) s.text = msg.text;
      return relay<unknown>(tabId, { type: msg.type, session: msg.session, text: msg.text });
    }
    case 'editor/cancel': {
      const tabId = frameTab(sender);
      eventSession(msg.session, tabId, sender);
      return relay<null>(tabId, { type: msg.type, session: msg.session });
    }
    case 'editor/size': {
      const tabId = frameTab(sender);
      eventSession(msg.session, tabId, sender);
      return relay<null>(tabId, { type: msg.type, session: msg.session, height: msg.height });
    }
  }
}

/** A tab closed: its editors went with it. */
export function forgetEditorTab(tabId: number): void {
  for (const [id, s] of sessions) if (s.tabId === tabId) sessions.delete(id);
}
