// The content side of the note editor frames: sessions are random ids this script makes and keeps
// to itself (the frame learns its id from its URL's hash, inside our closed shadow root). Events
// come back only through runtime messages relayed by the background (never window.postMessage,
// which any page can send), and only for a session opened here.
import { browser } from '@/lib/browser';
import { errorReply, NOTE_FRAME_PAGE, okReply, type EditorEvent, type EditorEvents, type EditorEventType } from '@/lib/messaging/contract';
import { dispatch, typeOf, type Handlers } from '@/lib/messaging/schema';
import { editorEvents } from '@/lib/messaging/to-content';
import { sendToBackground } from '@/lib/messaging/client';
import { randomId } from '@/lib/random-id';
import type { EditorFrames } from './note-sessions';

export function noteEditorFrames(log: (...args: unknown[]) => void, newId: () => string = randomId): EditorFrames {
  return {
    open(text, label, view = false, session = newId()) {
      // The frame asks for its text once it has loaded (and retries briefly if this is still on its way).
      sendToBackground('editor/open', { session, text, label, ...(view ? { view } : {}) }).catch((e: unknown) => log('note frame not opened', e));
      return session;
    },
    close(session) {
      sendToBackground('editor/close', { session }).catch(() => undefined);
    },
    // The theme rides in the query (the frame cannot see the page's colours); the session in the hash.
    src: (session, theme) => `${browser.runtime.getURL(NOTE_FRAME_PAGE)}${theme ? `?theme=${theme}` : ''}#${session}`,
  };
}

/** Listen for the frames' relayed events until `signal` aborts; everything else is left alone. */
export function listenToEditors(handle: (ev: EditorEvent) => Promise<unknown>, signal: AbortSignal): void {
  const relayed: Handlers<EditorEvents, Record<EditorEventType, unknown>, void> = {
    'editor/draft': handle,
    'editor/save': handle,
    'editor/cancel': handle,
  };
  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    if (!typeOf(editorEvents, raw)) return undefined; // not ours: other listeners answer it
    return dispatch(editorEvents, relayed, raw, undefined, 'the background').then(okReply, errorReply);
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}
