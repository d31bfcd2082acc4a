// Tells extension pages that the store was written, for the cases a live query can miss:
// - A store query that awaits something other than Dexie before reading is not tracked by
//   liveQuery (seen with an earlier searchAnnotations), so a page re-reads after its own writes
//   (signalLocalWrite, called by announceChange).
// - Writes by the background for a content script reach extension pages only through Dexie's
//   BroadcastChannel; in one of our runs they did not arrive. Content scripts' requests to the
//   background are also delivered to every extension page's runtime.onMessage, so a page sees a
//   write coming and re-reads shortly after (the listener never answers the message).
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
