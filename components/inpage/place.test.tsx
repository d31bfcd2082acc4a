import { describe, expect, it } from 'vitest';
import { EDGE, intersectsViewport, placeNear } from './place';

const vp = { width: 1000, height: 800 };
const box = { width: 200, height: 40 };

describe('placeNear', () => {
  it('centres above the anchor when there is room', () => {
    const p = placeNear({ left: 400, top: 300, right: 600, bottom: 320 }, box, vp, 'above', 8);
    expect(p).toEqual({ left: 400, top: 252, side: 'above' });
  });

  it('flips below when the anchor is at the top of the viewport', () => {
    const p = placeNear({ left: 400, top: 10, right: 600, bottom: 30 }, box, vp, 'above', 8);
    expect(p.side).toBe('below');
    expect(p.top).toBe(38);
  });

  it('prefers below for cards and flips above near the bottom', () => {
    expect(placeNear({ left: 0, top: 100, right: 50, bottom: 120 }, box, vp, 'below').side).toBe('below');
    expect(placeNear({ left: 0, top: 770, right: 50, bottom: 790 }, box, vp, 'below').side).toBe('above');
  });

  it('keeps the box inside the viewport horizontally', () => {
    expect(placeNear({ left: 0, top: 300, right: 10, bottom: 320 }, box, vp).left).toBe(EDGE);
    expect(placeNear({ left: 990, top: 300, right: 1000, bottom: 320 }, box, vp).left).toBe(1000 - 200 - EDGE);
  });

  it('clamps into the viewport when neither side fits (tall anchor, small viewport)', () => {
    const small = { width: 300, height: 100 };
    const p = placeNear({ left: 10, top: 20, right: 100, bottom: 90 }, { width: 150, height: 60 }, small, 'above');
    expect(p.top).toBeGreaterThanOrEqual(EDGE);
    expect(p.top + 60).toBeLessThanOrEqual(100 - EDGE + 0.5);
  });

  it('never goes off the left/top edge even when the box is wider than the viewport', () => {
    const p = placeNear({ left: 50, top: 50, right: 60, bottom: 60 }, { width: 2000, height: 2000 }, vp);
    expect(p.left).toBe(EDGE);
    expect(p.top).toBe(EDGE);
  });
});

describe('intersectsViewport', () => {
  it('tells rectangles in view from rectangles scrolled away', () => {
    expect(intersectsViewport({ left: 10, top: 10, right: 20, bottom: 20 }, vp)).toBe(true);
    expect(intersectsViewport({ left: 10, top: -50, right: 20, bottom: -10 }, vp)).toBe(false);
    expect(intersectsViewport({ left: 10, top: 900, right: 20, bottom: 920 }, vp)).toBe(false);
  });
});
