import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rowOffsets, visibleRows, visibleRowsVariable } from './virtual-range';
import { fuzzRuns } from '@/lib/testing/fuzz';

describe('visibleRows', () => {
  it('renders the rows in view plus overscan', () => {
    expect(visibleRows(0, 100, 20, 1000, 2)).toEqual({ start: 0, end: 7, offset: 0, total: 20000 });
    expect(visibleRows(400, 100, 20, 1000, 2)).toEqual({ start: 18, end: 27, offset: 360, total: 20000 });
  });

  it('clamps at the end and handles empty lists', () => {
    expect(visibleRows(1e9, 100, 20, 10, 2)).toMatchObject({ end: 10 });
    expect(visibleRows(0, 100, 20, 0)).toEqual({ start: 0, end: 0, offset: 0, total: 0 });
  });

  it('always covers the viewport and renders few rows', () => {
    fc.assert(
      fc.property(fc.nat(2_000_000), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 200 }), fc.nat(100_000), (scroll, viewport, h, count) => {
        const w = visibleRows(scroll, viewport, h, count);
        expect(w.start).toBeGreaterThanOrEqual(0);
        expect(w.end).toBeLessThanOrEqual(count);
        expect(w.offset).toBe(w.start * h);
        const firstVisible = Math.min(Math.floor(Math.min(scroll, count * h) / h), count);
        const lastVisible = Math.min(count, Math.ceil((Math.min(scroll, count * h) + viewport) / h));
        expect(w.start).toBeLessThanOrEqual(firstVisible);
        expect(w.end).toBeGreaterThanOrEqual(lastVisible);
        expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(viewport / h) + 10);
      }),
      { numRuns: fuzzRuns(100) },
    );
  });
});

describe('visibleRowsVariable', () => {
  it('agrees with the fixed-height window when all rows are equal', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 1500 }), fc.integer({ min: 1, max: 80 }), fc.nat(3000), (scroll, viewport, h, count) => {
        fc.pre(scroll < count * h);
        const offsets = rowOffsets(Array.from({ length: count }, () => h));
        const a = visibleRows(scroll, viewport, h, count, 3);
        const b = visibleRowsVariable(scroll, viewport, offsets, 3);
        expect(b.total).toBe(a.total);
        expect(b.start).toBe(a.start);
        expect(b.offset).toBe(a.offset);
        expect(Math.abs(b.end - a.end)).toBeLessThanOrEqual(1);
      }),
      { numRuns: fuzzRuns(100) },
    );
  });

  it('covers the viewport with mixed heights', () => {
    const heights = [40, 100, 40, 40, 100, 40, 40];
    const offsets = rowOffsets(heights);
    expect(Array.from(offsets)).toEqual([0, 40, 140, 180, 220, 320, 360, 400]);
    expect(visibleRowsVariable(150, 60, offsets, 0)).toEqual({ start: 2, end: 4, offset: 140, total: 400 });
    expect(visibleRowsVariable(0, 0, rowOffsets([]), 2)).toEqual({ start: 0, end: 0, offset: 0, total: 0 });
  });
});
