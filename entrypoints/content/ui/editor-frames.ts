// The content side of the note editor frames: sessions are random ids this script makes and keeps
// to itself (the frame learns its id from its URL's hash, inside our closed shadow root). Events
// come back only through runtime messages relayed by the background (never window.postMessage,
// which any page can send), and only for a session opened here.
import { browser } from '@/lib/browser';
import { errorReply, isEditorEvent, NOTE_FRAME_PAGE, okReply, type EditorEvent } from '@/lib/messaging/contract';
import { sendToBackground } from '@/lib/messaging/client';
import type { EditorFrames } from './controller';

export function noteEditorFrames(log: (...args: unknown[]) => void, newId: () => string = () => crypto.randomUUID()): EditorFrames {
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
  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    if (!isEditorEvent(raw)) return undefined; // not ours: other listeners answer it
    return handle(raw).then(okReply, errorReply);
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}
