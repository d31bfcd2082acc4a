// Where a floating box goes next to an anchor rectangle, kept inside the viewport. Pure: the caller
// reads the rectangles (once) and applies the result.

export interface AnchorRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Side = 'above' | 'below';

export interface Placement {
  left: number;
  top: number;
  side: Side;
}

/** Distance kept from the viewport's edges. */
export const EDGE = 8;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));

/**
 * Centre the box horizontally on the anchor, on the preferred side when it fits, else on the other
 * side, else wherever it overlaps least; always inside [EDGE, viewport - EDGE] when it can be.
 */
export function placeNear(anchor: AnchorRect, box: Size, viewport: Size, prefer: Side = 'above', gap = 8): Placement {
  const centre = (anchor.left + anchor.right) / 2;
  const left = clamp(centre - box.width / 2, EDGE, Math.max(EDGE, viewport.width - box.width - EDGE));
  const aboveTop = anchor.top - gap - box.height;
  const belowTop = anchor.bottom + gap;
  const fitsAbove = aboveTop >= EDGE;
  const fitsBelow = belowTop + box.height <= viewport.height - EDGE;
  let side: Side;
  if (prefer === 'above') side = fitsAbove || !fitsBelow ? 'above' : 'below';
  else side = fitsBelow || !fitsAbove ? 'below' : 'above';
  if (!fitsAbove && !fitsBelow) {
    // Neither side fits: take the side with more room and clamp into the viewport.
    side = anchor.top > viewport.height - anchor.bottom ? 'above' : 'below';
  }
  const rawTop = side === 'above' ? aboveTop : belowTop;
  const top = clamp(rawTop, EDGE, Math.max(EDGE, viewport.height - box.height - EDGE));
  return { left: Math.round(left), top: Math.round(top), side };
}

/** True when any part of the rectangle is inside the viewport. */
export function intersectsViewport(r: AnchorRect, viewport: Size): boolean {
  return r.bottom > 0 && r.right > 0 && r.top < viewport.height && r.left < viewport.width;
}

export function toAnchorRect(r: { left: number; top: number; right: number; bottom: number }): AnchorRect {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}
