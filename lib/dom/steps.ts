// Long DOM passes written once, as generators that pause every few hundred nodes, and run either at
// once (runNow) or in slices that give the page its main thread back (runSliced) — so a
// 10,000-paragraph page is measured and extracted without one long task.

/** A pass over the DOM: yields (without a value) at points where it may pause; returns its result. */
export type Steps<T> = Generator<void, T, void>;

/**
 * Nodes between pause points inside a pass. Measuring a live blog costs ~25 µs per node on a fast
 * CPU and ~100 µs at CPU ×4 (clutter rules look at each element's text), so a step is ~0.5 ms, or
 * ~2 ms on a slow CPU, and a slice ends close to its time budget whatever the CPU: a 4× slower
 * CPU gets 4× more slices, not 4× longer ones (with 100 a step was ~10 ms at ×4 and slices ran to
 * 50–80 ms). A pause point costs a generator resume and a clock read: nothing next to a node.
 */
export const STEP_NODES = 20;

export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  /** Longest stretch of work before yielding to the page, in ms (from the clock, not a count). */
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
  const { budgetMs = 8, pause = yieldToPage } = opts;
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
