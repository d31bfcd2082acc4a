// The one typed contract for every message between content scripts, the background and extension
// pages. Payloads are plain JSON. Every message is { type, ...payload }; every reply is a Reply.
// The background validates each request here before acting (validateRequest) and answers with an
// error reply — never an exception — when it is malformed or unknown.
import type { Annotation, ArticleInput, Finding, Kind, PageKey, PageSettings, Selector } from '../model';
import { KINDS } from '../model';

// ---------------------------------------------------------------------------------------------
// Content script → background. The page is always taken from the sender (sender.tab.url), never
// from the message, so one page's script can only read and write its own page's annotations.

export interface NewAnnotationInput {
  /** A stable id chosen by the page session (saved auto-findings): creating it twice is a no-op. */
  id?: string;
  kind: Kind;
  source: 'auto' | 'user';
  exact: string;
  selectors: Selector[];
  note?: string;
  tags?: string[];
  speaker?: string | null;
  disputedBy?: string | null;
  claimant?: string | null;
  reason?: string | null;
  dismissed?: boolean;
}

export interface AnnotationPatch {
  kind?: Kind;
  note?: string;
  tags?: string[];
  color?: string | null;
  dismissed?: boolean;
  /** The reader's correction of who said it ('' or null: no one identified). */
  speaker?: string | null;
  /** The reader's correction of who disputes it. */
  disputedBy?: string | null;
}

export interface PageState {
  pageKey: PageKey;
  /** Without the reader's private lists (aliases, reading memory): the page never needs them. */
  settings: PageSettings;
  /** Auto-analysis applies on this site (global switch and per-site rules resolved). */
  autoAnalyze: boolean;
  annotations: Annotation[];
}

export interface BackgroundRequests {
  /** The content script starts a page session. */
  'page/open': { req: { canonical: string | null; title: string; siteName: string }; res: PageState };
  /** Re-read this page's annotations and settings (after a change elsewhere). */
  'page/state': { req: { canonical: string | null }; res: PageState };
  /** Run the analysis on the article text (heavy: runs off the page's main thread). */
  'analysis/run': { req: { input: ArticleInput; canonical?: string | null }; res: { findings: Finding[]; ms: number } };
  'annotation/create': { req: { canonical: string | null; annotation: NewAnnotationInput }; res: { annotation: Annotation } };
  'annotation/update': { req: { canonical: string | null; id: string; patch: AnnotationPatch }; res: { annotation: Annotation } };
  'annotation/delete': { req: { canonical: string | null; ids: string[] }; res: { deleted: Annotation[] } };
  /** Undo a delete: put the page's own annotations back. */
  'annotation/restore': { req: { canonical: string | null; annotations: Annotation[] }; res: { restored: number } };
  /**
   * The reader chose "always read <from> as <to>" in the in-page card (after correcting a name): the
   * background adds it to the reader's aliases, which it applies to later analyses (pages never see them).
   */
  'alias/add': { req: { from: string; to: string }; res: null };
  /** Extension pages (popup, library) wrote to the store: tabs showing these pages repaint (null = all). */
  'store/changed': { req: { pageKeys: string[] | null }; res: null };

  // Note editors (entrypoints/note-frame): the reader types a note into an extension page embedded
  // in the in-page UI, so the page's own key listeners never see the keys. The content script opens
  // a session (a random id it keeps to itself and puts only in the frame URL's hash); the frame
  // reads its initial text from the background and reports draft / save / cancel, which the
  // background relays to the top frame of the frame's own tab only (EditorEvent below).
  /**
   * Content script: a note editor for `session` is opening with this text (kept in background memory).
   * `view`: a read-only frame that only shows a saved note (the note is never in the page's document).
   * Sent again for the same session when its frame reloads (the worker may have restarted meanwhile).
   */
  'editor/open': { req: { session: string; text: string; label: string; view?: boolean }; res: null };
  /** Content script: the editor closed; forget its text. */
  'editor/close': { req: { session: string }; res: null };
  /** Note frame: the text and label to start with. */
  'editor/init': { req: { session: string }; res: { text: string; label: string; view?: boolean } };
  /** Note frame: the text so far (debounced), so an outside click never throws it away. */
  'editor/draft': { req: { session: string; text: string }; res: null };
  /** Note frame: save this text; `saved` is false when the page kept the editor open (an error). */
  'editor/save': { req: { session: string; text: string }; res: { saved: boolean } };
  /** Note frame: the reader cancelled (Esc or the Cancel button; Esc in a view frame closes the card). */
  'editor/cancel': { req: { session: string }; res: null };
  /** View frame: the height (CSS px) its content needs, so the card can size the frame. */
  'editor/size': { req: { session: string; height: number }; res: null };
}

export type BackgroundType = keyof BackgroundRequests;
/** A discriminated union of every background request. */
export type BackgroundMessage = { [K in BackgroundType]: { type: K } & BackgroundRequests[K]['req'] }[BackgroundType];

// ---------------------------------------------------------------------------------------------
// Background or extension pages (popup) → the content script of one tab (tabs.sendMessage).

export interface PageSummaryItem {
  id: string;
  kind: Kind;
  source: 'auto' | 'user';
  text: string;
  speaker: string | null;
  disputedBy: string | null;
  claimant: string | null;
  reason: string | null;
  note: string;
  saved: boolean;
  orphan: boolean;
  /** Set when the reader corrected the name: what the analysis had said (null: no one). */
  originalSpeaker?: string | null;
  originalDisputedBy?: string | null;
}

export interface TabState {
  pageKey: PageKey | null;
  url: string;
  title: string;
  analysed: boolean;
  isArticle: boolean;
  visible: Record<Kind, boolean>;
  items: PageSummaryItem[];
}

export interface TabRequests {
  'tab/state': { req: Record<string, never>; res: TabState };
  'tab/reveal': { req: { id: string }; res: { found: boolean } };
  'tab/analyze': { req: Record<string, never>; res: TabState };
  'tab/visibility': { req: { kind: Kind | 'all'; visible: boolean }; res: TabState };
  /** Data changed elsewhere (popup, library, another tab): re-read and repaint. */
  'tab/refresh': { req: Record<string, never>; res: { ok: true } };
  /** Edit an item shown on the page: saves an auto-finding (source: auto) the first time. */
  'tab/update': { req: { id: string; patch: AnnotationPatch }; res: { item: PageSummaryItem | null; id?: string } };
  /** Delete a saved annotation of this page (the popup keeps it for undo). */
  'tab/delete': { req: { id: string }; res: { deleted: Annotation[] } };
  /** Put deleted annotations back (undo). */
  'tab/restore': { req: { annotations: Annotation[] }; res: { ok: true } };
  /** A context-menu item or keyboard command acting on the current selection. */
  'tab/command': { req: { action: SelectionAction }; res: { ok: boolean; message?: string } };
}

export type SelectionAction = 'highlight' | 'note' | 'quote' | 'claim' | 'disputed';

export type TabType = keyof TabRequests;
export type TabMessage = { [K in TabType]: { type: K } & TabRequests[K]['req'] }[TabType];

/** What a note frame reports, relayed by the background to the content script of the frame's tab. */
export type EditorEventType = 'editor/draft' | 'editor/save' | 'editor/cancel' | 'editor/size';
export type EditorEvent = { [K in EditorEventType]: { type: K } & BackgroundRequests[K]['req'] }[EditorEventType];

// ---------------------------------------------------------------------------------------------
// Replies

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export const okReply = <T>(data: T): Reply<T> => ({ ok: true, data });
export const errorReply = (error: unknown): Reply<never> => ({
  ok: false,
  error: error instanceof Error ? error.message : typeof error === 'string' ? error : 'Unknown error',
});

/** Unwrap a reply, throwing its error message. */
export function unwrap<T>(reply: Reply<T> | undefined): T {
  if (!reply || typeof reply !== 'object') throw new Error('No reply from Claimlight (the extension may have been reloaded).');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

// ---------------------------------------------------------------------------------------------
// Validation at the boundary. Small hand-written checks: the payloads are few and flat.

type Check = (v: unknown, path: string) => string | null;

const MAX_TEXT = 100_000;
const MAX_ARTICLE = 20_000_000;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (max = MAX_TEXT): Check => (v, p) =>
  typeof v !== 'string' ? `${p}: expected a string` : v.length > max ? `${p}: longer than ${max} characters` : null;
const nullable = (c: Check): Check => (v, p) => (v === null || v === undefined ? null : c(v, p));
const optional = (c: Check): Check => (v, p) => (v === undefined ? null : c(v, p));
const bool: Check = (v, p) => (typeof v === 'boolean' ? null : `${p}: expected true or false`);
const int: Check = (v, p) => (Number.isSafeInteger(v) && (v as number) >= 0 ? null : `${p}: expected a non-negative integer`);
const oneOf = (values: readonly string[]): Check => (v, p) =>
  typeof v === 'string' && values.includes(v) ? null : `${p}: expected one of ${values.join(', ')}`;
const arrayOf = (c: Check, max: number): Check => (v, p) => {
  if (!Array.isArray(v)) return `${p}: expected an array`;
  if (v.length > max) return `${p}: more than ${max} items`;
  for (let i = 0; i < v.length; i++) {
    const e = c(v[i], `${p}[${i}]`);
    if (e) return e;
  }
  return null;
};
const shape = (fields: Record<string, Check>): Check => (v, p) => {
  if (!isObj(v)) return `${p}: expected an object`;
  for (const [k, c] of Object.entries(fields)) {
    const e = c(v[k], p ? `${p}.${k}` : k);
    if (e) return e;
  }
  return null;
};

const selector: Check = (v, p) => {
  if (!isObj(v)) return `${p}: expected a selector object`;
  if (v.type === 'TextQuoteSelector') return shape({ exact: str(), prefix: str(1000), suffix: str(1000) })(v, p);
  if (v.type === 'TextPositionSelector') {
    const e = shape({ start: int, end: int })(v, p);
    if (e) return e;
    return (v.end as number) < (v.start as number) ? `${p}: end before start` : null;
  }
  return `${p}.type: expected TextQuoteSelector or TextPositionSelector`;
};

const canonical = /*#__PURE__*/ nullable(str(4000));
const name: Check = (v, p) => str(500)(v, p) ?? ((v as string).trim() ? null : `${p}: empty`);
const patch = shape({
  kind: optional(oneOf(KINDS)),
  note: optional(str()),
  tags: optional(arrayOf(str(200), 100)),
  color: optional(nullable(str(64))),
  dismissed: optional(bool),
  speaker: optional(nullable(str(500))),
  disputedBy: optional(nullable(str(500))),
});

/** The note editor page (unlisted, web-accessible): the in-page UI embeds it; the background takes editor messages only from it. */
export const NOTE_FRAME_PAGE = '/note-frame.html';

/** A note editor session id: a crypto.randomUUID() made by the content script. */
export const isSessionId = (v: unknown): v is string =>
  typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v);

/** What the background and the in-page UI answer for an editor session they do not (or no longer) know. */
export const EDITOR_CLOSED = 'This note editor is closed.';

const session: Check = (v, p) => (isSessionId(v) ? null : `${p}: expected a session id`);
const editorText = /*#__PURE__*/ str();

const block: Check = /*#__PURE__*/ shape({ type: oneOf(['heading', 'paragraph', 'blockquote', 'listitem']), start: int, end: int });

// Built on first use inside a function, so bundles that never validate background requests (the
// content script) leave these tables out.
let requestChecksCache: Record<BackgroundType, Check> | null = null;
const requestChecks = (): Record<BackgroundType, Check> => (requestChecksCache ??= {
  'page/open': shape({ canonical, title: str(2000), siteName: str(500) }),
  'page/state': shape({ canonical }),
  'analysis/run': shape({ input: shape({ text: str(MAX_ARTICLE), blocks: arrayOf(block, 1_000_000), title: optional(str(2000)) }), canonical: optional(canonical) }),
  'annotation/create': shape({
    canonical,
    annotation: shape({
      id: optional((v, p) => (typeof v === 'string' && /^[\w.:@-]{1,200}$/.test(v) ? null : `${p}: expected an id of letters, digits and . : @ - _`)),
      kind: oneOf(KINDS),
      source: oneOf(['auto', 'user']),
      exact: (v, p) => str()(v, p) ?? ((v as string).trim() ? null : `${p}: empty`),
      selectors: arrayOf(selector, 10),
      note: optional(str()),
      tags: optional(arrayOf(str(200), 100)),
      speaker: optional(nullable(str(500))),
      disputedBy: optional(nullable(str(500))),
      claimant: optional(nullable(str(500))),
      reason: optional(nullable(str(1000))),
      dismissed: optional(bool),
    }),
  }),
  'annotation/update': shape({ canonical, id: str(200), patch }),
  'annotation/delete': shape({ canonical, ids: arrayOf(str(200), 10_000) }),
  'annotation/restore': shape({ canonical, annotations: arrayOf((v, p) => (isObj(v) && typeof v.id === 'string' ? null : `${p}: expected an annotation`), 10_000) }),
  'alias/add': shape({ from: name, to: name }),
  'store/changed': shape({ pageKeys: nullable(arrayOf(str(4000), 100_000)) }),
  'editor/open': shape({ session, text: editorText, label: str(200), view: optional(bool) }),
  'editor/close': shape({ session }),
  'editor/init': shape({ session }),
  ...editorEventChecks(),
});

let editorEventChecksCache: Record<EditorEventType, Check> | null = null;
const editorEventChecks = (): Record<EditorEventType, Check> => (editorEventChecksCache ??= {
  'editor/draft': shape({ session, text: editorText }),
  'editor/save': shape({ session, text: editorText }),
  'editor/cancel': shape({ session }),
  'editor/size': shape({ session, height: (v, p) => (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100_000 ? null : `${p}: expected a height in px`) }),
});

/** Check a message received by the background. Returns the typed message or an error string. */
export function validateRequest(msg: unknown): { message: BackgroundMessage } | { error: string } {
  if (!isObj(msg)) return { error: 'Malformed message: expected an object with a "type".' };
  const type = msg.type;
  const checks = requestChecks();
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(checks, type)) {
    return { error: `Unknown message type: ${typeof type === 'string' ? JSON.stringify(type.slice(0, 60)) : typeof type}` };
  }
  const e = checks[type as BackgroundType](msg, '');
  return e ? { error: `Invalid "${type}" message: ${e}` } : { message: msg as BackgroundMessage };
}

const TAB_TYPES: ReadonlySet<string> = new Set<TabType>([
  'tab/state', 'tab/reveal', 'tab/analyze', 'tab/visibility', 'tab/refresh', 'tab/command', 'tab/update', 'tab/delete', 'tab/restore',
]);

/**
 * Is this a message for a content script? Only the extension itself can reach a content script's
 * runtime.onMessage (pages cannot), so the content script checks the type and ignores anything
 * else; every payload it passes on is validated again by the background before it touches data.
 */
export function isTabMessage(msg: unknown): msg is TabMessage {
  return isObj(msg) && typeof msg.type === 'string' && TAB_TYPES.has(msg.type);
}

/**
 * Is this a note frame's event relayed by the background (checked in full: the content script acts
 * on it directly)? The content script still accepts it only for a session it opened itself.
 */
export function isEditorEvent(msg: unknown): msg is EditorEvent {
  if (!isObj(msg) || typeof msg.type !== 'string') return false;
  const checks = editorEventChecks();
  if (!Object.prototype.hasOwnProperty.call(checks, msg.type)) return false;
  return checks[msg.type as EditorEventType](msg, '') === null;
}
