import { describe, expect, it } from 'vitest';
import { isWriteRequest, onStoreWrite, signalLocalWrite } from './store-writes';

describe('store write signals', () => {
  it('recognises the content script requests that write to the store', () => {
    expect(isWriteRequest({ type: 'annotation/create' })).toBe(true);
    expect(isWriteRequest({ type: 'annotation/delete', ids: [] })).toBe(true);
    expect(isWriteRequest({ type: 'analysis/run' })).toBe(false);
    expect(isWriteRequest({ type: 'tab/state' })).toBe(false);
    expect(isWriteRequest('annotation/create')).toBe(false);
    expect(isWriteRequest(null)).toBe(false);
  });

  it('tells subscribers about local writes until they unsubscribe', () => {
    let n = 0;
    const stop = onStoreWrite(() => n++);
    signalLocalWrite();
    signalLocalWrite();
    stop();
    signalLocalWrite();
    expect(n).toBe(2);
  });
});
