// What the in-page UI's parts share: what the controller is given (ControllerDeps), what is open
// (the toolbar, the card), whether a save is on its way, the effects every part uses, and the
// messages more than one part says. The controller (controller.ts) owns one UiContext; its parts
// (toolbar-effects.ts, card-opening.ts, card-actions.ts, undo-toast.ts, follow-layout.ts) change
// it and call commit().
import type { InPageViewProps } from '@/components/inpage/InPageView';
import type { PageRef } from '@/components/inpage/attribution';
import type { Theme } from '@/components/theme-mode';
import type { PageItem } from '../items';
import type { UiSession } from '../session-api';
import type { CardState } from './card-state';
import type { EditorFrames, NoteSessions } from './note-sessions';
import type { PageFocus } from './page-focus';
import type { ToolbarState } from './toolbar-state';

export interface Timers {
  set(fn: () => void, ms: number): number;
  clear(id: number | undefined): void;
}

export interface ControllerDeps {
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

/** The state the parts share, and the effects they all use. */
export interface UiContext {
  readonly deps: ControllerDeps;
  /** Where focus is, and moving it (page-focus.ts). */
  readonly focus: PageFocus;
  /** Note frames' sessions opened and not yet closed (note-sessions.ts). */
  readonly notes: NoteSessions;
  /** The items on the page, as of the last paint. */
  items: readonly PageItem[];
  toolbar: ToolbarState | null;
  card: CardState | null;
  /** A save is on its way: a second one is refused, and nothing closes what it saves. */
  busy: boolean;
  /** Dark or light, as the page is where the card or toolbar last opened (page-theme.ts). */
  theme: Theme;
  /** The item with this id: as of the last paint, else the session's current one. */
  itemById(id: string): PageItem | null;
  /** After every state change: note frames' sessions in line with the state, then render. */
  commit(): void;
}

/** The text of a failure, for the toolbar or the card to show. */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : 'Something went wrong.');

/** A second save while the first is on its way. */
export const STILL_SAVING = 'Still saving the last change. Try again in a moment.';
