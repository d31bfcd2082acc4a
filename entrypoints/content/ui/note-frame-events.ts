// What a note frame's event (relayed by the background) does: a draft, a save or a cancel of the
// toolbar's note or of the card's note editor; only Esc in the card's read-only view of its saved
// note. An event for a session this page did not open, or has closed, is refused.
import { EDITOR_CLOSED, type EditorEvent } from '@/lib/messaging/contract';
import { sessionOwner, type NoteSessions } from './note-sessions';
import type { CardState } from './card-state';
import type { ToolbarState } from './toolbar-state';

/** A note being written: in the toolbar (toolbar-effects.ts) or in the card (card-actions.ts). */
export interface NoteEditing {
  draft(text: string): void;
  save(text: string): Promise<void>;
  cancel(): void;
}

export interface NoteFrameTargets {
  toolbar: NoteEditing;
  card: NoteEditing;
  /** Esc in the card's view of its saved note: the card closes. */
  closeViewer(): void;
}

/** Act on a frame's event; `{ saved }` answers a save (false: the editor stays, the toolbar or card says why). */
export async function noteFrameEvent(
  ev: EditorEvent,
  notes: NoteSessions,
  open: { toolbar: ToolbarState | null; card: CardState | null },
  to: NoteFrameTargets,
): Promise<{ saved: boolean } | null> {
  const owner = notes.has(ev.session) ? sessionOwner(ev.session, open.toolbar, open.card) : null;
  if (!owner) throw new Error(EDITOR_CLOSED);
  if (owner === 'viewer') {
    // The frame showing the saved note (one height whatever the note's length) cannot change it.
    if (ev.type !== 'editor/cancel') throw new Error('This note is read-only here.');
    to.closeViewer();
    return null;
  }
  const target = to[owner];
  switch (ev.type) {
    case 'editor/draft':
      notes.setText(ev.session, ev.text);
      target.draft(ev.text);
      return null;
    case 'editor/cancel':
      target.cancel();
      return null;
    case 'editor/save':
      notes.setText(ev.session, ev.text);
      await target.save(ev.text);
      return { saved: !notes.has(ev.session) };
  }
}
