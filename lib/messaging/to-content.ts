// Background or extension pages (popup) → the content script of one tab (tabs.sendMessage). Only
// the extension can reach a content script's runtime.onMessage (pages cannot), but each message is
// still checked in full: the content script acts on it directly.
//
// The direction's schema comes in two parts, by which bundle answers: the content script's core
// answers what needs no page tools (./to-content-core.ts, kept small: it runs on every page); the
// page tools (the interactive bundle, loaded for them) answer the rest, here. Records to restore are
// passed on as they came: the page tools check them as annotations before sending them back to the
// background, which checks them again against the page that owns them.
import { FINDING_KINDS, KINDS } from '../model';
import { arrayOf, boolean, fail, isPlainObject, oneOf, type Validator } from '../schema/validate';
import { annotationId, editorEventSchemas, patch } from './fields';
import { toContentCore } from './to-content-core';

/** Any plain object (checked as an annotation by whoever uses it). */
const record: Validator<object> = (v, path) => (isPlainObject(v) ? v : fail(path, 'an object', v));

export type SelectionAction = 'highlight' | 'note' | 'quote' | 'claim' | 'disputed';
export const SELECTION_ACTIONS: readonly SelectionAction[] = ['highlight', 'note', ...FINDING_KINDS];

/** Answered by the page tools. */
export const toPageTools = {
  /** Analyse the page now (a page that is not an article, or auto-analysis off). */
  'tab/analyze': {},
  /** Show or hide a kind of highlight (or all) on this page. */
  'tab/visibility': { kind: oneOf([...KINDS, 'all']), visible: boolean },
  'tab/reveal': { id: annotationId },
  /** Edit an item shown on the page: saves an auto-finding (source: auto) the first time. */
  'tab/update': { id: annotationId, patch },
  /** Delete a saved annotation of this page (the popup keeps it for undo). */
  'tab/delete': { id: annotationId },
  /** Put deleted annotations back (undo). */
  'tab/restore': { annotations: arrayOf(record, { max: 10_000 }) },
  /** A context-menu item or keyboard command acting on the current selection. */
  'tab/command': { action: oneOf(SELECTION_ACTIONS) },
};

/** The whole direction, for typed senders. */
export const toContent = { ...toContentCore, ...toPageTools };

/** What a note frame reported, relayed by the background to the content script of the frame's tab. */
export const editorEvents = editorEventSchemas;
