// The selection toolbar's state and its decisions (pure): shown over a selection with its actions,
// or with a note being written in a note frame. Effects (focus, the selection, saving) are in toolbar-effects.ts.
import type { AnchorRect } from '@/components/inpage/place';
import type { ToolbarMode } from '@/components/inpage/SelectionToolbar';

export interface ToolbarState {
  range: Range;
  anchor: AnchorRect;
  mode: ToolbarMode;
  message: string | null;
  draft: string;
  /** The note editor session while mode is 'note'. */
  editor: string | null;
  /** The page element that had focus when the selection was made (not <body>, not our UI). */
  focusBefore: HTMLElement | null;
}

/** The toolbar for a new selection: its actions, nothing typed yet. */
export function toolbarFor(range: Range, anchor: AnchorRect, focusBefore: HTMLElement | null): ToolbarState {
  return { range: range.cloneRange(), anchor, mode: 'actions', message: null, draft: '', editor: null, focusBefore };
}

/** A note has words in it: only the reader's Cancel closes the toolbar then. */
const hasDraft = (t: ToolbarState) => t.mode === 'note' && !!t.draft.trim();

/** A new selection replaces the toolbar, unless a save is on its way or a note is being written. */
export const followsSelection = (t: ToolbarState | null, busy: boolean): boolean => !busy && t?.mode !== 'note';

/** Esc in the page closes the toolbar, unless a note with words is being written. */
export const closesOnEscape = (t: ToolbarState): boolean => !hasDraft(t);

/** A press in the page outside our UI closes the note toolbar while its note is empty (the actions follow the selection instead). */
export const closesOnPressOutside = (t: ToolbarState): boolean => t.mode === 'note' && !hasDraft(t);

/** Scrolled: the actions close when their selection leaves the viewport; a note being written stays. */
export const closesOnScroll = (t: ToolbarState, selectionInView: boolean): boolean => t.mode === 'actions' && !selectionInView;

/** Note chosen: the toolbar becomes a note editor (`editor` is its new session). */
export function writingNote(t: ToolbarState, editor: string): void {
  t.mode = 'note';
  t.message = null;
  t.editor = editor;
}
