// The typed contract for every message between content scripts, note frames, the background and
// extension pages. Payloads are plain JSON; every message is { type, ...fields }; every reply is a
// Reply. One schema per direction, each in its own module so a bundle carries only the checks it
// runs (the content script never carries the background's):
//
//   content script → background   ./from-content.ts    untrusted; the page comes from the sender
//   note frame     → background   ./from-note-frame.ts our note-frame page inside a tab
//   extension page → background   ./from-extension.ts  popup, Library
//   background / popup → content  ./to-content.ts      tab/* requests and relayed note-frame events
//
// The request types below are inferred from those schemas (the check yields the type); the
// responses are declared here. Handlers are typed maps (./schema.ts: Handlers).
import type { Annotation, Finding, Kind, PageKey, PageSettings } from '../model';
import type { FactCheckView } from '../factcheck/types';
import type { Infer, Parsed } from '../schema/validate';
import type { patchShape } from './fields';
import type { fromContent, newAnnotation } from './from-content';
import type { fromExtension } from './from-extension';
import type { fromNoteFrame } from './from-note-frame';
import type { AnyMessage, FieldsOf, MessageOf, MessageSchemas } from './schema';
import type { editorEvents, toContent, toPageTools } from './to-content';
import type { toContentCore } from './to-content-core';

export type { SelectionAction } from './to-content';

// ---------------------------------------------------------------------------------------------
// Content script → background

export type FromContent = typeof fromContent;
export type ContentType = keyof FromContent & string;
/** One content script message (a union of all without a type argument). */
export type ContentMessage<K extends ContentType = never> = [K] extends [never] ? AnyMessage<FromContent> : MessageOf<FromContent, K>;

/** An annotation a page session creates (the background adds its page, URL and times). */
export type NewAnnotationInput = Parsed<typeof newAnnotation>;
/** What the reader can change on an annotation from a page or the popup. */
export type AnnotationPatch = Infer<typeof patchShape>;

export interface PageState {
  pageKey: PageKey;
  /** Without the reader's private lists (aliases, reading memory): the page never needs them. */
  settings: PageSettings;
  /** Auto-analysis applies on this site (global switch and per-site rules resolved). */
  autoAnalyze: boolean;
  /** The reader turned analysis on for this site: every page is analysed, article-like or not. */
  analyseAlways: boolean;
  annotations: Annotation[];
}

/**
 * A page of an analysis's findings, in order (entrypoints/background/finding-pages.ts): a live blog's
 * findings come in several replies, so no one reply is a long task for the page to read. `ids`: each
 * finding's stable id (lib/finding-ids.ts), computed in the background so the page does not. `next`:
 * what to send as "analysis/findings" for the next page; null after the last.
 */
export interface FindingsPage {
  findings: Finding[];
  ids: string[];
  next: { run: string; from: number } | null;
}

export interface ContentResponses {
  'page/open': PageState;
  'page/state': PageState;
  /** The first page of the findings (see FindingsPage); `ms`: how long the analysis took. */
  'analysis/run': FindingsPage & { ms: number };
  'analysis/findings': FindingsPage;
  'analysis/part': null;
  'annotation/create': { annotation: Annotation };
  'annotation/update': { annotation: Annotation };
  'annotation/delete': { deleted: Annotation[] };
  'annotation/restore': { restored: number };
  'alias/add': null;
  'editor/open': null;
  'editor/close': null;
  /** Nothing comes back: the page learns neither what was kept nor what was already known. */
  'factcheck/seen': null;
  'factcheck/page': { checks: FactCheckView[] };
  'factcheck/unlink': { unlinked: boolean };
}

// ---------------------------------------------------------------------------------------------
// Note frame → background

export type FromNoteFrame = typeof fromNoteFrame;
export type NoteFrameType = keyof FromNoteFrame & string;
export type NoteFrameMessage<K extends NoteFrameType = never> = [K] extends [never] ? AnyMessage<FromNoteFrame> : MessageOf<FromNoteFrame, K>;

export interface NoteFrameResponses {
  'editor/init': { text: string; label: string; view?: boolean };
  'editor/draft': null;
  'editor/save': { saved: boolean };
  'editor/cancel': null;
}

// ---------------------------------------------------------------------------------------------
// Extension page → background

export type FromExtension = typeof fromExtension;
export type ExtensionType = keyof FromExtension & string;
export type ExtensionMessage<K extends ExtensionType = never> = [K] extends [never] ? AnyMessage<FromExtension> : MessageOf<FromExtension, K>;

export interface ExtensionResponses {
  'store/changed': null;
  'undo/last': { records: Annotation[]; at: number } | null;
}

// ---------------------------------------------------------------------------------------------
// Every request the background answers, for typed senders (./client.ts).

type Requests<M extends MessageSchemas, R extends { [K in keyof M]: unknown }> = { [K in keyof M]: { req: FieldsOf<M, K>; res: R[K] } };

export type BackgroundRequests = Requests<FromContent, ContentResponses> &
  Requests<FromNoteFrame, NoteFrameResponses> &
  Requests<FromExtension, ExtensionResponses>;
export type BackgroundType = keyof BackgroundRequests;

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

export type ToContent = typeof toContent;
/** The part the content script's core answers, and the part its page tools answer. */
export type ToContentCore = typeof toContentCore;
export type ToPageTools = typeof toPageTools;
export type TabType = keyof ToContent & string;
export type TabMessage<K extends TabType = never> = [K] extends [never] ? AnyMessage<ToContent> : MessageOf<ToContent, K>;

export interface TabResponses {
  'tab/state': TabState;
  'tab/reveal': { found: boolean };
  'tab/analyze': TabState;
  'tab/visibility': TabState;
  'tab/refresh': { ok: true };
  /** `id`: the saved record's id (a kept auto-finding's id is the one the store gave it); a request that
   *  saved nothing is answered with an error, never without an id. */
  'tab/update': { item: PageSummaryItem | null; id: string };
  'tab/delete': { deleted: Annotation[] };
  'tab/restore': { ok: true };
  'tab/command': { ok: boolean; message?: string };
}

export type TabRequests = { [K in TabType]: { req: FieldsOf<ToContent, K>; res: TabResponses[K] } };

/** What a note frame reports, relayed by the background to the content script of the frame's tab. */
export type EditorEvents = typeof editorEvents;
export type EditorEventType = keyof EditorEvents & string;
export type EditorEvent<K extends EditorEventType = never> = [K] extends [never] ? AnyMessage<EditorEvents> : MessageOf<EditorEvents, K>;

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
// Note editor frames

/** The note editor page (unlisted, web-accessible): the in-page UI embeds it; the background takes editor messages only from it. */
export const NOTE_FRAME_PAGE = '/note-frame.html';

/** What the background and the in-page UI answer for an editor session they do not (or no longer) know. */
export const EDITOR_CLOSED = 'This note editor is closed.';

