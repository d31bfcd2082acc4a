// Keeping the toolbar and the card on their words when the page moves: after a scroll or resize
// (follow), and after a repaint replaced the marks (resyncCard). Measuring is geometry.ts; whether
// what scrolled away closes is decided in toolbar-state.ts and card-state.ts.
import * as cardRules from './card-state';
import { anchorOf, inViewport } from './geometry';
import type { UiContext } from './in-page-state';
import { markId, pieceOf, piecesOf } from './marks';
import * as toolbarRules from './toolbar-state';

/** Scroll or resize: move the toolbar and the card with their words, or close what left the viewport. False when nothing is open to follow. */
export function follow(ui: UiContext): boolean {
  const doc = ui.deps.doc;
  let changed = false;
  const t = ui.toolbar;
  if (t) {
    const anchor = anchorOf(t.range);
    if (toolbarRules.closesOnScroll(t, inViewport(anchor, doc))) ui.toolbar = null;
    else t.anchor = anchor;
    changed = true;
  }
  const c = ui.card;
  const piece = c && pieceOf(doc, c);
  if (c && piece) {
    const anchor = anchorOf(piece);
    if (cardRules.closesOnScroll(c, inViewport(anchor, doc), ui.focus.inUi())) ui.card = null;
    else c.anchor = anchor;
    changed = true;
  }
  return changed;
}

/** After a repaint the card's mark was replaced: anchor the card to the new one, or close it (its annotation is gone). */
export function resyncCard(ui: UiContext): void {
  const c = ui.card;
  if (!c) return;
  if (!ui.itemById(c.id)) {
    ui.card = null;
    return;
  }
  const pieces = piecesOf(ui.deps.doc, c.id);
  if (!pieces.length) return; // hidden layer: keep the card where it was
  if (!c.origin || !c.origin.isConnected || markId(c.origin) !== c.id) c.origin = pieces[0]!;
  c.anchor = anchorOf(c.origin);
}
