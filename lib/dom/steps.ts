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

/**
 * When our script's work in the current task began (performance.now()), or null before it starts.
 * One budget serves the whole task: passes that run one after the other in a task (the last slice
 * of one pass, then the first of the next; a plan, then the paint) used to count from their own
 * start each, so a task could hold two or three budgets (the live blog's first paint at CPU ×4: the
 * layout read, the plan and the first marks in one task of ~40 ms of thread time).
 */
let taskBegan: number | null = null;
let resetQueued = false;

/** Start counting a task's budget at `now` (after a pause: the work goes on in a new task). */
function beginTask(now: number): void {
  taskBegan = now;
  if (resetQueued) return;
  resetQueued = true;
  // A task queued now runs after this one ends; on the same channel as yieldToPage, so before our
  // own next slice, queued later. Until it runs, a task we did not start (a message reply, a timer)
  // counts from here: it only yields sooner.
  void yieldToPage().then(() => {
    taskBegan = null;
    resetQueued = false;
  });
}

/** How long our script has run in the current task (since it first asked, or since its pause ended). */
export function taskElapsed(): number {
  const now = performance.now();
  if (taskBegan === null) beginTask(now);
  return now - taskBegan!;
}

/**
 * Pause if the current task has used `budgetMs` (a pass about to start, or the next unit of work):
 * resolves at once otherwise. After a pause the budget starts again.
 */
export async function pauseIfSpent(budgetMs: number, pause: () => Promise<void> = yieldToPage): Promise<boolean> {
  if (taskElapsed() <= budgetMs) return false;
  await nextTask(pause);
  return true;
}

/** Give the page its thread back, then go on in a new task with a fresh budget. */
export async function nextTask(pause: () => Promise<void> = yieldToPage): Promise<void> {
  await pause();
  beginTask(performance.now());
}

export async function runSliced<T>(steps: Steps<T>, opts: SliceOptions = {}): Promise<T> {
  const { budgetMs = 8, pause = yieldToPage } = opts;
  for (;;) {
    // Checked before every step, the first one too: the task may have spent its budget before this pass.
    if (taskElapsed() > budgetMs) await nextTask(pause);
    const r = steps.next();
    if (r.done) return r.value;
  }
}
