import { describe, expect, it, vi } from 'vitest';
import { observeVisibility, visibilityGate, type VisibilitySource } from './visibility';

function manual() {
  let report: (visible: boolean) => void = () => {};
  let stopped = false;
  const source: VisibilitySource = (onChange) => {
    report = onChange;
    return () => (stopped = true);
  };
  return { source, set: (v: boolean) => report(v), stopped: () => stopped };
}

describe('visibilityGate', () => {
  it('passes once visible for the minimum without a break; a covered frame does not pass', async () => {
    vi.useFakeTimers();
    try {
      let t = 0;
      const now = () => t;
      const src = manual();
      const gate = visibilityGate(src.source, 500, now);
      src.set(true);
      t = 300;
      src.set(false); // covered by the page: the count starts again
      t = 400;
      src.set(true);
      const pending = gate.whenSeen(2000);
      t = 800;
      await vi.advanceTimersByTimeAsync(50);
      t = 900;
      await vi.advanceTimersByTimeAsync(50);
      expect(await pending).toBe(true);

      src.set(false);
      const refused = gate.whenSeen(1000);
      for (t = 950; t <= 2000; t += 50) await vi.advanceTimersByTimeAsync(50);
      expect(await refused).toBe(false);
      gate.dispose();
      expect(src.stopped()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('observeVisibility without IntersectionObserver v2', () => {
  it('watches with threshold 0 and reports whether any of the element is in the viewport', () => {
    const observers: { options: IntersectionObserverInit | undefined; fire: (e: Partial<IntersectionObserverEntry>) => void }[] = [];
    class FakeObserver {
      constructor(cb: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        observers.push({ options, fire: (e) => cb([e as IntersectionObserverEntry], this as unknown as IntersectionObserver) });
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.stubGlobal('IntersectionObserverEntry', class {}); // no isVisible: not v2
    try {
      const seen: boolean[] = [];
      const stop = observeVisibility({} as Element)((v) => seen.push(v));
      expect(observers[0]!.options).toEqual({ threshold: 0 });
      observers[0]!.fire({ isIntersecting: true, intersectionRatio: 0.2 });
      observers[0]!.fire({ isIntersecting: false, intersectionRatio: 0 });
      expect(seen).toEqual([true, false]);
      stop();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
