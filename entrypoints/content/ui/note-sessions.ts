// Note frames' sessions (./editor-frames.ts): which sessions the state needs (pure), which of the
// toolbar and the card a frame's event is for (pure), and the sessions opened and not yet closed.
import type { Theme } from '@/components/theme-mode';
import type { CardState } from './card-state';
import type { ToolbarState } from './toolbar-state';

/**
 * Note frames (./editor-frames.ts): the reader types notes in the extension's origin, and a saved
 * note is shown there too (a view session), never in the page's document.
 */
export interface EditorFrames {
  /**
   * Start a session with this text (the frame reads it from the background); returns its id. With
   * `session`, open that session again (its frame reloaded; the worker may have forgotten it).
   */
  open(text: string, label: string, view?: boolean, session?: string): string;
  /** The editor closed: the background forgets its text. */
  close(session: string): void;
  /** The frame's URL for a session, in the page's theme where the frame is shown. */
  src(session: string, theme?: Theme): string;
}

const NOTE_LABEL = 'Note';
export const VIEW_LABEL = 'Your note';

/** The sessions the state shows in a frame: the toolbar's note editor, the card's editor, the card's view of its note. */
export function liveSessions(toolbar: ToolbarState | null, card: CardState | null): Set<string> {
  const live = new Set<string>();
  if (toolbar?.mode === 'note' && toolbar.editor) live.add(toolbar.editor);
  if (card?.editing && card.editor) live.add(card.editor);
  if (card?.viewer) live.add(card.viewer);
  return live;
}

/** Who a frame's session belongs to: the toolbar's note, the card's note editor, the card's note view, or nothing any more. */
export function sessionOwner(session: string, toolbar: ToolbarState | null, card: CardState | null): 'toolbar' | 'card' | 'viewer' | null {
  if (toolbar?.mode === 'note' && toolbar.editor === session) return 'toolbar';
  if (card?.editing && card.editor === session) return 'card';
  if (card?.viewer === session) return 'viewer';
  return null;
}

/** The card's view of its saved note: none while editing or without a note; a new session when the note changed. */
export function viewerNeeded(card: CardState, note: string): 'none' | 'keep' | 'open' {
  if (card.editing || !note) return 'none';
  return card.viewer && card.viewerText === note ? 'keep' : 'open';
}

interface Session {
  /** The latest text: what the session opened with, then each draft (for a frame that reloads). */
  text: string;
  view: boolean;
}

/** The sessions opened and not yet closed, and their latest text. */
export class NoteSessions {
  private readonly open = new Map<string, Session>();

  constructor(private readonly editors: EditorFrames) {}

  /** Start a session (an editor, or a view of a saved note); returns its id. */
  start(text: string, view: boolean): string {
    const session = this.editors.open(text, view ? VIEW_LABEL : NOTE_LABEL, view);
    this.open.set(session, { text, view });
    return session;
  }

  has(session: string): boolean {
    return this.open.has(session);
  }

  /** Remember a session's latest text (a draft, the text saved). */
  setText(session: string, text: string): void {
    const s = this.open.get(session);
    if (s) s.text = text;
  }

  /** A frame loaded again (a reload): open its session again with the latest text. */
  reopen(session: string): void {
    const s = this.open.get(session);
    if (s) this.editors.open(s.text, s.view ? VIEW_LABEL : NOTE_LABEL, s.view, session);
  }

  /** Close the sessions no frame shows any more, so the background forgets their text. */
  keepOnly(live: ReadonlySet<string>): void {
    if (!this.open.size) return;
    for (const s of [...this.open.keys()]) {
      if (live.has(s)) continue;
      this.open.delete(s);
      this.editors.close(s);
    }
  }
}
