// Validators for Claimlight's own records (backups, and the records a content script hands back for
// an undo), with the import limits.
import { DEFAULT_SETTINGS, KINDS, type Alias, type Annotation, type Kind, type PageRecord, type Selector, type Settings } from '../model';
import {
  ValidationError,
  arrayOf,
  boolean,
  field,
  integer,
  isPlainObject,
  maybe,
  nullable,
  object,
  oneOf,
  optional,
  string,
  type Validator,
} from './validate';

/**
 * Limits of what a file (or a message carrying records) may hold. Every backup Claimlight writes
 * must import back, and nothing stops a reader from typing a very long note or keeping a page with
 * a very long address, so the bounds on single fields follow what the store can come to hold (an
 * address: 2 MB in Chromium; a note: about the whole file); the file's size bounds the rest
 * (lib/export/import.ts, MAX_FILE_BYTES), and counts are checked before records are.
 */
export const LIMITS = {
  /** Exact words, notes, reasons, selector text. */
  text: 10_000_000,
  annotations: 1_000_000,
  pages: 1_000_000,
  url: 2_097_152,
  /** Ids read from other tools' files (ours may carry a prefix: see RECORD_ID). */
  id: 2_000,
  title: 1_000_000,
  /** Names, colours, tags. */
  short: 100_000,
  tags: 10_000,
  selectors: 20,
  sites: 100_000,
  aliases: 100_000,
  /** Reading memory's retention, in days (ten years). */
  retentionDays: 3650,
} as const;

/** Stored ids: ours, or an imported id with its prefix (lib/export/hypothesis.ts). */
const RECORD_ID = 10_000;

const timestamp = integer({ min: 0 });

const textQuote = object({
  type: oneOf(['TextQuoteSelector'] as const),
  exact: string({ max: LIMITS.text }),
  prefix: optional(string({ max: LIMITS.text }), ''),
  suffix: optional(string({ max: LIMITS.text }), ''),
});

const textPosition = object({
  type: oneOf(['TextPositionSelector'] as const),
  start: integer({ min: 0 }),
  end: integer({ min: 0 }),
});

/** One of our two selector types; positions must be ordered (start ≤ end). */
export const selector: Validator<Selector> = (v, path) => {
  if (!isPlainObject(v)) return textQuote(v, path);
  const type = oneOf(['TextQuoteSelector', 'TextPositionSelector'] as const)(v.type, field(path, 'type'));
  if (type === 'TextQuoteSelector') return textQuote(v, path);
  const pos = textPosition(v, path);
  if (pos.end < pos.start) throw new ValidationError(field(path, 'end'), `must not be before start (${pos.start}), got ${pos.end}`);
  return pos;
};

/** Schemes of the pages Claimlight annotates (where its content script runs). */
export const SOURCE_SCHEMES: readonly string[] = ['http:', 'https:', 'file:'];

/**
 * A record refused on its own (the rest of the file is fine): its page address is not an http(s)
 * or file address (javascript:, data:, …), which would be stored, shown as a link and exported.
 */
export class RefusedRecordError extends ValidationError {}

/** The scheme of a URL as a browser reads it (tabs, newlines and outer spaces ignored), or null. */
export function schemeOf(url: string): string | null {
  try {
    return new URL(url).protocol;
  } catch {
    return null;
  }
}

/** Whether `url` may be shown as a link or exported as one: http(s) or file only. */
export const isSourceUrl = (url: string): boolean => SOURCE_SCHEMES.includes(schemeOf(url) ?? '');

/** A page address: an http(s) or file URL (the page key is one too). */
export const sourceUrl: Validator<string> = (v, path) => {
  const url = string({ max: LIMITS.url, nonEmpty: true })(v, path);
  const scheme = schemeOf(url);
  if (scheme && SOURCE_SCHEMES.includes(scheme)) return url;
  const shown = JSON.stringify(url.length > 60 ? `${url.slice(0, 60)}…` : url);
  throw new RefusedRecordError(
    path,
    scheme ? `${scheme} addresses are not accepted (only http, https and file), got ${shown}` : `not a web address (only http, https and file are accepted), got ${shown}`,
  );
};

export const annotationRecord: Validator<Annotation> = object({
  id: string({ max: RECORD_ID, nonEmpty: true }),
  pageKey: sourceUrl,
  url: sourceUrl,
  title: string({ max: LIMITS.title }),
  kind: oneOf<Kind>(KINDS),
  source: oneOf(['auto', 'user'] as const),
  exact: string({ max: LIMITS.text }),
  selectors: arrayOf(selector, { max: LIMITS.selectors }),
  note: string({ max: LIMITS.text }),
  tags: arrayOf(string({ max: LIMITS.short }), { max: LIMITS.tags }),
  color: nullable(string({ max: LIMITS.short })),
  speaker: nullable(string({ max: LIMITS.short })),
  disputedBy: nullable(string({ max: LIMITS.short })),
  claimant: nullable(string({ max: LIMITS.short })),
  reason: nullable(string({ max: LIMITS.text })),
  dismissed: boolean,
  createdAt: timestamp,
  updatedAt: timestamp,
  // Present only when the reader corrected the name (null: the analysis had named no one).
  originalSpeaker: maybe(nullable(string({ max: LIMITS.short }))),
  originalDisputedBy: maybe(nullable(string({ max: LIMITS.short }))),
});

export const pageRecord: Validator<PageRecord> = object({
  pageKey: sourceUrl,
  url: sourceUrl,
  title: string({ max: LIMITS.title }),
  siteName: string({ max: LIMITS.short }),
  note: string({ max: LIMITS.text }),
  firstSeen: timestamp,
  lastSeen: timestamp,
  noteUpdatedAt: maybe(timestamp),
});

const kindFlags = <T>(inner: Validator<T>, defaults: Record<Kind, T>): Validator<Record<Kind, T>> =>
  optional(
    object({
      quote: optional(inner, defaults.quote),
      disputed: optional(inner, defaults.disputed),
      claim: optional(inner, defaults.claim),
      highlight: optional(inner, defaults.highlight),
    }),
    defaults,
  );

/** "Always read <from> as <to>": both names non-empty. */
export const aliasRecord: Validator<Alias> = object({
  from: string({ max: LIMITS.short, nonEmpty: true }),
  to: string({ max: LIMITS.short, nonEmpty: true }),
});

const retentionDays: Validator<number> = (v, path) => {
  const days = integer({ min: 1 })(v, path);
  if (days > LIMITS.retentionDays) throw new ValidationError(path, `must be at most ${LIMITS.retentionDays} days, got ${days}`);
  return days;
};

/** Settings from a file: every field optional, missing ones take the defaults. */
export const settingsRecord: Validator<Settings> = object({
  autoAnalyze: optional(boolean, DEFAULT_SETTINGS.autoAnalyze),
  disabledSites: optional(arrayOf(string({ max: LIMITS.short }), { max: LIMITS.sites }), []),
  enabledSites: optional(arrayOf(string({ max: LIMITS.short }), { max: LIMITS.sites }), []),
  showKinds: kindFlags(boolean, DEFAULT_SETTINGS.showKinds),
  colors: kindFlags(string({ max: LIMITS.short }), DEFAULT_SETTINGS.colors),
  aliases: optional(arrayOf(aliasRecord, { max: LIMITS.aliases }), []),
  rememberReading: optional(boolean, DEFAULT_SETTINGS.rememberReading),
  readingRetentionDays: optional(retentionDays, DEFAULT_SETTINGS.readingRetentionDays),
});

/** Ids must be unique within one file. */
export function checkUniqueIds(ids: readonly string[], idPath: (index: number) => string): void {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const j = first.get(id);
    if (j !== undefined) throw new ValidationError(idPath(i), `duplicate id "${id.slice(0, 80)}" (also at ${idPath(j)})`);
    first.set(id, i);
  });
}
