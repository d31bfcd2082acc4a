import { describe, expect, it } from 'vitest';
import { draftReporter, type Clock } from './draft';

class ManualClock implements Clock {
  private n = 0;
  pending = new Map<number, () => void>();
  set(fn: () => void) {
    this.pending.set(++this.n, fn);
    return this.n;
  }
  clear(id: number) {
    this.pending.delete(id);
  }
  tick() {
    const fns = [...this.pending.values()];
    this.pending.clear();
    fns.forEach((f) => f());
  }
}

describe('draftReporter', () => {
  it('sends the first change at once, then only the latest text after each pause', () => {
    const sent: string[] = [];
    const clock = new ManualClock();
    const r = draftReporter((t) => sent.push(t), 300, clock);
    r.report('a');
    r.report('ab');
    r.report('abc');
    expect(sent).toEqual(['a']);
    clock.tick();
    expect(sent).toEqual(['a', 'abc']);
    clock.tick(); // nothing new in that pause
    expect(sent).toEqual(['a', 'abc']);
    r.report('abcd'); // after a quiet pause: at once again
    expect(sent).toEqual(['a', 'abc', 'abcd']);
  });

  it('cancel drops what is pending (a save carries the text itself)', () => {
    const sent: string[] = [];
    const clock = new ManualClock();
    const r = draftReporter((t) => sent.push(t), 300, clock);
    r.report('a');
    r.report('ab');
    r.cancel();
    clock.tick();
    expect(sent).toEqual(['a']);
    expect(clock.pending.size).toBe(0);
  });
});
