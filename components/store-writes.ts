// Tells extension pages that the store was written, for the cases its live queries miss:
// - Writes by the background (for a page's content script): Chromium does not deliver the
//   database's BroadcastChannel messages from the extension service worker to extension pages.
//   Content scripts' requests to the background also reach every extension page's
//   runtime.onMessage, so a page sees a write coming and re-reads shortly after (never answering).
// - Writes made here (signalLocalWrite, called by announceChange): some store queries are not
//   tracked by the live query, so the page re-reads after its own writes too.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '@/lib/browser';

const WRITES = new Set(['annotation/create', 'annotation/update', 'annotation/delete', 'annotation/restore', 'page/open']);
/** After a content script's request, when the background has most likely written (and once more to be sure). */
const DELAYS_MS = [250, 1200];

const localListeners = new Set<() => void>();

export function isWriteRequest(msg: unknown): boolean {
  return typeof msg === 'object' && msg !== null && WRITES.has(String((msg as { type?: unknown }).type));
}

/** This page wrote to the store. */
export function signalLocalWrite(): void {
  for (const l of [...localListeners]) l();
}

/** Call `onWrite` after any write this page makes or a content script asks for. Returns the unsubscribe. */
export function onStoreWrite(onWrite: () => void): () => void {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const listener = (msg: unknown): undefined => {
    if (!isWriteRequest(msg)) return undefined;
    for (const ms of DELAYS_MS) {
      const t = setTimeout(() => {
        timers.delete(t);
        onWrite();
      }, ms);
      timers.add(t);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  localListeners.add(onWrite);
  return () => {
    browser.runtime.onMessage.removeListener(listener);
    localListeners.delete(onWrite);
    timers.forEach(clearTimeout);
  };
}

/** A number that changes after each store write: add it to a live query's dependencies. */
export function useStoreWriteTick(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => onStoreWrite(() => setTick((t) => t + 1)), []);
  return tick;
}
