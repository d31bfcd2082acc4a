// Validators for Claimlight's own records (backup files), with the import limits.
import { DEFAULT_SETTINGS, KINDS, type Alias, type Annotation, type Kind, type PageRecord, type Selector, type Settings } from '../model';
import {
  ValidationError,
  arrayOf,
  boolean,
  field,
  integer,
  isPlainObject,
  nullable,
  object,
  oneOf,
  optional,
  string,
  type Validator,
} from './validate';

export const LIMITS = {
  /** Exact text and notes. */
  text: 100_000,
  annotations: 100_000,
  pages: 100_000,
  url: 8_000,
  id: 2_000,
  title: 10_000,
  /** Names, colours, reasons, tags. */
  short: 1_000,
  tags: 200,
  selectors: 20,
  sites: 10_000,
  aliases: 10_000,
  /** Reading memory's retention, in days (ten years). */
  retentionDays: 3650,
} as const;

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

export const annotationRecord: Validator<Annotation> = object<Annotation>({
  id: string({ max: LIMITS.id, nonEmpty: true }),
  pageKey: string({ max: LIMITS.url, nonEmpty: true }),
  url: string({ max: LIMITS.url }),
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
  originalSpeaker: optional(nullable(string({ max: LIMITS.short })), undefined),
  originalDisputedBy: optional(nullable(string({ max: LIMITS.short })), undefined),
});

export const pageRecord: Validator<PageRecord> = object<PageRecord>({
  pageKey: string({ max: LIMITS.url, nonEmpty: true }),
  url: string({ max: LIMITS.url }),
  title: string({ max: LIMITS.title }),
  siteName: string({ max: LIMITS.short }),
  note: string({ max: LIMITS.text }),
  firstSeen: timestamp,
  lastSeen: timestamp,
  noteUpdatedAt: optional(timestamp, undefined),
});

const kindFlags = <T>(inner: Validator<T>, defaults: Record<Kind, T>): Validator<Record<Kind, T>> =>
  optional(
    object<Record<Kind, T>>({
      quote: optional(inner, defaults.quote),
      disputed: optional(inner, defaults.disputed),
      claim: optional(inner, defaults.claim),
      highlight: optional(inner, defaults.highlight),
    }),
    defaults,
  );

/** "Always read <from> as <to>": both names non-empty. */
export const aliasRecord: Validator<Alias> = object<Alias>({
  from: string({ max: LIMITS.short, nonEmpty: true }),
  to: string({ max: LIMITS.short, nonEmpty: true }),
});

const retentionDays: Validator<number> = (v, path) => {
  const days = integer({ min: 1 })(v, path);
  if (days > LIMITS.retentionDays) throw new ValidationError(path, `must be at most ${LIMITS.retentionDays} days, got ${days}`);
  return days;
};

/** Settings from a file: every field optional, missing ones take the defaults. */
export const settingsRecord: Validator<Settings> = object<Settings>({
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
