// Focus and the selection in the page, for the in-page UI's effects: where focus is (nowhere
// useful, or in our UI), moving it to a mark without opening its card, and putting the toolbar's
// selection back where focus moved it.

export class PageFocus {
  /** A mark we focus ourselves (Esc returns focus): its focus must not reopen the card. */
  private quiet: Element | null = null;

  constructor(private readonly doc: Document) {}

  /** Focus a mark without opening its card (see tookQuietFocus). */
  quietly(target: HTMLElement | undefined): void {
    if (!target) return;
    this.quiet = target;
    target.focus({ preventScroll: true });
    // If focus did not land (element not focusable), do not swallow the next real focus.
    if (this.doc.activeElement !== target) this.quiet = null;
  }

  /** Whether `el` received focus from quietly() (answered once: the next focus is the reader's). */
  tookQuietFocus(el: Element): boolean {
    if (this.quiet !== el) return false;
    this.quiet = null;
    return true;
  }

  /** Focus is in our UI (the shadow host carries data-claimlight-ui). */
  inUi(): boolean {
    const active = this.doc.activeElement;
    return !!active?.closest('[data-claimlight-ui]');
  }

  /** Focus is nowhere useful: on <body>, or on our UI (whose focused part may have just gone). */
  lost(): boolean {
    const active = this.doc.activeElement;
    return !active || active === this.doc.body || this.inUi();
  }

  /** The session reads window.getSelection(): put the toolbar's range back if focus moved it. */
  restoreSelection(range: Range): void {
    const sel = this.doc.getSelection();
    if (!sel || range.collapsed) return;
    if (sel.rangeCount === 1) {
      const cur = sel.getRangeAt(0);
      if (
        cur.startContainer === range.startContainer && cur.startOffset === range.startOffset &&
        cur.endContainer === range.endContainer && cur.endOffset === range.endOffset
      ) return;
    }
    sel.removeAllRanges();
    sel.addRange(range);
  }
}
