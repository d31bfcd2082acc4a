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

/** Our private channel (see yieldToPage) and who waits for its next message, in order. */
let port: MessagePort | null = null;
const waiting: (() => void)[] = [];

/**
 * Give the main thread back to the page for a task, then go on. In a visible tab, a setTimeout(0).
 * In a hidden tab browsers throttle timers (Firefox runs each at most once a second; Chromium
 * aligns chained ones to whole seconds), so a repaint sliced in a few pieces made every save sent
 * to a background tab wait seconds. There a message on a private MessageChannel, which is not
 * throttled, ends the task instead: the page's own tasks still run between our slices.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof document === 'undefined' || document.visibilityState !== 'hidden') return void setTimeout(resolve, 0);
    if (!port) {
      const c = new MessageChannel();
      c.port1.onmessage = () => waiting.shift()?.();
      port = c.port2;
    }
    waiting.push(resolve);
    port.postMessage(0);
  });
}

export async function runSliced<T>(steps: Steps<T>, opts: SliceOptions = {}): Promise<T> {
  const { budgetMs = 12, pause = yieldToPage } = opts;
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
