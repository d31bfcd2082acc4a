// When the page session looks at the page again after its DOM changed (session.ts: onDomChanged),
// and whether it repaints: pure decisions over a small state, so the back-off and the limit on
// repainting for a page that keeps stripping our marks are testable without a page.

/** Repaints for a page that keeps taking our marks out, before we leave its DOM alone. */
export const MAX_STRIP_REPAINTS = 5;
/** While a paint is running, a check waits this long. */
const WHILE_PAINTING_MS = 400;

export interface DomChecks {
  /** Checks in a row that found nothing new (each one waits longer before the next). */
  quietChecks: number;
  /** The page took our marks out (re-rendered the article, unwrapped them) since the last check. */
  marksLost: boolean;
  /** Repaints for marks the page took out, since the text last changed. */
  stripRepaints: number;
  /** performance.now() before which a check is skipped. */
  nextCheckAt: number;
}

export const firstChecks = (): DomChecks => ({ quietChecks: 0, marksLost: false, stripRepaints: 0, nextCheckAt: 0 });

/** How long until a check may run (≤ 0: now). */
export const waitBeforeCheck = (s: DomChecks, painting: boolean, now: number): number => (painting ? WHILE_PAINTING_MS : s.nextCheckAt - now);

/**
 * A check ran: repaint when the text changed or some annotation is orphaned, or when the page took
 * our marks out, MAX_STRIP_REPAINTS times at most until the text changes again.
 */
export function repaintAfterCheck(s: DomChecks, changed: boolean, orphans: boolean): { repaint: boolean; next: DomChecks } {
  let repaint = changed || orphans;
  let stripRepaints = s.stripRepaints;
  if (changed) stripRepaints = 0;
  else if (s.marksLost && stripRepaints < MAX_STRIP_REPAINTS) {
    stripRepaints++;
    repaint = true;
  }
  return { repaint, next: { ...s, stripRepaints, marksLost: false } };
}

/** After a check (and its repaint): checks that find nothing back off, from 250 ms up to 10 s. */
export function scheduleNextCheck(s: DomChecks, changed: boolean, now: number): DomChecks {
  const quietChecks = changed ? 0 : s.quietChecks + 1;
  return { ...s, quietChecks, nextCheckAt: now + Math.min(10_000, 250 * 2 ** Math.min(quietChecks, 6)) };
}
