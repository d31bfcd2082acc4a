import { describe, expect, it } from 'vitest';
import type { ControllerDeps, UiContext } from './in-page-state';
import { UndoToast } from './undo-toast';

function setup() {
  const timers = new Map<number, () => void>();
  let next = 1;
  const log: string[] = [];
  const deps = {
    timers: {
      set: (fn: () => void) => (timers.set(next, fn), next++),
      clear: (id: number | undefined) => void (id !== undefined && timers.delete(id)),
    },
    focusIn: (what: string) => (log.push(`focus ${what}`), true),
  } as unknown as ControllerDeps;
  const ui = { deps, commit: () => void log.push('commit') } as unknown as UiContext;
  const flush = () => [...timers.values()].forEach((f) => f());
  return { toast: new UndoToast(ui), log, timers, flush };
}

const anchor = { left: 0, top: 0, right: 1, bottom: 1 };

describe('the undo toast', () => {
  it('shows, takes focus only when the card that went had it, and goes away by itself', () => {
    const { toast, log, flush, timers } = setup();
    toast.offer(anchor, 'Annotation deleted.', async () => undefined, true);
    expect(toast.current?.message).toBe('Annotation deleted.');
    expect(log).toEqual(['commit', 'focus toast']);
    flush();
    expect(toast.current).toBeNull();
    expect(timers.size).toBe(0);
    toast.offer(anchor, 'Dismissed.', async () => undefined, false);
    expect(log.filter((l) => l === 'focus toast')).toHaveLength(1);
  });

  it('a second offer replaces the first and its timer', () => {
    const { toast, timers } = setup();
    toast.offer(anchor, 'one', async () => undefined, false);
    toast.offer(anchor, 'two', async () => undefined, false);
    expect(timers.size).toBe(1);
    expect(toast.current?.message).toBe('two');
  });

  it('Undo closes the toast first and runs the undo once; a refused undo throws nothing into the page', async () => {
    const { toast } = setup();
    let undone = 0;
    toast.offer(anchor, 'Dismissed.', async () => void undone++, false);
    await toast.undo();
    await toast.undo();
    expect(undone).toBe(1);
    expect(toast.current).toBeNull();
    toast.offer(anchor, 'Dismissed.', () => Promise.reject(new Error('extension reloaded')), false);
    await expect(toast.undo()).resolves.toBeUndefined();
  });

  it('dispose leaves no timer and nothing shown, without rendering', () => {
    const { toast, timers, log } = setup();
    toast.offer(anchor, 'x', async () => undefined, false);
    log.length = 0;
    toast.dispose();
    expect(timers.size).toBe(0);
    expect(toast.current).toBeNull();
    expect(log).toEqual([]);
  });
});
