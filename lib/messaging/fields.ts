// Field schemas shared by the message directions (./from-content.ts, ./from-note-frame.ts,
// ./to-content.ts). Small on purpose: the content script carries the ones its direction needs.
import { KINDS } from '../model';
import { arrayOf, boolean, maybe, nullable, object, oneOf, refine, string, type Validator } from '../schema/validate';

/** Notes, quoted words, drafts. */
export const MAX_TEXT = 100_000;

/** A note editor session id: a random UUID made by the content script (lib/random-id.ts). */
export const isSessionId = (v: unknown): v is string =>
  typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v);

export const sessionId: Validator<string> = (v, path) => refine(string(), (s) => (isSessionId(s) ? null : 'expected a session id'))(v, path);

export const text = /*#__PURE__*/ string({ max: MAX_TEXT });
export const kind = /*#__PURE__*/ oneOf(KINDS);
/** An annotation id as a page session names it (stored ids and the session's auto ids). */
export const annotationId = /*#__PURE__*/ string({ max: 200, nonEmpty: true });

/** What the reader can change on an annotation from a page or the popup. */
export const patchShape = {
  kind: /*#__PURE__*/ maybe(kind),
  note: /*#__PURE__*/ maybe(text),
  tags: /*#__PURE__*/ maybe(arrayOf(string({ max: 200 }), { max: 100 })),
  color: /*#__PURE__*/ maybe(nullable(string({ max: 64 }))),
  dismissed: /*#__PURE__*/ maybe(boolean),
  /** The reader's correction of who said it ('' or null: no one identified). */
  speaker: /*#__PURE__*/ maybe(nullable(string({ max: 500 }))),
  /** The reader's correction of who disputes it. */
  disputedBy: /*#__PURE__*/ maybe(nullable(string({ max: 500 }))),
};
export const patch = /*#__PURE__*/ object(patchShape);

/** What a note frame reports; the background relays the same events to the content script. */
export const editorEventSchemas = {
  /** The text so far (debounced), so an outside click never throws it away. */
  'editor/draft': { session: sessionId, text },
  /** Save this text; the answer's `saved` is false when the page kept the editor open (an error). */
  'editor/save': { session: sessionId, text },
  /** The reader cancelled (Esc or the Cancel button; Esc in a view frame closes the card). */
  'editor/cancel': { session: sessionId },
  // No size event: a view frame has one height whatever its note's length, or the card's height
  // would tell the page how long the note is.
};
