// When the annotation card opens and closes: the hover delays, a click or keyboard focus on a
// mark (pinned), the pointer in the card, focus leaving, a related annotation on the same words,
// and where focus goes back when it closes. The decisions are in card-state.ts; what the card's
// controls do is card-actions.ts.
import * as rules from './card-state';
import { anchorOf } from './geometry';
import type { UiContext } from './in-page-state';
import { markId, pieceOf, piecesOf } from './marks';
import { pageTheme } from './page-theme';

export const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;

export class CardOpening {
  private openTimer: number | undefined;
  private closeTimer: number | undefined;

  constructor(private readonly ui: UiContext) {}

  /**
   * The pointer entered a mark: open its card after a short delay. `moved` is false when the mark
   * came under a still pointer (the card shrank after a save, the page re-laid out): that never
   * replaces a card the reader opened on purpose (pinned).
   */
  hover(mark: HTMLElement, moved: boolean): void {
    const { timers } = this.ui.deps;
    const next = rules.onHover(this.ui.card, markId(mark), moved);
    if (next === 'keep') return timers.clear(this.closeTimer);
    if (next === 'ignore') return;
    timers.clear(this.openTimer);
    this.openTimer = timers.set(() => this.open(mark, false), HOVER_OPEN_MS);
  }

  /** The pointer left a mark. */
  leave(): void {
    this.ui.deps.timers.clear(this.openTimer);
    this.scheduleClose();
  }

  /** A mark was clicked: open its card now and keep it open. */
  click(mark: HTMLElement): void {
    this.ui.deps.timers.clear(this.openTimer);
    this.open(mark, true);
  }

  /** A mark received focus (keyboard travel, reveal from the popup). */
  focus(mark: HTMLElement): void {
    if (this.ui.focus.tookQuietFocus(mark)) return;
    this.ui.deps.timers.clear(this.openTimer);
    if (this.ui.card?.id === markId(mark)) {
      this.ui.card.pinned = true;
      return;
    }
    this.open(mark, true);
  }

  /** Focus left a mark for somewhere that is not our UI. */
  blur(): void {
    const c = this.ui.card;
    if (c && rules.closesOnBlur(c, this.ui.busy)) this.close(false);
  }

  /** Tab on a mark whose card is open: move into the card. Returns true when it did. */
  tabInto(mark: HTMLElement): boolean {
    if (!this.ui.card || this.ui.card.id !== markId(mark)) return false;
    return this.ui.deps.focusIn('card');
  }

  /** The pointer entered (true) or left the card. */
  pointer(inside: boolean): void {
    if (!this.ui.card) return;
    this.ui.card.pointerInside = inside;
    if (inside) this.ui.deps.timers.clear(this.closeTimer);
    else this.scheduleClose();
  }

  /** Show another annotation on the same words (nested marks) in the card. */
  showRelated(id: string): void {
    const piece = piecesOf(this.ui.deps.doc, id)[0];
    const c = this.ui.card;
    if (!piece || !c || c.editing) return; // never throw away a note being written
    this.ui.card = rules.relatedCard(c, id, piece);
    this.ui.commit();
  }

  /** Esc in the card (returnFocus) or a close from elsewhere. */
  close(returnFocus: boolean): void {
    const c = this.ui.card;
    if (!c) return;
    this.ui.deps.timers.clear(this.closeTimer);
    this.ui.card = null;
    this.ui.commit();
    if (returnFocus) this.ui.focus.quietly(pieceOf(this.ui.deps.doc, c));
  }

  /** The page is going away or the UI is: no card opens or closes later. */
  stopTimers(): void {
    this.ui.deps.timers.clear(this.openTimer);
    this.ui.deps.timers.clear(this.closeTimer);
  }

  private scheduleClose(): void {
    const ui = this.ui;
    ui.deps.timers.clear(this.closeTimer);
    const c = ui.card;
    if (!c || c.pinned) return;
    this.closeTimer = ui.deps.timers.set(() => {
      const now = ui.card;
      if (now && rules.closesAfterHover(now, ui.busy)) this.close(false);
    }, HOVER_CLOSE_MS);
  }

  private open(mark: HTMLElement, pinned: boolean): void {
    const ui = this.ui;
    if (!mark.isConnected) return;
    const id = markId(mark);
    if (!rules.mayOpen(ui.card, id)) return; // never throw away a note being written
    if (!ui.itemById(id)) return;
    ui.deps.timers.clear(this.closeTimer);
    ui.theme = pageTheme(mark, ui.deps.doc);
    ui.card = rules.cardFor(ui.card, id, mark, anchorOf(mark), pinned);
    ui.deps.raise?.();
    ui.commit();
  }
}
