// Typed senders for the contract in ./contract.ts.
import { browser } from '@/lib/browser';
import type { BackgroundRequests, BackgroundType, Reply, TabRequests, TabType } from './contract';
import { unwrap } from './contract';

/** The message never reached a listener (the service worker was starting or had just stopped). */
const NOT_DELIVERED = /Could not establish connection|Receiving end does not exist/i;
/** The listener got the message but the channel closed before it answered. */
const NO_ANSWER = /message channel closed|message port closed|before a response was received/i;
/** What the reader is told when the background stopped mid-request (one string: the content script carries it once). */
const STOPPED = "Claimlight's background stopped before answering; this change may not have been saved. Please try again.";

/**
 * How long a request may wait for the background's answer. A worker stopped while it starts can
 * lose a message without closing its channel (seen in Chromium with the worker stopped over and
 * over), and then nothing would ever answer: the reader's save would spin forever. An analysis of
 * a huge page is the one slow request; everything else answers in well under a second.
 */
export const answerCeilingMs = (type: string): number => (type === 'analysis/run' ? 180_000 : 45_000);

/** The promise's value, or undefined (no answer) once `ms` have passed. */
function withCeiling<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: Parameters<typeof clearTimeout>[0];
  return Promise.race([promise, new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms)))]).finally(() => clearTimeout(timer));
}

/**
 * Send a request to the background and return its data, or throw an Error whose message a reader
 * can act on. A message that was never delivered is sent once more (safe: nothing happened).
 */
export async function sendToBackground<T extends BackgroundType>(
  type: T,
  payload: BackgroundRequests[T]['req'],
): Promise<BackgroundRequests[T]['res']> {
  const message = { type, ...payload };
  let reply: Reply<BackgroundRequests[T]['res']> | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      reply = (await withCeiling(browser.runtime.sendMessage(message), answerCeilingMs(type))) as Reply<BackgroundRequests[T]['res']> | undefined;
      break;
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      if (NOT_DELIVERED.test(text) && attempt === 0) continue;
      if (NOT_DELIVERED.test(text)) throw new Error('Claimlight could not reach its background. Nothing was saved; please try again.');
      if (NO_ANSWER.test(text)) throw new Error(STOPPED);
      if (/Extension context invalidated/i.test(text)) throw new Error('Claimlight was updated or reloaded: reload this page to keep annotating.');
      throw e;
    }
  }
  if (reply === undefined) throw new Error(STOPPED);
  return unwrap(reply);
}

export async function sendToTab<T extends TabType>(
  tabId: number,
  type: T,
  payload: TabRequests[T]['req'],
): Promise<TabRequests[T]['res']> {
  const reply = (await browser.tabs.sendMessage(tabId, { type, ...payload })) as Reply<TabRequests[T]['res']>;
  return unwrap(reply);
}
