import { describe, expect, it } from 'vitest';
import { LatestSaver, type SaveState } from './latest-saver';

function deferredSaves() {
  const calls: { value: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  const save = (value: string) => new Promise<void>((resolve, reject) => calls.push({ value, resolve, reject }));
  return { calls, save };
}

describe('LatestSaver', () => {
  it('starts a save for every value at once, without waiting for earlier ones', () => {
    const { calls, save } = deferredSaves();
    const s = new LatestSaver(save);
    s.push('h');
    s.push('he');
    s.push('hel');
    expect(calls.map((c) => c.value)).toEqual(['h', 'he', 'hel']);
    expect(s.busy).toBe(true);
  });

  it('reports the state of the newest value only', async () => {
    const { calls, save } = deferredSaves();
    const states: SaveState['status'][] = [];
    const s = new LatestSaver(save, (st) => states.push(st.status));
    s.push('a');
    s.push('ab');
    calls[1]!.resolve();
    calls[0]!.reject(new Error('older write failed'));
    await s.idle();
    expect(states).toEqual(['saving', 'saving', 'saved']);
    expect(s.busy).toBe(false);
  });

  it('reports a failure of the newest value, and recovers with the next', async () => {
    const { calls, save } = deferredSaves();
    const states: SaveState[] = [];
    const s = new LatestSaver(save, (st) => states.push(st));
    s.push('x');
    calls[0]!.reject(new Error('storage full'));
    await s.idle();
    expect(states.at(-1)).toEqual({ status: 'error', error: new Error('storage full') });
    s.push('xy');
    calls[1]!.resolve();
    await s.idle();
    expect(states.at(-1)).toEqual({ status: 'saved' });
  });

  it('turns a save that throws synchronously into an error state', async () => {
    const states: SaveState['status'][] = [];
    const s = new LatestSaver<string>(() => {
      throw new Error('no');
    }, (st) => states.push(st.status));
    s.push('a');
    await s.idle();
    expect(states).toEqual(['saving', 'error']);
  });
});
