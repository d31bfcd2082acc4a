// Measuring for the in-page UI: where the selection or a mark is on screen, and whether that is in
// the viewport. The only layout reads of the controller and its parts (placing the boxes is components/inpage/place.ts).
import { intersectsViewport, toAnchorRect, type AnchorRect } from '@/components/inpage/place';

/** Where a range or an element is, in viewport coordinates. */
export const anchorOf = (target: Range | Element): AnchorRect => toAnchorRect(target.getBoundingClientRect());

/** Whether a rectangle is at least partly inside the document's viewport. */
export function inViewport(anchor: AnchorRect, doc: Document): boolean {
  const viewport = { width: doc.defaultView?.innerWidth ?? 0, height: doc.defaultView?.innerHeight ?? 0 };
  return intersectsViewport(anchor, viewport);
}
