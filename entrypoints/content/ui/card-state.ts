// The annotation card's state and its decisions (pure): which mark it shows, whether the reader
// pinned it, and what is in progress in it (a note, a name correction). Nothing here closes a note
// being written. Effects: card-opening.ts (timers, focus) and card-actions.ts (saving).
import type { AnchorRect } from '@/components/inpage/place';
import type { NameField } from '@/components/names';

export interface CardState {
  id: string;
  /** The view session showing the saved note (not while editing), and the note it shows. */
  viewer: string | null;
  viewerText: string;
  anchor: AnchorRect;
  origin: HTMLElement | null;
  /** Opened by a click or by keyboard focus: does not close when the pointer leaves. */
  pinned: boolean;
  editing: boolean;
  draft: string;
  /** The note editor session while editing. */
  editor: string | null;
  message: string | null;
  pointerInside: boolean;
  /** The name being corrected ("Speaker", "Disputed by"), while its field is open. */
  naming: NameField | null;
  /** After a correction: offer "always read <what the analysis said> as <the reader's name>". */
  aliasOffer: { from: string; to: string } | null;
}

/** What the pointer entering a mark does: nothing (its card is open), nothing (a still pointer never replaces a pinned card), or open after a delay. */
export function onHover(card: CardState | null, id: string, moved: boolean): 'keep' | 'ignore' | 'open-later' {
  if (card?.id === id) return 'keep';
  if (!moved && card?.pinned) return 'ignore';
  return 'open-later';
}

/** Another mark's card may replace this one, except while a note is being written in it. */
export const mayOpen = (card: CardState | null, id: string): boolean => !(card?.editing && card.id !== id);

/**
 * The card for mark `id`: reopening the same card keeps what is in progress (note, name, viewer)
 * and its pin; the message goes.
 */
export function cardFor(prev: CardState | null, id: string, origin: HTMLElement, anchor: AnchorRect, pinned: boolean): CardState {
  const same = prev?.id === id ? prev : null;
  return {
    id,
    viewer: same ? same.viewer : null,
    viewerText: same ? same.viewerText : '',
    anchor,
    origin,
    pinned: pinned || (!!same && same.pinned),
    editing: same ? same.editing : false,
    draft: same ? same.draft : '',
    editor: same ? same.editor : null,
    message: null,
    pointerInside: same ? same.pointerInside : false,
    naming: same ? same.naming : null,
    aliasOffer: same ? same.aliasOffer : null,
  };
}

/** The card showing another annotation on the same words (nested marks), pinned, nothing in progress. */
export const relatedCard = (card: CardState, id: string, origin: HTMLElement): CardState => ({
  ...card, id, origin, editing: false, draft: '', editor: null, message: null, pinned: true, naming: null, aliasOffer: null,
});

/** The hover delay ran out: close unless the reader pinned it, points at it, writes in it or a save is on its way. */
export const closesAfterHover = (c: CardState, busy: boolean): boolean => !c.pinned && !c.pointerInside && !c.editing && !busy;

/** Focus left the mark for the page: close unless the pointer is in the card, a note is being written or a save is on its way. */
export const closesOnBlur = (c: CardState, busy: boolean): boolean => !c.pointerInside && !c.editing && !busy;

/** Esc in the page closes the card, except while a note is being written. */
export const closesOnEscape = (c: CardState): boolean => !c.editing;

/** A press in the page outside our UI (not on a mark) closes the card, unless a note with words is being written. */
export const closesOnPressOutside = (c: CardState, onMark: boolean): boolean => !onMark && !(c.editing && !!c.draft.trim());

/** Scrolled: the card closes when its mark left the viewport, unless a note is being written or our UI has focus. */
export const closesOnScroll = (c: CardState, markInView: boolean, focusInUi: boolean): boolean => !markInView && !c.editing && !focusInUi;

/** Open (true) or leave (false) the note editor; `editor` is the new editor session, when opening. */
export function editingNote(c: CardState, open: boolean, editor: string | null): void {
  c.editing = open;
  c.draft = '';
  c.pinned = true;
  c.message = null;
  c.editor = open ? editor : null;
}

/** The note was saved: the editor closes. */
export function noteSaved(c: CardState): void {
  c.editing = false;
  c.draft = '';
  c.editor = null;
}

/** Open (a field) or close (null) a name correction; false when it cannot (a note is being written). */
export function namingField(c: CardState, field: NameField | null): boolean {
  if (c.editing) return false;
  c.naming = field;
  c.pinned = true;
  c.message = null;
  c.aliasOffer = null;
  return true;
}

/** A name was saved: its field closes; `offer` is the alias to offer ("always read … as …"), if any. */
export function nameSaved(c: CardState, offer: CardState['aliasOffer']): void {
  c.naming = null;
  c.aliasOffer = offer;
}
