// What the rest of the content script may ask of the page session (./session.ts), as interfaces
// that import nothing of it: the in-page UI and the page tools (interactive bundle) depend on
// these, and the session depends on them, so no import runs back from the tools to the session.
import type { Annotation, Kind } from '@/lib/model';
import type { AnnotationPatch, PageSummaryItem, SelectionAction, TabState } from '@/lib/messaging/contract';
import type { CreateResult, SessionOps } from './actions';
import type { PageItem } from './items';

/**
 * What the core's page session (./session.ts) offers the interactive bundle: its items, its state
 * and painting, and what the reader's actions (./actions.ts) may use of it. The actions themselves
 * are bound to it in the interactive bundle (./session-tools.ts), where all their callers are, so
 * the core that every page loads carries no code for them.
 */
export interface CoreSession {
  readonly currentItems: readonly PageItem[];
  readonly ops: SessionOps;
  analyse(): Promise<void>;
  repaint(): Promise<void>;
  setVisible(kind: Kind | 'all', visible: boolean): Promise<void>;
  /** Paint an item at once if it waits for the viewport (a very long page), so it can be revealed. */
  paintNow(id: string): Promise<void>;
  state(): TabState;
}

/** The part of the session the in-page UI (./ui) uses. */
export interface UiSession {
  readonly currentItems: readonly PageItem[];
  createFromSelection(action: SelectionAction, note?: string): Promise<CreateResult>;
  keep(id: string, patch: AnnotationPatch): Promise<Annotation | null>;
  remove(id: string): Promise<Annotation[]>;
  restore(records: Annotation[]): Promise<void>;
}

/** The part of the session the popup's and the background's requests (./tab-tools.ts) use. */
export interface TabSession extends UiSession {
  analyse(): Promise<void>;
  repaint(): Promise<void>;
  setVisible(kind: Kind | 'all', visible: boolean): Promise<void>;
  reveal(id: string): Promise<boolean>;
  summary(id: string): PageSummaryItem | null;
  state(): TabState;
  restore(records: readonly object[]): Promise<void>;
}
