// Content script → background: what a page's content script may ask. Untrusted: a page can make its
// content script's state anything, so every field is checked here, the page a message is about is
// taken from the sender (never from the message; `canonical` is only a hint the background checks,
// see lib/page-key.ts), and every write is checked against what that page owns.
// Only the background imports this module (the content script sends these, it never checks them).
import { annotationRecord, selector } from '../schema/records';
import { ValidationError, arrayOf, boolean, integer, isPlainObject, maybe, nullable, object, oneOf, refine, string, type Validator } from '../schema/validate';
import { encodedBlocks } from './blocks';
import { annotationId, kind, patch, sessionId, text } from './fields';
import { MAX_TEXT_PARTS, TEXT_PART } from './part-limits';

export const MAX_ARTICLE = 20_000_000;

/**
 * A microdata item as the content script reads it (`{ t, p: [[name, value]] }`, entrypoints/content/
 * claim-reviews.ts): checked for shape and size here, read by lib/factcheck/parse.ts.
 */
const microItem: Validator<unknown> = (v, path) => {
  let nodes = 0;
  const walk = (x: unknown, at: string, depth: number): void => {
    if (++nodes > 2000 || depth > 4) throw new ValidationError(at, 'microdata item too large or too deep');
    if (!isPlainObject(x) || typeof x.t !== 'string' || x.t.length > 200 || !Array.isArray(x.p) || x.p.length > 200) throw new ValidationError(at, 'expected a microdata item');
    x.p.forEach((pair: unknown, i) => {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || pair[0].length > 60) throw new ValidationError(`${at}.p[${i}]`, 'expected [name, value]');
      if (typeof pair[1] === 'string') {
        if (pair[1].length > 4000) throw new ValidationError(`${at}.p[${i}]`, 'value too long');
      } else walk(pair[1], `${at}.p[${i}]`, depth + 1);
    });
  };
  walk(v, path, 0);
  return v;
};

/** The page's <link rel=canonical>, resolved by the content script; a hint only. */
const canonical = nullable(string({ max: 4000 }));

/** A person's name (an alias's two sides): not blank. */
const name = refine(string({ max: 500 }), (s) => (s.trim() ? null : 'must not be empty'));

/** An annotation a page session creates: the background adds the page, its URL and the times. */
export const newAnnotation = object({
  /** A stable id chosen by the page session (saved auto-findings): creating it twice is a no-op. */
  id: maybe(refine(string({ max: 200 }), (s) => (/^[\w.:@-]{1,200}$/.test(s) ? null : 'expected an id of letters, digits and . : @ - _'))),
  kind,
  source: oneOf(['auto', 'user']),
  exact: refine(text, (s) => (s.trim() ? null : 'must not be empty')),
  selectors: arrayOf(selector, { max: 10 }),
  note: maybe(text),
  tags: maybe(arrayOf(string({ max: 200 }), { max: 100 })),
  speaker: maybe(nullable(string({ max: 500 }))),
  disputedBy: maybe(nullable(string({ max: 500 }))),
  claimant: maybe(nullable(string({ max: 500 }))),
  reason: maybe(nullable(string({ max: 1000 }))),
  dismissed: maybe(boolean),
});

export const fromContent = {
  /** The content script starts a page session. */
  'page/open': { canonical, title: string({ max: 2000 }), siteName: string({ max: 500 }) },
  /** Re-read this page's annotations and settings (after a change elsewhere). */
  'page/state': { canonical },
  /** Run the analysis on the article text (heavy: runs off the page's main thread); blocks encoded (./blocks.ts). */
  'analysis/run': {
    input: object({ text: string({ max: MAX_ARTICLE }), blocks: encodedBlocks(1_000_000), title: maybe(string({ max: 2000 })) }),
    canonical: maybe(canonical),
    /** The text came in `count` "analysis/part" messages of `run` first; `input.text` is its last part. */
    parts: maybe(object({ run: sessionId, count: integer({ min: 1, max: MAX_TEXT_PARTS }) })),
  },
  /**
   * One part of a long article's text, before its "analysis/run" (./text-parts.ts): parts come in
   * order from 0; part 0 starts a new set for this tab, dropping one left unfinished.
   */
  'analysis/part': { run: sessionId, index: integer({ min: 0, max: MAX_TEXT_PARTS - 1 }), text: string({ max: TEXT_PART, nonEmpty: true }) },
  /** The next page of an analysis's findings: the `next` of the reply before (contract.ts: FindingsPage). */
  'analysis/findings': { run: sessionId, from: integer({ min: 1, max: 1_000_000 }) },
  'annotation/create': { canonical, annotation: newAnnotation },
  'annotation/update': { canonical, id: annotationId, patch },
  'annotation/delete': { canonical, ids: arrayOf(annotationId, { max: 10_000 }) },
  /** Undo a delete: put the page's own annotations back (whole records, each checked in full). */
  'annotation/restore': { canonical, annotations: arrayOf(annotationRecord, { max: 10_000 }) },
  /**
   * The reader chose "always read <from> as <to>" in the in-page card (after correcting a name): the
   * background adds it to the reader's aliases, which it applies to later analyses. Write-only: no
   * message of this direction ever answers with the aliases (pages never see them).
   */
  'alias/add': { from: name, to: name },
  // Note editors (entrypoints/note-frame): the content script opens a session (a random id it
  // keeps to itself and puts only in the frame URL's hash); the frame reads its text from the
  // background and reports to it (./from-note-frame.ts), which relays to this tab's top frame.
  /**
   * A note editor for `session` is opening with this text (kept in background memory). `view`: a
   * read-only frame that only shows a saved note (the note is never in the page's document). Sent
   * again for the same session when its frame reloads (the worker may have restarted meanwhile).
   */
  'editor/open': { session: sessionId, text, label: string({ max: 200 }), view: maybe(boolean) },
  /** The editor closed; forget its text. */
  'editor/close': { session: sessionId },
  // Fact-check memory (lib/factcheck). The page may hand over ClaimReview markup; it never learns
  // what is kept or matched (the answers below go to our closed in-page UI only).
  /** ClaimReview markup found on the page: JSON-LD script texts and microdata items (parsed in the background). */
  'factcheck/seen': { canonical, jsonld: arrayOf(string({ max: 200_000 }), { max: 20 }), microdata: arrayOf(microItem, { max: 20 }) },
  /** The fact-checks linked to this page's words (for the in-page card). */
  'factcheck/page': { canonical },
  /** The reader unlinked a wrong match in the card: only a link this page has. */
  'factcheck/unlink': { canonical, reviewId: string({ max: 200, nonEmpty: true }), textKey: string({ max: 40, nonEmpty: true }) },
};
