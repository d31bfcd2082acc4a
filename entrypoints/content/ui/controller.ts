// The in-page UI's coordinator: the one object page events (events.ts), the rendered controls
// (view.ts) and note frames (index.ts) talk to. It owns the state its parts share (in-page-state.ts)
// and hands each call to the part that does it:
//   toolbar-effects.ts   the selection toolbar: following the selection, saving from it
//   card-opening.ts      when the card opens and closes (hover, click, focus)
//   card-actions.ts      what the card's controls do (note, kind, names, dismiss, delete, copy)
//   undo-toast.ts        the undo after Delete or Dismiss
//   note-frame-events.ts what a note frame's event does
//   follow-layout.ts     keeping the toolbar and card on their words
// Decisions are pure functions in toolbar-state.ts, card-state.ts and note-sessions.ts; what is
// rendered is view.ts. Here: what concerns several parts at once (Esc, a press outside, leaving
// the page) and commit(), which brings note frames' sessions in line with the state and renders.
import type { Kind } from '@/lib/model';
import type { EditorEvent, SelectionAction } from '@/lib/messaging/contract';
import type { InPageViewProps } from '@/components/inpage/InPageView';
import type { NameField } from '@/components/names';
import type { PageItem } from '../items';
import { CardActions } from './card-actions';
import { CardOpening } from './card-opening';
import * as cardRules from './card-state';
import { follow, resyncCard } from './follow-layout';
import type { ControllerDeps, UiContext } from './in-page-state';
import { noteFrameEvent, type NoteFrameTargets } from './note-frame-events';
import { liveSessions, NoteSessions, viewerNeeded } from './note-sessions';
import { PageFocus } from './page-focus';
import { ToolbarEffects } from './toolbar-effects';
import * as toolbarRules from './toolbar-state';
import { UndoToast } from './undo-toast';
import { inPageView, type ViewActions } from './view';

export class InPageController implements ViewActions {
  private readonly ui: UiContext;
  private readonly toolbar: ToolbarEffects;
  private readonly opening: CardOpening;
  private readonly actions: CardActions;
  private readonly toast: UndoToast;
  private readonly frames: NoteFrameTargets;
  /** Whether the last render drew note signs (badgesOnly). */
  private badgesShown = false;

  constructor(private readonly deps: ControllerDeps) {
    const ui: UiContext = {
      deps,
      focus: new PageFocus(deps.doc),
      notes: new NoteSessions(deps.editors),
      items: [],
      toolbar: null,
      card: null,
      busy: false,
      theme: 'light',
      itemById: (id) => ui.items.find((i) => i.id === id) ?? deps.session().currentItems.find((i) => i.id === id) ?? null,
      commit: () => this.commit(),
    };
    this.ui = ui;
    this.toolbar = new ToolbarEffects(ui);
    this.opening = new CardOpening(ui);
    this.toast = new UndoToast(ui);
    this.actions = new CardActions(ui, this.toast);
    const t = this.toolbar;
    const a = this.actions;
    this.frames = {
      toolbar: { draft: (s) => t.draft(s), save: (s) => t.saveNote(s), cancel: () => t.cancel() },
      card: { draft: (s) => a.draft(s), save: (s) => a.saveNote(s), cancel: () => a.editNote(false) },
      closeViewer: () => this.opening.close(true),
    };
  }

  /** After every paint: the items on the page. The marks were replaced, so re-find the card's. */
  update(items: readonly PageItem[]): void {
    this.ui.items = items;
    if (!this.ui.busy) resyncCard(this.ui);
    this.commit();
  }

  /** The id of the annotation the card shows, if it is open. */
  get cardId(): string | null {
    return this.ui.card?.id ?? null;
  }

  // --- the selection toolbar (toolbar-effects.ts) ----------------------------------------------

  selectionChanged(range: Range | null): void {
    this.toolbar.selectionChanged(range);
  }
  toolbarAction(action: SelectionAction): Promise<void> {
    return this.toolbar.action(action);
  }
  tabIntoToolbar(): boolean {
    return this.toolbar.tabInto();
  }
  cancelToolbar(): void {
    this.toolbar.cancel();
  }

  // --- opening and closing the card (card-opening.ts) ------------------------------------------

  hoverMark(mark: HTMLElement, moved = true): void {
    this.opening.hover(mark, moved);
  }
  leaveMark(): void {
    this.opening.leave();
  }
  clickMark(mark: HTMLElement): void {
    this.opening.click(mark);
  }
  focusMark(mark: HTMLElement): void {
    this.opening.focus(mark);
  }
  blurMark(): void {
    this.opening.blur();
  }
  tabIntoCard(mark: HTMLElement): boolean {
    return this.opening.tabInto(mark);
  }
  cardPointer(inside: boolean): void {
    this.opening.pointer(inside);
  }
  showRelated(id: string): void {
    this.opening.showRelated(id);
  }
  closeCard(returnFocus: boolean): void {
    this.opening.close(returnFocus);
  }

  // --- the card's controls (card-actions.ts) and the undo toast (undo-toast.ts) ---------------

  editNote(open: boolean): void {
    this.actions.editNote(open);
  }
  changeKind(kind: Kind): Promise<void> {
    return this.actions.changeKind(kind);
  }
  editName(field: NameField | null): void {
    this.actions.editName(field);
  }
  saveName(field: NameField, name: string | null): Promise<void> {
    return this.actions.saveName(field, name);
  }
  addAlias(): Promise<void> {
    return this.actions.addAlias();
  }
  dismiss(): Promise<void> {
    return this.actions.dismiss();
  }
  remove(): Promise<void> {
    return this.actions.remove();
  }
  copy(): Promise<void> {
    return this.actions.copy();
  }
  undo(): Promise<void> {
    return this.toast.undo();
  }
  closeToast(): void {
    this.toast.close();
  }

  // --- note frames (note-frame-events.ts) ------------------------------------------------------

  /** The reader acted in a note frame (relayed by the background). Rejects unknown sessions. */
  editorEvent(ev: EditorEvent): Promise<{ saved: boolean } | null> {
    return noteFrameEvent(ev, this.ui.notes, this.ui, this.frames);
  }

  /** A frame loaded again (a reload): open its session again with the latest text. */
  reopenEditor(session: string): void {
    this.ui.notes.reopen(session);
  }

  // --- page events that concern the toolbar and the card at once -------------------------------

  /** Esc pressed in the page. Returns true when it closed something. */
  escape(): boolean {
    const ui = this.ui;
    let closed = false;
    if (ui.toolbar && toolbarRules.closesOnEscape(ui.toolbar)) {
      ui.toolbar = null;
      closed = true;
    }
    if (ui.card && cardRules.closesOnEscape(ui.card)) {
      ui.card = null;
      closed = true;
    }
    if (closed) this.commit();
    return closed;
  }

  /** A pointer press in the page outside our UI. */
  pointerDownOutside(onMark: boolean): void {
    if (this.ui.toolbar && toolbarRules.closesOnPressOutside(this.ui.toolbar)) this.toolbar.hide();
    const c = this.ui.card;
    if (c && cardRules.closesOnPressOutside(c, onMark)) this.opening.close(false);
  }

  /** Scroll or resize: follow the selection and the mark, or close what scrolled out of view. */
  reposition(): void {
    if (follow(this.ui)) this.commit();
    else this.badgesOnly();
  }

  /** The page is going away: close everything, so the background forgets the sessions' text. */
  pageHidden(): void {
    this.opening.stopTimers();
    this.ui.toolbar = null;
    this.ui.card = null;
    this.commit();
  }

  dispose(): void {
    this.opening.stopTimers();
    this.toast.dispose();
    this.ui.toolbar = null;
    this.ui.card = null;
    this.ui.notes.keepOnly(liveSessions(null, null));
  }

  // --- committing and rendering ----------------------------------------------------------------

  /**
   * After every state change: bring the note frames' sessions in line with the state (the card's
   * view of its saved note opened, sessions nothing shows any more closed), then render.
   */
  private commit(): void {
    const { card: c, notes } = this.ui;
    if (c) {
      const note = this.ui.itemById(c.id)?.note ?? '';
      const viewer = viewerNeeded(c, note);
      if (viewer === 'none') c.viewer = null;
      else if (viewer === 'open') {
        c.viewer = notes.start(note, true);
        c.viewerText = note;
      }
    }
    notes.keepOnly(liveSessions(this.ui.toolbar, c));
    this.deps.show(this.view());
  }

  /** Scrolled or resized with nothing open: only the note signs move (nothing to draw when no highlight has a note). */
  private badgesOnly(): void {
    const any = this.ui.items.some((i) => i.saved && i.note);
    if (!any && !this.badgesShown) return;
    this.badgesShown = any;
    this.deps.show(this.view());
  }

  /** What the UI shows now (view.ts). */
  view(): InPageViewProps {
    const { ui, deps } = this;
    const c = ui.card;
    return inPageView({
      doc: deps.doc,
      theme: ui.theme,
      items: ui.items,
      toolbar: ui.toolbar,
      card: c,
      cardItem: c ? ui.itemById(c.id) : null,
      toast: this.toast.current,
      busy: ui.busy,
      aliases: !!deps.addAlias,
      frameSrc: (session, theme) => deps.editors.src(session, theme),
    }, this);
  }
}
