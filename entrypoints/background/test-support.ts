// Test helpers for the background's message router (handlers.test.ts, text-parts.test.ts,
// finding-pages.test.ts): a content script's sender and the router's answer as data or as a refusal.
import type { Runtime } from '@/lib/browser';
import { onMessage } from './handlers';

const tab = (id: number, url: string) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false, url, title: `Tab ${id}` });

/** The content script in the top frame of tab `id`, showing `url`. */
export const contentOf = (id: number, url: string): Runtime.MessageSender => ({ tab: tab(id, url), frameId: 0, url });

/** The router's answer to `msg` from `sender`; throws when it refuses. */
export async function ok<T = unknown>(msg: unknown, sender: Runtime.MessageSender): Promise<T> {
  const r = await onMessage(msg, sender);
  if (!r.ok) throw new Error(`refused: ${r.error}`);
  return r.data as T;
}

/** The router's error for `msg` from `sender`; throws when it accepts. */
export async function refused(msg: unknown, sender: Runtime.MessageSender): Promise<string> {
  const r = await onMessage(msg, sender);
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(msg).slice(0, 200)}`);
  return r.error;
}
