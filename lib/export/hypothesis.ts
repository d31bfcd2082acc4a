// Hypothesis exports (the JSON of the Hypothesis API / `h`): a list of annotations, or an object
// with `annotations` or `rows`. Each has uri, text (the note), tags, target[0].selector[],
// document.title, created, updated and id. Highlights with a quote become Claimlight highlights;
// page notes (no quote) and replies are counted as unsupported.
import type { Annotation, Selector } from '../model';
import { pageKeyFor } from '../page-key';
import { derivePages } from './derive-pages';
import type { ParsedRecords, Progress } from './parsed';
import { LIMITS, checkUniqueIds, selector as selectorRecord, sourceUrl } from '../schema/records';
import { ValidationError, arrayOf, field, isPlainObject, isoDate, item, optional, string } from '../schema/validate';
import { eachRecord } from './each-record';

/** Hypothesis ids are short random strings; the prefix keeps them apart from ours and stable on re-import. */
export const HYPOTHESIS_ID_PREFIX = 'hypothesis:';

/** The rows of a Hypothesis export and the path they sit at, or null when it is not one. */
export function hypothesisRows(json: unknown): { rows: unknown[]; path: string } | null {
  const looksLike = (rows: unknown[]) => rows.length > 0 && isPlainObject(rows[0]) && 'uri' in rows[0];
  if (Array.isArray(json)) return looksLike(json) ? { rows: json, path: '' } : null;
  if (!isPlainObject(json)) return null;
  for (const key of ['rows', 'annotations'] as const) {
    const rows = json[key];
    if (Array.isArray(rows) && (looksLike(rows) || (rows.length === 0 && 'total' in json))) return { rows, path: key };
  }
  return null;
}

function titleOf(doc: unknown, path: string): string {
  if (!isPlainObject(doc)) return '';
  const t = doc.title;
  const first = Array.isArray(t) ? t[0] : t;
  return first === undefined ? '' : string({ max: LIMITS.title })(first, field(path, Array.isArray(t) ? 'title[0]' : 'title'));
}

function selectorsOf(target: unknown, path: string): Selector[] {
  const first = Array.isArray(target) ? target[0] : undefined;
  if (!isPlainObject(first) || !Array.isArray(first.selector)) return [];
  const p = field(item(path, 0), 'selector');
  const out: Selector[] = [];
  first.selector.forEach((s, i) => {
    // RangeSelector and others locate DOM nodes of Hypothesis's page model: not ours to keep.
    if (isPlainObject(s) && (s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector')) out.push(selectorRecord(s, item(p, i)));
  });
  return out;
}

function readRow(row: unknown, path: string, now: number): Annotation | null {
  if (!isPlainObject(row)) throw new ValidationError(path, 'expected an annotation object');
  const id = string({ max: LIMITS.id, nonEmpty: true })(row.id, field(path, 'id'));
  const url = sourceUrl(row.uri, field(path, 'uri'));
  const note = optional(string({ max: LIMITS.text }), '')(row.text, field(path, 'text'));
  const tags = optional(arrayOf(string({ max: LIMITS.short }), { max: LIMITS.tags }), [])(row.tags, field(path, 'tags'));
  const created = row.created === undefined ? now : isoDate(row.created, field(path, 'created'));
  const updated = row.updated === undefined ? created : isoDate(row.updated, field(path, 'updated'));
  if (row.target !== undefined && !Array.isArray(row.target)) throw new ValidationError(field(path, 'target'), 'expected an array');
  const selectors = selectorsOf(row.target, field(path, 'target'));
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const isReply = Array.isArray(row.references) && row.references.length > 0;
  if (!quote || quote.type !== 'TextQuoteSelector' || isReply) return null;
  return {
    id: HYPOTHESIS_ID_PREFIX + id,
    pageKey: pageKeyFor(url),
    url,
    title: titleOf(row.document, field(path, 'document')),
    kind: 'highlight',
    source: 'user',
    exact: quote.exact,
    selectors,
    note,
    tags,
    color: null,
    speaker: null,
    disputedBy: null,
    claimant: null,
    reason: null,
    dismissed: false,
    createdAt: created,
    updatedAt: updated,
  };
}

/** Validate a Hypothesis export and turn it into records. */
export function parseHypothesis(json: unknown, now: number = Date.now(), progress?: Progress): ParsedRecords {
  const found = hypothesisRows(json);
  if (!found) throw new ValidationError('', 'expected a Hypothesis export (a list of annotations with "uri")');
  const refused: string[] = [];
  const read = eachRecord({ items: found.rows, path: found.path, max: LIMITS.annotations, check: (row, at) => readRow(row, at, now), refused, progress });
  checkUniqueIds(read.records.map((a) => a.id.slice(HYPOTHESIS_ID_PREFIX.length)), (i) => field(read.paths[i]!, 'id'));
  return { format: 'hypothesis', annotations: read.records, pages: derivePages(read.records), unsupported: read.unsupported, refused };
}
