import { describe, expect, it } from 'vitest';
import { Coalescer } from './coalescer';

function deferredSaves() {
  const calls: { value: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  const save = (value: string) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ value, resolve, reject });
    });
  return { calls, save };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Coalescer', () => {
  it('runs immediately when idle', () => {
    const { calls, save } = deferredSaves();
    const s = new Coalescer(save);
    s.push('a');
    expect(calls.map((c) => c.value)).toEqual(['a']);
    expect(s.busy).toBe(true);
  });

  it('coalesces values pushed while a save is in flight and runs only the newest', async () => {
    const { calls, save } = deferredSaves();
    const s = new Coalescer(save);
    s.push('h');
    s.push('he');
    s.push('hel');
    expect(calls.map((c) => c.value)).toEqual(['h']);
    calls[0]!.resolve();
    await tick();
    expect(calls.map((c) => c.value)).toEqual(['h', 'hel']);
    calls[1]!.resolve();
    await s.idle();
    expect(s.busy).toBe(false);
  });

  it('never runs two at once', async () => {
    let running = 0;
    let maxRunning = 0;
    const saved: number[] = [];
    const s = new Coalescer<number>(async (v) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 2));
      saved.push(v);
      running--;
    });
    for (let i = 1; i <= 20; i++) {
      s.push(i);
      if (i % 3 === 0) await tick();
    }
    await s.idle();
    expect(maxRunning).toBe(1);
    expect(saved.at(-1)).toBe(20);
  });

  it('reports errors and carries on with the next value', async () => {
    const { calls, save } = deferredSaves();
    const errors: unknown[] = [];
    const s = new Coalescer(save, (e) => errors.push(e));
    s.push('x');
    s.push('xy');
    calls[0]!.reject(new Error('offline'));
    await tick();
    expect(errors).toHaveLength(1);
    expect(calls.map((c) => c.value)).toEqual(['x', 'xy']);
    calls[1]!.resolve();
    await s.idle();
  });
});
