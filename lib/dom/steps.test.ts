// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSliced, yieldToPage, type Steps } from './steps';

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
}

/** Whether the promise settles while timers are frozen (fake timers never fire unless advanced). */
async function settlesWithoutTimers(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 50 && !done; i++) await new Promise((r) => setImmediate(r));
  return done;
}

afterEach(() => {
  vi.useRealTimers();
  delete (document as { visibilityState?: unknown }).visibilityState;
});

describe('yieldToPage', () => {
  it('waits for a timer task in a visible tab', async () => {
    setVisibility('visible');
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const p = yieldToPage();
    expect(await settlesWithoutTimers(p)).toBe(false);
    vi.advanceTimersByTime(0);
    expect(await settlesWithoutTimers(p)).toBe(true);
  });

  it('does not wait for a (throttled) timer in a hidden tab: a message ends the task', async () => {
    setVisibility('hidden');
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    // Several at once resolve in order, each after its own message.
    const order: number[] = [];
    const all = Promise.all([0, 1, 2].map((i) => yieldToPage().then(() => order.push(i))));
    expect(await settlesWithoutTimers(all)).toBe(true);
    expect(order).toEqual([0, 1, 2]);
  });

  it('lets sliced work in a hidden tab finish with no timer firing', async () => {
    setVisibility('hidden');
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    function* work(): Steps<number> {
      let n = 0;
      for (let i = 0; i < 20; i++) {
        n += i;
        yield;
      }
      return n;
    }
    // A zero budget pauses at every step: 20 pauses, none of them a timer.
    expect(await settlesWithoutTimers(runSliced(work(), { budgetMs: -1 }))).toBe(true);
  });
});
