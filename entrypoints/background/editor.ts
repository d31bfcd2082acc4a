// Note editor frames (entrypoints/note-frame): who may open one, who may speak for one, and the relay
// from a frame to the content script of its own tab. A session's text (the note being edited, the
// draft so far, or the saved note a view frame shows) is kept in this worker's memory only, for the
// frame to start from. A session belongs to the first frame that asks for its text.
import { browser } from '@/lib/browser';
import {
  EDITOR_CLOSED,
  unwrap,
  type ContentMessage,
  type EditorEvent,
  type FromNoteFrame,
  type NoteFrameResponses,
  type Reply,
} from '@/lib/messaging/contract';
import type { Handlers } from '@/lib/messaging/schema';
import { isPlainObject } from '@/lib/schema/validate';
import type { ContentSender, NoteFrameSender } from './sender';

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

/** The content script of a tab's top frame (the only one that opens editors). */
function openerTab(sender: ContentSender): number {
  if (sender.tabId == null || sender.tabId < 0) throw new Error("Only a page's top frame opens note editors.");
  return sender.tabId;
}

const sameFrame = (a: FrameRef, b: FrameRef) =>
  a.frameId === b.frameId && (a.documentId === undefined || b.documentId === undefined || a.documentId === b.documentId);

/** The session for this frame: bound to the first frame of its tab that asks. */
function sessionFor(id: string, frame: NoteFrameSender): Session {
  const s = sessions.get(id);
  if (!s || s.tabId !== frame.tabId) throw new Error(EDITOR_CLOSED);
  s.frame ??= { frameId: frame.frameId, documentId: frame.documentId };
  if (!sameFrame(s.frame, frame)) throw new Error(EDITOR_CLOSED);
  return s;
}

/**
 * A frame's event for a session: refused when the session is known and belongs to another frame.
 * An unknown session is relayed anyway (the worker may have restarted and lost it); the content
 * script accepts events only for sessions it opened itself.
 */
function eventSession(id: string, frame: NoteFrameSender): Session | null {
  const s = sessions.get(id);
  if (!s) return null;
  if (s.tabId !== frame.tabId || !s.frame || !sameFrame(s.frame, frame)) throw new Error(EDITOR_CLOSED);
  return s;
}

/** Relay a frame's event to the top frame of its own tab; answers what the content script answers. */
async function relay<T>(tabId: number, event: EditorEvent): Promise<T> {
  // The content script answers with the contract's Reply (its own listener, entrypoints/content/ui/editor-frames.ts).
  const reply = (await browser.tabs.sendMessage(tabId, event, { frameId: 0 })) as Reply<T> | undefined;
  return unwrap(reply);
}

/** Content script: a note editor for `session` is opening with this text (or opening again: its frame reloaded). */
export function openEditor(msg: ContentMessage<'editor/open'>, sender: ContentSender): null {
  const tabId = openerTab(sender);
  const old = sessions.get(msg.session);
  if (old && old.tabId !== tabId) throw new Error('That note editor belongs to another tab.');
  // Opened again (its frame reloaded): the frame that loads now reads the text and owns the session.
  sessions.delete(msg.session);
  sessions.set(msg.session, { tabId, text: msg.text, label: msg.label, view: msg.view === true, frame: null });
  for (const oldest of sessions.keys()) {
    if (sessions.size <= MAX_SESSIONS) break;
    sessions.delete(oldest);
  }
  return null;
}

/** Content script: the editor closed; forget its text (only the tab that opened it can). */
export function closeEditor(msg: ContentMessage<'editor/close'>, sender: ContentSender): null {
  const tabId = openerTab(sender);
  if (sessions.get(msg.session)?.tabId === tabId) sessions.delete(msg.session);
  return null;
}

/** What a note frame may ask, answered only for its own tab's sessions. */
export const noteFrameHandlers: Handlers<FromNoteFrame, NoteFrameResponses, NoteFrameSender> = {
  'editor/init': (msg, frame) => {
    const { text, label, view } = sessionFor(msg.session, frame);
    return { text, label, view };
  },
  'editor/draft': (msg, frame) => {
    keepText(msg.session, msg.text, frame);
    return relay(frame.tabId, { type: msg.type, session: msg.session, text: msg.text });
  },
  'editor/save': async (msg, frame) => {
    keepText(msg.session, msg.text, frame);
    const answer = await relay<unknown>(frame.tabId, { type: msg.type, session: msg.session, text: msg.text });
    return { saved: isPlainObject(answer) && answer.saved === true };
  },
  'editor/cancel': (msg, frame) => {
    eventSession(msg.session, frame);
    return relay(frame.tabId, { type: msg.type, session: msg.session });
  },
};

/**
 * A draft or a save: refused for a view session. The text is kept for a frame that loads again (a
 * save the page refused leaves the editor open with it); the relay does not depend on it (the
 * worker may restart).
 */
function keepText(id: string, text: string, frame: NoteFrameSender): void {
  const s = eventSession(id, frame);
  if (s?.view) throw new Error(EDITOR_CLOSED);
  if (s) s.text = text;
}

/** A tab closed: its editors went with it. */
export function forgetEditorTab(tabId: number): void {
  for (const [id, s] of sessions) if (s.tabId === tabId) sessions.delete(id);
}
