import { afterEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('@/lib/browser', () => ({ browser: { runtime: { sendMessage: (m: unknown) => sendMessage(m) } } }));

const { sendToBackground, answerCeilingMs } = await import('./client');
const DEFAULT_ANSWER_CEILING_MS = answerCeilingMs('annotation/delete');

afterEach(() => {
  sendMessage.mockReset();
  vi.useRealTimers();
});

describe('sendToBackground', () => {
  it('returns the data of an ok reply', async () => {
    sendMessage.mockResolvedValue({ ok: true, data: { n: 3 } });
    await expect(sendToBackground('page/state', { canonical: 'https://a.example/x' })).resolves.toEqual({ n: 3 });
  });

  it('sends once more when the message was never delivered, then says nothing was saved', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendToBackground('page/state', { canonical: 'https://a.example/x' })).rejects.toThrow(/could not reach its background/);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('a background that never answers ends in a clear error at the ceiling, not a request pending forever', async () => {
    vi.useFakeTimers();
    sendMessage.mockReturnValue(new Promise(() => undefined));
    const pending = sendToBackground('annotation/delete', { canonical: 'https://a.example/x', ids: ['a'] });
    const settled = vi.fn();
    pending.then(settled, settled);
    await vi.advanceTimersByTimeAsync(DEFAULT_ANSWER_CEILING_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).rejects.toThrow(/stopped before answering; this change may not have been saved/);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('an analysis, the one slow request, has a longer ceiling', async () => {
    vi.useFakeTimers();
    sendMessage.mockReturnValue(new Promise(() => undefined));
    const pending = sendToBackground('analysis/run', { canonical: 'https://a.example/x', input: { text: 'x', blocks: '', title: '' } } as never);
    const settled = vi.fn();
    pending.then(settled, settled);
    await vi.advanceTimersByTimeAsync(DEFAULT_ANSWER_CEILING_MS + 1);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(answerCeilingMs('analysis/run'));
    expect(settled).toHaveBeenCalled();
    await expect(pending).rejects.toThrow(/stopped before answering/);
  });
});
