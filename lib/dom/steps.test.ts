// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pauseIfSpent, runSliced, taskElapsed, yieldToPage, type Steps } from './steps';

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

describe('one budget per task (taskElapsed)', () => {
  /** A clock the test moves (performance.now). */
  let now = 0;
  const newTask = () => new Promise((r) => setTimeout(r, 0)); // the clock of the last task is reset by then

  /** A pass whose steps each cost `ms` on the test's clock and are logged. */
  function* pass(name: string, costs: number[], log: string[]): Steps<string> {
    for (const [i, ms] of costs.entries()) {
      yield;
      now += ms;
      log.push(`${name}${i}`);
    }
    return name;
  }

  it('a pass that follows another in the same task pauses before its first step once the task spent the budget', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    await newTask();
    now = 0;
    const log: string[] = [];
    const pause = () => (log.push('pause'), Promise.resolve());
    // 10 ms of work in one task (budget 8: the check after 5 ms lets the second step run)...
    expect(await runSliced(pass('a', [5, 5], log), { budgetMs: 8, pause })).toBe('a');
    // ...then a second pass at once: it does not start a budget of its own.
    expect(await runSliced(pass('b', [5, 5, 5], log), { budgetMs: 8, pause })).toBe('b');
    expect(log).toEqual(['a0', 'a1', 'pause', 'b0', 'b1', 'pause', 'b2']);
    vi.restoreAllMocks();
  });

  it('counts from the start of our work in the task, not from the start of each pass', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    await newTask();
    now = 100;
    expect(taskElapsed()).toBe(0);
    now = 112; // work that is not a pass (a layout read, encoding a message)
    const log: string[] = [];
    const pause = () => (log.push('pause'), Promise.resolve());
    expect(await pauseIfSpent(8, pause)).toBe(true);
    expect(taskElapsed()).toBe(0); // after the pause: a new task, a new budget
    expect(await pauseIfSpent(8, pause)).toBe(false);
    expect(log).toEqual(['pause']);
    // A later task begins its own count.
    await newTask();
    now = 200;
    expect(taskElapsed()).toBe(0);
    vi.restoreAllMocks();
  });

  it('gives the same result however often it pauses', async () => {
    const costs = Array.from({ length: 50 }, (_, i) => i % 7);
    const at = (budgetMs: number) => {
      const log: string[] = [];
      return runSliced(pass('x', costs, log), { budgetMs, pause: async () => {} }).then((r) => [r, log.join()]);
    };
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    await newTask();
    const once = await at(1e9);
    const often = await at(-1);
    expect(often).toEqual(once);
    vi.restoreAllMocks();
  });
});
