// The frame's side of an editor session: which session it serves (from its URL's hash) and the text
// to start with (from the background, which only answers a note frame in the tab that opened it).
import { sendToBackground } from '@/lib/messaging/client';
import type { BackgroundRequests } from '@/lib/messaging/contract';
import { isSessionId } from '@/lib/messaging/fields';

export type EditorStart = BackgroundRequests['editor/init']['res'];

export function sessionFromHash(hash: string): string | null {
  const id = hash.replace(/^#/, '');
  return isSessionId(id) ? id : null;
}

export interface LoadOptions {
  init?: (session: string) => Promise<EditorStart>;
  tries?: number;
  delayMs?: number;
}

/**
 * The session's text and label. The content script announces the session as the frame starts
 * loading, so the first ask can overtake it: ask a few times before giving up.
 */
export async function loadEditor(session: string, { init = defaultInit, tries = 10, delayMs = 100 }: LoadOptions = {}): Promise<EditorStart> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await init(session);
    } catch (e) {
      if (attempt >= tries) throw e;
      await new Promise((r) => setTimeout(r, delayMs));
    }
  }
}

const defaultInit = (session: string) => sendToBackground('editor/init', { session });
