// The in-page UI's coordinator: what the reader's actions and the page's events do to the selection
// toolbar, the annotation card and the undo toast, through the page session. The decisions are pure
// functions beside it (toolbar-state.ts, card-state.ts, note-sessions.ts), measuring is in
// geometry.ts, event wiring in ./events.ts and rendering in ./index.ts; this class runs the effects
// (timers, focus, the selection, saving, note frames) and commits each change (commit()).
import type { Annotation, Kind } from '@/lib/model';
import { EDITOR_CLOSED, type AnnotationPatch, type EditorEvent, type SelectionAction } from '@/lib/messaging/contract';
import type { InPageViewProps } from '@/components/inpage/InPageView';
import type { ToolbarMode } from '@/components/inpage/SelectionToolbar';
import { attributionText, type PageRef } from '@/components/inpage/attribution';
import type { AnchorRect } from '@/components/inpage/place';
import { KIND_LABEL } from '@/components/kinds';
import { aliasOffer, NAME_LABEL, type NameField } from '@/components/names';
import type { Theme } from '@/components/theme-mode';
import type { PageItem } from '../items';
import type { UiSession } from '../session-api';
import { markId, piecesOf } from './marks';
import { focusableAncestor, focusableElement } from './focusable';
import { pageTheme } from './page-theme';
import { anchorOf, inViewport } from './geometry';
import { PageFocus } from './page-focus';
import * as toolbarRules from './toolbar-state';
import { toolbarFor, type ToolbarState } from './toolbar-state';
import * as cardRules from './card-state';
import { cardFor, type CardState } from './card-state';
import { liveSessions, NoteSessions, sessionOwner, viewerNeeded, type EditorFrames } from './note-sessions';
import { inPageView, type ToastState, type ViewState } from './view';

export interface Timers {
  set(fn: () => void, ms: number): number;
  clear(id: number | undefined): void;
}

interface ControllerDeps {
  session: () => UiSession;
  /** Render the view (called after every state change). */
  show: (view: InPageViewProps) => void;
  /** Copy text to the clipboard; resolves false when it could not. */
  copy: (text: string) => Promise<boolean>;
  page: () => PageRef;
  /** Move focus to the first control of the card, the toast or the selection toolbar; false when there is none. */
  focusIn: (what: 'card' | 'toast' | 'toolbar' | 'name') => boolean;
  /** Add the reader's alias "always read <from> as <to>" (kept by the background, never in the page). */
  addAlias?: (from: string, to: string) => Promise<void>;
  /** Something opened: make sure the UI is above the page (top layer). */
  raise?: () => void;
  timers: Timers;
  doc: Document;
  editors: EditorFrames;
  /**
   * Clickjacking guard for the card's buttons that lose data or change every later page (Delete,
   * Dismiss, "Always read … as …"): resolves true once the card has been visible and unobscured for
   * a moment (lib/dom/visibility.ts), false if that does not happen soon.
   */
  cardSeen: () => Promise<boolean>;
}

export const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;
const UNDO_MS = 8000;

const errorText = (e: unknown) => (e instanceof Error ? e.message : 'Something went wrong.');

const STILL_SAVING = 'Still saving the last change. Try again in a moment.';
const NOT_SEEN = 'Nothing was changed: this card was not fully visible. Make sure nothing covers it, then try again.';

export class InPageController {
  private items: readonly PageItem[] = [];
  private toolbar: ToolbarState | null = null;
  private card: CardState | null = null;
  private toast: ToastState | null = null;
  private busy = false;
  private openTimer: number | undefined;
  private closeTimer: number | undefined;
  private toastTimer: number | undefined;
  /** Where focus is, and moving it (page-focus.ts). */
  private readonly focus: PageFocus;
  /** Note frames' sessions opened and not yet closed (see commit). */
  private readonly notes: NoteSessions;
  /** Dark or light, as the page is where the card or toolbar last opened (page-theme.ts). */
  private theme: Theme = 'light';

  constructor(private readonly deps: ControllerDeps) {
    this.notes = new NoteSessions(deps.editors);
    this.focus = new PageFocus(deps.doc);
  }

  // --- state in --------------------------------------------------------------------------------

  /** After every paint: the items on the page. The marks were replaced, so re-find the card's. */
  update(items: readonly PageItem[]): void {
    this.items = items;
    if (this.card && !this.busy) this.resyncCard();
    this.commit();
  }

  get isCardOpen(): boolean {
    return this.card !== null;
  }

  get cardId(): string | null {
    return this.card?.id ?? null;
  }

  get toolbarMode(): ToolbarMode | null {
    return this.toolbar?.mode ?? null;
  }

  // --- the selection toolbar -------------------------------------------------------------------

  /** The page selection settled: a usable range, or null when collapsed / not annotatable. */
  selectionChanged(range: Range | null): void {
    if (!toolbarRules.followsSelection(this.toolbar, this.busy)) return;
    if (!range) {
      if (this.toolbar) this.hideToolbar();
      return;
    }
    const anchor = anchorOf(range);
    if (!inViewport(anchor, this.deps.doc)) return this.hideToolbar();
    const focusBefore = this.focus.lost() ? null : focusableElement(this.deps.doc.activeElement);
    const start = range.startContainer;
    this.theme = pageTheme(start.nodeType === 1 ? (start as Element) : start.parentElement, this.deps.doc);
    this.toolbar = toolbarFor(range, anchor, focusBefore);
    // The reader is selecting, not reading the card (unless a note is being written there).
    if (this.card && !this.card.editing) this.card = null;
    this.deps.raise?.();
    this.commit();
  }

  hideToolbar(): void {
    if (!this.toolbar) return;
    this.toolbar = null;
    this.commit();
  }

  async toolbarAction(action: SelectionAction): Promise<void> {
    const t = this.toolbar;
    if (!t || this.busy) return;
    if (action === 'note') {
      t.mode = 'note';
      t.message = null;
      t.editor = this.notes.start(t.draft, false);
      this.commit();
      return;
    }
    const hadFocus = this.focus.inUi();
    const created = await this.createFromToolbar(action, '');
    // Chosen from the keyboard: focus goes to the new highlight, not to <body>.
    if (created && hadFocus && this.focus.lost()) this.focus.quietly(piecesOf(this.deps.doc, created.id)[0]);
  }

  /** Tab after a selection made from the keyboard: into the toolbar. Returns true when it did. */
  tabIntoToolbar(): boolean {
    if (this.toolbar?.mode !== 'actions' || this.busy) return false;
    return this.deps.focusIn('toolbar');
  }

  async saveToolbarNote(note: string): Promise<void> {
    const t = this.toolbar;
    if (t?.mode !== 'note') return;
    t.draft = note;
    if (this.busy) {
      t.message = STILL_SAVING;
      this.commit();
      return;
    }
    const hadFocus = this.focus.lost();
    const created = await this.createFromToolbar('note', note);
    // The editor had focus and went away with the toolbar: focus the new mark, not <body>.
    if (created && hadFocus && this.focus.lost()) this.focus.quietly(piecesOf(this.deps.doc, created.id)[0]);
  }

  /**
   * Cancelled (in the note frame, or Esc on its buttons): the toolbar goes, the reader's selection stays. The focused frame or button
   * went with the toolbar: focus goes back to what had it before the selection, else to the
   * selection's nearest focusable ancestor, not to <body>.
   */
  cancelToolbar(): void {
    const t = this.toolbar;
    if (!t) return;
    const hadFocus = this.focus.lost();
    this.hideToolbar();
    if (hadFocus && this.focus.lost()) {
      this.focus.quietly(focusableElement(t.focusBefore) ?? focusableAncestor(t.range.commonAncestorContainer) ?? undefined);
    }
    this.focus.restoreSelection(t.range);
  }

  toolbarDraft(note: string): void {
    if (this.toolbar) this.toolbar.draft = note;
  }

  /** Save the toolbar's selection; the new annotation, or null (the toolbar says why). */
  private async createFromToolbar(action: SelectionAction, note: string): Promise<Annotation | null> {
    const t = this.toolbar;
    if (!t || this.busy) return null; // a second Save while the first is on its way makes no duplicate
    this.focus.restoreSelection(t.range);
    this.busy = true;
    this.commit();
    try {
      const res = await this.deps.session().createFromSelection(action, note);
      if (res.ok) {
        this.toolbar = null;
        return res.annotation ?? null;
      }
      if (this.toolbar) this.toolbar.message = res.message ?? 'Could not save that selection.';
    } catch (e) {
      if (this.toolbar) this.toolbar.message = errorText(e);
    } finally {
      this.busy = false;
      this.commit();
    }
    return null;
  }

  // --- the card --------------------------------------------------------------------------------

  /**
   * The pointer entered a mark: open its card after a short delay. `moved` is false when the mark
   * came under a still pointer (the card shrank after a save, the page re-laid out): that never
   * replaces a card the reader opened on purpose (pinned).
   */
  hoverMark(mark: HTMLElement, moved = true): void {
    const next = cardRules.onHover(this.card, markId(mark), moved);
    if (next === 'keep') return this.deps.timers.clear(this.closeTimer);
    if (next === 'ignore') return;
    this.deps.timers.clear(this.openTimer);
    this.openTimer = this.deps.timers.set(() => this.openCard(mark, false), HOVER_OPEN_MS);
  }

  /** The pointer left a mark. */
  leaveMark(): void {
    this.deps.timers.clear(this.openTimer);
    this.scheduleClose();
  }

  /** A mark was clicked: open its card now and keep it open. */
  clickMark(mark: HTMLElement): void {
    this.deps.timers.clear(this.openTimer);
    this.openCard(mark, true);
  }

  /** A mark received focus (keyboard travel, reveal from the popup). */
  focusMark(mark: HTMLElement): void {
    if (this.focus.tookQuietFocus(mark)) return;
    this.deps.timers.clear(this.openTimer);
    if (this.card?.id === markId(mark)) {
      this.card.pinned = true;
      return;
    }
    this.openCard(mark, true);
  }

  /** Focus left a mark for somewhere that is not our UI. */
  blurMark(): void {
    const c = this.card;
    if (c && cardRules.closesOnBlur(c, this.busy)) this.closeCard(false);
  }

  /** Tab on a mark whose card is open: move into the card. Returns true when it did. */
  tabIntoCard(mark: HTMLElement): boolean {
    if (!this.card || this.card.id !== markId(mark)) return false;
    return this.deps.focusIn('card');
  }

  cardPointer(inside: boolean): void {
    if (!this.card) return;
    this.card.pointerInside = inside;
    if (inside) this.deps.timers.clear(this.closeTimer);
    else this.scheduleClose();
  }

  private scheduleClose(): void {
    this.deps.timers.clear(this.closeTimer);
    const c = this.card;
    if (!c || c.pinned) return;
    this.closeTimer = this.deps.timers.set(() => {
      const now = this.card;
      if (now && cardRules.closesAfterHover(now, this.busy)) this.closeCard(false);
    }, HOVER_CLOSE_MS);
  }

  private openCard(mark: HTMLElement, pinned: boolean): void {
    if (!mark.isConnected) return;
    const id = markId(mark);
    if (!cardRules.mayOpen(this.card, id)) return; // never throw away a note being written
    if (!this.itemById(id)) return;
    this.deps.timers.clear(this.closeTimer);
    this.theme = pageTheme(mark, this.deps.doc);
    this.card = cardFor(this.card, id, mark, anchorOf(mark), pinned);
    this.deps.raise?.();
    this.commit();
  }

  /** Show another annotation on the same words (nested marks) in the card. */
  showRelated(id: string): void {
    const piece = piecesOf(this.deps.doc, id)[0];
    if (!piece || !this.card || this.card.editing) return; // never throw away a note being written
    this.card = cardRules.relatedCard(this.card, id, piece);
    this.commit();
  }

  /** Esc in the card (returnFocus) or a close from elsewhere. */
  closeCard(returnFocus: boolean): void {
    const c = this.card;
    if (!c) return;
    this.deps.timers.clear(this.closeTimer);
    this.card = null;
    this.commit();
    if (returnFocus) this.focus.quietly(c.origin?.isConnected ? c.origin : piecesOf(this.deps.doc, c.id)[0]);
  }

  editNote(open: boolean): void {
    const c = this.card;
    if (!c || (open && c.editing)) return;
    cardRules.editingNote(c, open, open ? this.notes.start(this.itemById(c.id)?.note ?? '', false) : null);
    if (open) this.deps.raise?.();
    this.commit();
    if (!open) this.deps.focusIn('card');
  }

  cardDraft(note: string): void {
    if (this.card) this.card.draft = note;
  }

  async saveNote(note: string): Promise<void> {
    const c = this.card;
    if (c?.editing) c.draft = note;
    if (c && this.busy) {
      c.message = STILL_SAVING;
      this.commit();
      return;
    }
    await this.cardAction({ note }, () => 'Note saved.', cardRules.noteSaved);
    this.deps.focusIn('card');
  }

  async changeKind(kind: Kind): Promise<void> {
    await this.cardAction({ kind }, () => `Marked as ${KIND_LABEL[kind]}.`);
  }

  /** Open (a field) or close (null) the correction of who said or disputes the card's finding. */
  editName(field: NameField | null): void {
    const c = this.card;
    if (!c || !cardRules.namingField(c, field)) return;
    this.commit();
    if (!field) this.deps.focusIn('name');
  }

  /** Save the reader's name (null: no one identified): the marks, the popup and the Library follow. */
  async saveName(field: NameField, name: string | null): Promise<void> {
    await this.cardAction({ [field]: name }, () => `${NAME_LABEL[field]} saved.`, (c, saved) => {
      c.naming = null;
      c.aliasOffer = aliasOffer(saved, field);
    });
    this.deps.focusIn('name');
  }

  /** "Always read <from> as <to>" from the offer after a correction. */
  async addAlias(): Promise<void> {
    const c = this.card;
    const offer = c?.aliasOffer;
    if (!c || !offer || !this.deps.addAlias) return;
    try {
      // It changes every later page: like Delete, it acts only on a card the reader could see.
      if (!(await this.cardWasSeen(c))) return this.commit();
      await this.deps.addAlias(offer.from, offer.to);
      this.setCardMessage(c, `From now on Claimlight reads “${offer.from}” as ${offer.to}.`);
      c.aliasOffer = null;
    } catch (e) {
      this.setCardMessage(c, errorText(e));
    }
    this.commit();
  }

  /** Keep an auto-finding or update a saved one; the card follows the (possibly new) id. */
  private async cardAction(patch: AnnotationPatch, done: () => string, after?: (c: CardState, saved: Annotation) => void): Promise<void> {
    const c = this.card;
    if (!c || this.busy) return;
    this.busy = true;
    this.commit();
    try {
      const saved = await this.deps.session().keep(c.id, patch);
      if (this.card === c) {
        if (saved) {
          c.id = saved.id;
          c.message = done();
          after?.(c, saved);
        } else c.message = 'That annotation is no longer on the page.';
      }
    } catch (e) {
      if (this.card === c) c.message = errorText(e);
    } finally {
      this.busy = false;
      if (this.card) this.resyncCard();
      this.commit();
    }
  }

  async dismiss(): Promise<void> {
    const c = this.card;
    if (!c || this.busy) return;
    const item = this.itemById(c.id);
    if (!item) return;
    const hadFocus = this.focus.inUi();
    this.busy = true;
    this.commit();
    try {
      if (!(await this.cardWasSeen(c))) return;
      const saved = await this.deps.session().keep(c.id, { dismissed: true });
      if (!saved) throw new Error('That annotation is no longer on the page.');
      const before = item.annotation;
      this.card = null;
      this.offerUndo(c.anchor, 'Dismissed.', async () => {
        // A saved record goes back as it was; a finding dismissed for the first time is forgotten again.
        if (before) await this.deps.session().restore([before]);
        else await this.deps.session().remove(saved.id);
      }, hadFocus);
    } catch (e) {
      if (this.card === c) c.message = errorText(e);
    } finally {
      this.busy = false;
      this.commit();
    }
  }

  async remove(): Promise<void> {
    const c = this.card;
    if (!c || this.busy) return;
    const hadFocus = this.focus.inUi();
    this.busy = true;
    this.commit();
    try {
      if (!(await this.cardWasSeen(c))) return;
      const deleted = await this.deps.session().remove(c.id);
      this.card = null;
      this.offerUndo(c.anchor, deleted.length === 1 ? 'Annotation deleted.' : `${deleted.length} annotations deleted.`, () =>
        this.deps.session().restore(deleted), hadFocus);
    } catch (e) {
      if (this.card === c) c.message = errorText(e);
    } finally {
      this.busy = false;
      this.commit();
    }
  }

  /** Whether the card was seen (not covered by the page) when the reader clicked; if not, it says so. */
  private async cardWasSeen(c: CardState): Promise<boolean> {
    if (await this.deps.cardSeen()) return true;
    if (this.card === c) c.message = NOT_SEEN;
    return false;
  }

  /** Copy the card's words with their attribution. Calls the clipboard synchronously (user activation). */
  copy(): Promise<void> {
    const c = this.card;
    const item = c ? this.itemById(c.id) : null;
    if (!c || !item) return Promise.resolve();
    const pending = this.deps.copy(attributionText(item, this.deps.page()));
    return pending.then(
      (ok) => this.setCardMessage(c, ok ? 'Copied with attribution.' : 'Could not copy: the page blocked the clipboard.'),
      () => this.setCardMessage(c, 'Could not copy: the page blocked the clipboard.'),
    );
  }

  private setCardMessage(c: CardState, message: string): void {
    if (this.card !== c) return;
    c.message = message;
    this.commit();
  }

  // --- undo toast ------------------------------------------------------------------------------

  private offerUndo(anchor: AnchorRect, message: string, undo: () => Promise<void>, focus: boolean): void {
    this.deps.timers.clear(this.toastTimer);
    this.toast = { anchor, message, undo };
    this.toastTimer = this.deps.timers.set(() => this.closeToast(), UNDO_MS);
    this.commit();
    if (focus) this.deps.focusIn('toast');
  }

  async undo(): Promise<void> {
    const t = this.toast;
    if (!t) return;
    this.closeToast();
    try {
      await t.undo();
    } catch {
      // The store refused (extension reloaded): nothing to restore in the page either.
    }
  }

  closeToast(): void {
    this.deps.timers.clear(this.toastTimer);
    if (!this.toast) return;
    this.toast = null;
    this.commit();
  }

  // --- note editor frames ----------------------------------------------------------------------

  /** The reader acted in a note frame (relayed by the background). Rejects unknown sessions. */
  async editorEvent(ev: EditorEvent): Promise<{ saved: boolean } | null> {
    const owner = this.notes.has(ev.session) ? sessionOwner(ev.session, this.toolbar, this.card) : null;
    if (!owner) throw new Error(EDITOR_CLOSED);
    if (owner === 'viewer') return this.viewerEvent(ev);
    const t = owner === 'toolbar';
    switch (ev.type) {
      case 'editor/draft':
        this.notes.setText(ev.session, ev.text);
        if (t) this.toolbarDraft(ev.text);
        else this.cardDraft(ev.text);
        return null;
      case 'editor/cancel':
        if (t) this.cancelToolbar();
        else this.editNote(false);
        return null;
      case 'editor/save':
        this.notes.setText(ev.session, ev.text);
        if (t) await this.saveToolbarNote(ev.text);
        else await this.saveNote(ev.text);
        return { saved: !this.notes.has(ev.session) };
    }
  }

  /** The frame showing the saved note (one height whatever the note's length): Esc there closes the card. */
  private viewerEvent(ev: EditorEvent): null {
    if (ev.type === 'editor/cancel') this.closeCard(true);
    else throw new Error('This note is read-only here.');
    return null;
  }

  /** A frame loaded again (a reload): open its session again with the latest text. */
  reopenEditor(session: string): void {
    this.notes.reopen(session);
  }

  // --- page events -----------------------------------------------------------------------------

  /** Esc pressed in the page. Returns true when it closed something. */
  escape(): boolean {
    let closed = false;
    if (this.toolbar && toolbarRules.closesOnEscape(this.toolbar)) {
      this.toolbar = null;
      closed = true;
    }
    if (this.card && cardRules.closesOnEscape(this.card)) {
      this.card = null;
      closed = true;
    }
    if (closed) this.commit();
    return closed;
  }

  /** A pointer press in the page outside our UI. */
  pointerDownOutside(onMark: boolean): void {
    if (this.toolbar && toolbarRules.closesOnPressOutside(this.toolbar)) this.hideToolbar();
    const c = this.card;
    if (c && cardRules.closesOnPressOutside(c, onMark)) this.closeCard(false);
  }

  /** Scroll or resize: follow the selection and the mark, or close what scrolled out of view. */
  reposition(): void {
    const doc = this.deps.doc;
    let changed = false;
    const t = this.toolbar;
    if (t) {
      const anchor = anchorOf(t.range);
      if (toolbarRules.closesOnScroll(t, inViewport(anchor, doc))) this.toolbar = null;
      else t.anchor = anchor;
      changed = true;
    }
    const c = this.card;
    if (c) {
      const piece = c.origin?.isConnected ? c.origin : piecesOf(this.deps.doc, c.id)[0];
      if (piece) {
        const anchor = anchorOf(piece);
        if (cardRules.closesOnScroll(c, inViewport(anchor, doc), this.focus.inUi())) this.card = null;
        else c.anchor = anchor;
        changed = true;
      }
    }
    if (changed) this.commit();
    else this.badgesOnly();
  }

  /** The page is going away: close everything, so the background forgets the sessions' text. */
  pageHidden(): void {
    this.deps.timers.clear(this.openTimer);
    this.deps.timers.clear(this.closeTimer);
    this.toolbar = null;
    this.card = null;
    this.commit();
  }

  dispose(): void {
    this.deps.timers.clear(this.openTimer);
    this.deps.timers.clear(this.closeTimer);
    this.deps.timers.clear(this.toastTimer);
    this.toolbar = null;
    this.card = null;
    this.toast = null;
    this.notes.keepOnly(liveSessions(null, null));
  }

  // --- internals -------------------------------------------------------------------------------

  private itemById(id: string): PageItem | null {
    return this.items.find((i) => i.id === id) ?? this.deps.session().currentItems.find((i) => i.id === id) ?? null;
  }

  /** After a repaint the card's mark was replaced: anchor to the new one, or close. */
  private resyncCard(): void {
    const c = this.card!;
    if (!this.itemById(c.id)) {
      this.card = null;
      return;
    }
    const pieces = piecesOf(this.deps.doc, c.id);
    if (!pieces.length) return; // hidden layer: keep the card where it was
    if (!c.origin || !c.origin.isConnected || markId(c.origin) !== c.id) c.origin = pieces[0]!;
    c.anchor = anchorOf(c.origin);
  }

  /**
   * After every state change: bring the note frames' sessions in line with the state (the card's
   * view of its saved note opened, sessions nothing shows any more closed), then render.
   */
  private commit(): void {
    const c = this.card;
    if (c) {
      const note = this.itemById(c.id)?.note ?? '';
      const viewer = viewerNeeded(c, note);
      if (viewer === 'none') c.viewer = null;
      else if (viewer === 'open') {
        c.viewer = this.notes.start(note, true);
        c.viewerText = note;
      }
    }
    this.notes.keepOnly(liveSessions(this.toolbar, this.card));
    this.deps.show(this.view());
  }

  /** Scrolled or resized with nothing open: only the note signs move (nothing to draw when no highlight has a note). */
  private badgesOnly(): void {
    const any = this.items.some((i) => i.saved && i.note);
    if (!any && !this.badgesShown) return;
    this.badgesShown = any;
    this.deps.show(this.view());
  }
  private badgesShown = false;

  /** What the UI shows now (view.ts). */
  view(): InPageViewProps {
    const c = this.card;
    const state: ViewState = {
      doc: this.deps.doc,
      theme: this.theme,
      items: this.items,
      toolbar: this.toolbar,
      card: c,
      cardItem: c ? this.itemById(c.id) : null,
      toast: this.toast,
      busy: this.busy,
      aliases: !!this.deps.addAlias,
      frameSrc: (session, theme) => this.deps.editors.src(session, theme),
    };
    return inPageView(state, this);
  }
}
