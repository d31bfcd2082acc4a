import { describe, expect, it } from 'vitest';
import { firstChecks, MAX_STRIP_REPAINTS, repaintAfterCheck, scheduleNextCheck, waitBeforeCheck, type DomChecks } from './dom-checks';

/** One check that found `changed`, as the session runs it: decide, (repaint), schedule the next. */
function check(s: DomChecks, changed: boolean, now: number, orphans = false): { repaint: boolean; next: DomChecks } {
  const { repaint, next } = repaintAfterCheck(s, changed, orphans);
  return { repaint, next: scheduleNextCheck(next, changed, now) };
}

describe('checks after the page’s DOM changed', () => {
  it('the first check runs at once; a check waits while a paint is running', () => {
    const s = firstChecks();
    expect(waitBeforeCheck(s, false, 1000)).toBeLessThanOrEqual(0);
    expect(waitBeforeCheck(s, true, 1000)).toBe(400);
  });

  it('back off while nothing changes: 500 ms, 1 s, 2 s … up to 10 s; a change starts again at 250 ms', () => {
    let s = firstChecks();
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      s = check(s, false, 0).next;
      waits.push(waitBeforeCheck(s, false, 0));
    }
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
    s = check(s, true, 50_000).next;
    expect(waitBeforeCheck(s, false, 50_000)).toBe(250);
    expect(s.quietChecks).toBe(0);
  });

  it('repaints when the text changed or an annotation is orphaned, not for a quiet DOM', () => {
    expect(repaintAfterCheck(firstChecks(), true, false).repaint).toBe(true);
    expect(repaintAfterCheck(firstChecks(), false, true).repaint).toBe(true);
    expect(repaintAfterCheck(firstChecks(), false, false).repaint).toBe(false);
  });

  it('a page that keeps stripping our marks gets a few repaints, then none, until its text changes', () => {
    let s = firstChecks();
    const repaints: boolean[] = [];
    for (let i = 0; i < MAX_STRIP_REPAINTS + 3; i++) {
      s = { ...s, marksLost: true };
      const r = check(s, false, 0);
      repaints.push(r.repaint);
      expect(r.next.marksLost).toBe(false);
      s = r.next;
    }
    expect(repaints).toEqual([...Array(MAX_STRIP_REPAINTS).fill(true), false, false, false]);
    // The article changed: the budget for stripped marks starts again.
    s = check(s, true, 0).next;
    expect(s.stripRepaints).toBe(0);
    expect(repaintAfterCheck({ ...s, marksLost: true }, false, false).repaint).toBe(true);
  });
});
