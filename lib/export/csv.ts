// CSV (RFC 4180) for spreadsheets: UTF-8 with BOM, CRLF, quoted where needed, and no cell a
// spreadsheet would run as a formula.
import type { Annotation, PageRecord } from '../model';
import { siteOf } from '../page-key';

export const CSV_COLUMNS = [
  'page title', 'site', 'url', 'kind', 'source', 'text', 'speaker', 'disputed by', 'note', 'tags', 'created', 'updated', 'id',
  'speaker (Claimlight said)', 'disputed by (Claimlight said)',
] as const;

/** The kind column of a page note's row (a note on the page as a whole: no quoted words). */
export const PAGE_NOTE_KIND = 'page note';

/** What the analysis had said, for a name the reader corrected ('(none)' when it had named no one); else empty. */
const original = (v: string | null | undefined) => (v === undefined ? '' : (v ?? '(none)'));

/** A cell as RFC 4180 wants it, with formula triggers (= + - @ tab CR) defused by a leading '. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(a: Annotation, page: PageRecord | undefined): string[] {
  return [
    page?.title || a.title,
    page?.siteName || siteOf(a.url),
    a.url,
    a.kind,
    a.source,
    a.exact,
    a.speaker ?? '',
    a.disputedBy ?? '',
    a.note,
    a.tags.join('; '),
    new Date(a.createdAt).toISOString(),
    new Date(a.updatedAt).toISOString(),
    a.id,
    original(a.originalSpeaker),
    original(a.originalDisputedBy),
  ];
}

function pageNoteRow(p: PageRecord): string[] {
  return [
    p.title, p.siteName || siteOf(p.url), p.url, PAGE_NOTE_KIND, 'user', '', '', '', p.note, '',
    new Date(p.firstSeen).toISOString(), new Date(p.noteUpdatedAt ?? p.lastSeen).toISOString(), '', '', '',
  ];
}

/** One row per annotation, then one per page note (a row with no quoted text). */
export function toCsv(annotations: readonly Annotation[], pages: readonly PageRecord[] = []): string {
  const byKey = new Map(pages.map((p) => [p.pageKey, p]));
  const lines = [
    [...CSV_COLUMNS],
    ...annotations.map((a) => row(a, byKey.get(a.pageKey))),
    ...pages.filter((p) => p.note.trim()).map(pageNoteRow),
  ];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
