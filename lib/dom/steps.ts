// Long DOM passes written once, as generators that pause every few hundred nodes, and run either at
// once (runNow) or in slices that give the page its main thread back (runSliced) — so a
// 10,000-paragraph page is measured and extracted without one long task.

/** A pass over the DOM: yields (without a value) at points where it may pause; returns its result. */
export type Steps<T> = Generator<void, T, void>;

/**
 * Nodes between pause points inside a pass. Measuring a live blog costs ~25 µs per node, so a step
 * is ~2.5 ms and a slice stays close to its budget (with 400 a step was ~10 ms: 12 ms budgets ran
 * to 20 ms and more).
 */
export const STEP_NODES = 100;

export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  /** Longest stretch of work before yielding to the page, in ms. */
  budgetMs?: number;
  /** How to give the main thread back. */
  pause?: () => Promise<void>;
}

const nextTask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

export async function runSliced<T>(steps: Steps<T>, opts: SliceOptions = {}): Promise<T> {
  const { budgetMs = 12, pause = nextTask } = opts;
  let t0 = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - t0 > budgetMs) {
      await pause();
      t0 = performance.now();
    }
  }
}
