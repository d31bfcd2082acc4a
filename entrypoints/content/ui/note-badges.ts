// Which highlights have a note, shown without telling the page. A mark's attributes, classes and
// styles are the page's to read, and a CSS custom highlight is registered in the page's own
// CSS.highlights (its ranges readable by the page's scripts), so neither may say "has a note".
// Instead a small sign is drawn inside our closed shadow root, at the end of each such highlight:
// no text (window.find() searches closed shadow roots), no pointer events (hit-testing with
// elementFromPoint cannot find it), nothing in the page's layout. It is only a visual hint; the
// card that opens on focus or hover says "Your note" to every reader.
import type { AnchorRect } from '@/components/inpage/place';
import type { PageItem } from '../items';
import { MARK_SELECTOR, markId } from './marks';

/** Leave signs out once their highlight is this far outside the viewport (px). */
const MARGIN = 200;

/** The spot after the last line of each painted highlight that has a note, in viewport coordinates. */
export function noteBadges(doc: Document, items: readonly PageItem[]): AnchorRect[] {
  const noted = new Set(items.filter((i) => i.saved && i.note.trim() && !i.orphan).map((i) => i.id));
  if (!noted.size) return [];
  const last = new Map<string, Element>();
  for (const m of doc.querySelectorAll(MARK_SELECTOR)) {
    const id = markId(m);
    if (noted.has(id)) last.set(id, m);
  }
  const height = doc.defaultView?.innerHeight ?? 0;
  const spots: AnchorRect[] = [];
  for (const m of last.values()) {
    const rects = m.getClientRects();
    const r = rects[rects.length - 1];
    if (!r || r.width === 0 || r.bottom < -MARGIN || r.top > height + MARGIN) continue;
    spots.push({ left: r.right, top: r.top, right: r.right, bottom: r.bottom });
  }
  return spots;
}
