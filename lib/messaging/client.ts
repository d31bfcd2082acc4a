// Typed senders for the contract in ./contract.ts.
import { browser } from '@/lib/browser';
import type { BackgroundRequests, BackgroundType, Reply, TabRequests, TabType } from './contract';
import { unwrap } from './contract';

export async function sendToBackground<T extends BackgroundType>(
  type: T,
  payload: BackgroundRequests[T]['req'],
): Promise<BackgroundRequests[T]['res']> {
  const reply = (await browser.runtime.sendMessage({ type, ...payload })) as Reply<BackgroundRequests[T]['res']>;
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
