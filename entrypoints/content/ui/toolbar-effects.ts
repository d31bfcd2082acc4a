// The selection toolbar's effects: following the page selection, saving a highlight or a note
// from it through the page session, and where focus and the selection go afterwards. The decisions
// are in toolbar-state.ts.
import type { Annotation } from '@/lib/model';
import type { SelectionAction } from '@/lib/messaging/contract';
import { focusableAncestor, focusableElement } from './focusable';
import { anchorOf, inViewport } from './geometry';
import { errorText, STILL_SAVING, type UiContext } from './in-page-state';
import { piecesOf } from './marks';
import { pageTheme } from './page-theme';
import * as rules from './toolbar-state';

export class ToolbarEffects {
  constructor(private readonly ui: UiContext) {}

  /** The page selection settled: a usable range, or null when collapsed / not annotatable. */
  selectionChanged(range: Range | null): void {
    const ui = this.ui;
    if (!rules.followsSelection(ui.toolbar, ui.busy)) return;
    if (!range) {
      if (ui.toolbar) this.hide();
      return;
    }
    const doc = ui.deps.doc;
    const anchor = anchorOf(range);
    if (!inViewport(anchor, doc)) return this.hide();
    const focusBefore = ui.focus.lost() ? null : focusableElement(doc.activeElement);
    const start = range.startContainer;
    ui.theme = pageTheme(start.nodeType === 1 ? (start as Element) : start.parentElement, doc);
    ui.toolbar = rules.toolbarFor(range, anchor, focusBefore);
    // The reader is selecting, not reading the card (unless a note is being written there).
    if (ui.card && !ui.card.editing) ui.card = null;
    ui.deps.raise?.();
    ui.commit();
  }

  hide(): void {
    if (!this.ui.toolbar) return;
    this.ui.toolbar = null;
    this.ui.commit();
  }

  async action(action: SelectionAction): Promise<void> {
    const t = this.ui.toolbar;
    if (!t || this.ui.busy) return;
    if (action === 'note') {
      rules.writingNote(t, this.ui.notes.start(t.draft, false));
      this.ui.commit();
      return;
    }
    // Chosen from the keyboard: focus goes to the new highlight, not to <body>.
    const hadFocus = this.ui.focus.inUi();
    this.focusNew(await this.create(action, ''), hadFocus);
  }

  /** Tab after a selection made from the keyboard: into the toolbar. Returns true when it did. */
  tabInto(): boolean {
    if (this.ui.toolbar?.mode !== 'actions' || this.ui.busy) return false;
    return this.ui.deps.focusIn('toolbar');
  }

  /** The note frame's Save. */
  async saveNote(note: string): Promise<void> {
    const t = this.ui.toolbar;
    if (t?.mode !== 'note') return;
    t.draft = note;
    if (this.ui.busy) {
      t.message = STILL_SAVING;
      this.ui.commit();
      return;
    }
    // The editor had focus and went away with the toolbar: focus the new mark, not <body>.
    const hadFocus = this.ui.focus.lost();
    this.focusNew(await this.create('note', note), hadFocus);
  }

  /** What the reader typed so far in the note frame. */
  draft(note: string): void {
    if (this.ui.toolbar) this.ui.toolbar.draft = note;
  }

  /**
   * Cancelled (in the note frame, or Esc on its buttons): the toolbar goes, the reader's selection
   * stays. The focused frame or button went with the toolbar: focus goes back to what had it before
   * the selection, else to the selection's nearest focusable ancestor, not to <body>.
   */
  cancel(): void {
    const { focus } = this.ui;
    const t = this.ui.toolbar;
    if (!t) return;
    const hadFocus = focus.lost();
    this.hide();
    if (hadFocus && focus.lost()) {
      focus.quietly(focusableElement(t.focusBefore) ?? focusableAncestor(t.range.commonAncestorContainer) ?? undefined);
    }
    focus.restoreSelection(t.range);
  }

  /** After a save from the toolbar: focus the new mark (quietly: its card does not open) if focus was lost with the toolbar. */
  private focusNew(created: Annotation | null, hadFocus: boolean): void {
    if (created && hadFocus && this.ui.focus.lost()) this.ui.focus.quietly(piecesOf(this.ui.deps.doc, created.id)[0]);
  }

  /** Save the toolbar's selection; the new annotation, or null (the toolbar says why). */
  private async create(action: SelectionAction, note: string): Promise<Annotation | null> {
    const ui = this.ui;
    const t = ui.toolbar;
    if (!t || ui.busy) return null; // a second Save while the first is on its way makes no duplicate
    ui.focus.restoreSelection(t.range);
    ui.busy = true;
    ui.commit();
    try {
      const res = await ui.deps.session().createFromSelection(action, note);
      if (res.ok) {
        ui.toolbar = null;
        return res.annotation ?? null;
      }
      if (ui.toolbar) ui.toolbar.message = res.message ?? 'Could not save that selection.';
    } catch (e) {
      if (ui.toolbar) ui.toolbar.message = errorText(e);
    } finally {
      ui.busy = false;
      ui.commit();
    }
    return null;
  }
}
