// Reading order of annotations on a page (pure: shared by the store and the exports).
import type { Annotation } from '../model';

/** Where an annotation starts on its page (code points); unplaced ones go last. */
function positionOf(a: Annotation): number {
  for (const s of a.selectors) if (s.type === 'TextPositionSelector') return s.start;
  return Number.POSITIVE_INFINITY;
}

/** Compare for reading order: by position on the page, then by creation, then by id. */
export function byPosition(a: Annotation, b: Annotation): number {
  return positionOf(a) - positionOf(b) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
