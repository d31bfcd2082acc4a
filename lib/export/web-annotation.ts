// W3C Web Annotation (JSON-LD): export as an AnnotationCollection, import collections, pages,
// single annotations or arrays of them. https://www.w3.org/TR/annotation-model/
//
// Mapping: the note is a TextualBody with purpose "commenting", the kind one with "classifying"
// (value quote / disputed / claim; none for a plain highlight), each tag one with "tagging", and a
// quote's speaker / an assertion's disputer one with "describing" ("Speaker: …", "Disputed by: …").
// The target is the page URL with a TextQuoteSelector and a TextPositionSelector (code points).
// A name the reader corrected adds a "describing" body with what the analysis had said ("Speaker
// as detected: …", "(none)" when it had named no one). A page note is an annotation whose target
// is the page itself (its URL, no selector), with the note as its "commenting" body.
import { KINDS, type Annotation, type Kind, type PageRecord, type Selector } from '../model';
import { pageKeyFor, siteOf } from '../page-key';
import type { FactCheckOf } from '../factcheck/for-export';
import type { FactCheckView } from '../factcheck/types';
import { derivePages } from './derive-pages';
import type { ParsedRecords, Progress } from './parsed';
import { LIMITS, checkUniqueIds, selector as selectorRecord, sourceUrl } from '../schema/records';
import { ValidationError, field, isPlainObject, isoDate, item, string } from '../schema/validate';
import { eachRecord } from './each-record';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type Motivation = 'highlighting' | 'commenting' | 'assessing' | 'classifying' | 'tagging' | 'describing';

export interface TextualBody {
  type: 'TextualBody';
  purpose: Motivation;
  value: string;
  format?: 'text/plain';
}

/** A linked body: the fact-check a kept review published about the annotated words (purpose "assessing"). */
export interface LinkedBody {
  id: string;
  type: 'Text';
  format: 'text/html';
  purpose: 'assessing';
}

export interface WebAnnotation {
  '@context'?: typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  created: string;
  modified: string;
  body?: (TextualBody | LinkedBody)[];
  target: { source: string; selector: Selector[] };
}

/** A page note: its target is the page itself (the page's URL). */
export type PageNoteAnnotation = Omit<WebAnnotation, 'target'> & { target: string };

export interface WebAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: (WebAnnotation | PageNoteAnnotation)[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CLAIMLIGHT_URN = 'urn:claimlight:annotation:';

/** An IRI for an annotation id: urn:uuid: for UUIDs, an IRI stays, anything else gets our URN. */
export function annotationIri(id: string): string {
  if (UUID.test(id)) return `urn:uuid:${id.toLowerCase()}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(id)) return id;
  return CLAIMLIGHT_URN + encodeURIComponent(id);
}

/** The inverse of annotationIri. */
export function idFromIri(iri: string): string {
  if (/^urn:uuid:/i.test(iri)) return iri.slice('urn:uuid:'.length).toLowerCase();
  if (iri.startsWith(CLAIMLIGHT_URN)) return decodeURIComponent(iri.slice(CLAIMLIGHT_URN.length));
  return iri;
}

const SPEAKER = 'Speaker: ';
const DISPUTED_BY = 'Disputed by: ';
const SPEAKER_DETECTED = 'Speaker as detected: ';
const DISPUTED_BY_DETECTED = 'Disputed by as detected: ';
const NONE = '(none)';
const PAGE_NOTE_URN = 'urn:claimlight:page-note:';

function motivationOf(a: Annotation): Motivation {
  if (a.kind === 'disputed') return 'assessing';
  if (a.kind !== 'highlight') return 'classifying';
  if (a.note) return 'commenting';
  return a.tags.length ? 'tagging' : 'highlighting';
}

const body = (purpose: Motivation, value: string): TextualBody => ({ type: 'TextualBody', purpose, value, format: 'text/plain' });

export function toWebAnnotation(a: Annotation, options: { context?: boolean; factCheck?: FactCheckView | null } = {}): WebAnnotation {
  const bodies: (TextualBody | LinkedBody)[] = [];
  if (a.note) bodies.push(body('commenting', a.note));
  if (a.kind !== 'highlight') bodies.push(body('classifying', a.kind));
  if (a.speaker) bodies.push(body('describing', SPEAKER + a.speaker));
  if (a.disputedBy) bodies.push(body('describing', DISPUTED_BY + a.disputedBy));
  if (a.originalSpeaker !== undefined) bodies.push(body('describing', SPEAKER_DETECTED + (a.originalSpeaker ?? NONE)));
  if (a.originalDisputedBy !== undefined) bodies.push(body('describing', DISPUTED_BY_DETECTED + (a.originalDisputedBy ?? NONE)));
  for (const t of a.tags) bodies.push(body('tagging', t));
  // Fact-check memory: a link to the review (a linked body: importing it back keeps nothing of it).
  const review = options.factCheck?.url;
  if (review && /^https?:\/\//i.test(review)) bodies.push({ id: review, type: 'Text', format: 'text/html', purpose: 'assessing' });
  const quote = a.selectors.find((s) => s.type === 'TextQuoteSelector') ?? { type: 'TextQuoteSelector', exact: a.exact, prefix: '', suffix: '' };
  const position = a.selectors.find((s) => s.type === 'TextPositionSelector');
  return {
    ...(options.context === false ? {} : { '@context': ANNO_CONTEXT }),
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: motivationOf(a),
    created: new Date(a.createdAt).toISOString(),
    modified: new Date(a.updatedAt).toISOString(),
    ...(bodies.length ? { body: bodies } : {}),
    target: { source: a.url, selector: position ? [quote, position] : [quote] },
  };
}

/** A page note: a comment whose target is the page itself. */
export function pageNoteAnnotation(p: PageRecord, options: { context?: boolean } = {}): PageNoteAnnotation {
  return {
    ...(options.context === false ? {} : { '@context': ANNO_CONTEXT }),
    id: PAGE_NOTE_URN + encodeURIComponent(p.pageKey),
    type: 'Annotation',
    motivation: 'commenting',
    created: new Date(p.firstSeen).toISOString(),
    modified: new Date(p.noteUpdatedAt ?? p.lastSeen).toISOString(),
    body: [body('commenting', p.note)],
    target: p.url,
  };
}

/** All annotations (and the page notes of `pages`) as one collection with its single page embedded. */
export function toWebAnnotationCollection(
  annotations: readonly Annotation[],
  options: { id?: string; label?: string; pages?: readonly PageRecord[]; factCheckOf?: FactCheckOf } = {},
): WebAnnotationCollection {
  const id = options.id ?? `urn:uuid:${crypto.randomUUID()}`;
  const items: (WebAnnotation | PageNoteAnnotation)[] = [
    ...annotations.map((a) => toWebAnnotation(a, { context: false, factCheck: options.factCheckOf?.(a) })),
    ...(options.pages ?? []).filter((p) => p.note.trim()).map((p) => pageNoteAnnotation(p, { context: false })),
  ];
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: options.label ?? 'Claimlight annotations',
    total: items.length,
    first: { id: `${id}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

// ---------------------------------------------------------------------------------------------
// Import

const hasType = (v: Record<string, unknown>, type: string) =>
  v.type === type || (Array.isArray(v.type) && v.type.includes(type));

/** Whether a parsed JSON value looks like Web Annotation data. */
export function isWebAnnotationJson(json: unknown): boolean {
  const probe = Array.isArray(json) ? json[0] : json;
  if (!isPlainObject(probe)) return false;
  return '@context' in probe || ['Annotation', 'AnnotationCollection', 'AnnotationPage'].some((t) => hasType(probe, t));
}

/** The annotation objects of a collection, page, single annotation or array, and where they sit. */
function itemsOf(json: unknown): { items: unknown; path: string } {
  if (Array.isArray(json)) return { items: json, path: '' };
  if (!isPlainObject(json)) throw new ValidationError('', 'expected an annotation, a collection or a list');
  if (hasType(json, 'AnnotationCollection')) {
    if (json.first === undefined && json.items !== undefined) return { items: json.items, path: 'items' };
    if (typeof json.first === 'string') throw new ValidationError('first', 'the collection links to its pages; only collections with their items included can be imported');
    if (!isPlainObject(json.first)) throw new ValidationError('first', 'expected the first AnnotationPage with its items');
    return { items: json.first.items, path: 'first.items' };
  }
  if (hasType(json, 'AnnotationPage')) return { items: json.items, path: 'items' };
  return { items: [json], path: '' };
}

const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

interface BodyFacts {
  notes: string[];
  tags: string[];
  kind: Kind | null;
  speaker: string | null;
  disputedBy: string | null;
  originalSpeaker?: string | null;
  originalDisputedBy?: string | null;
}

const detected = (value: string) => (value === NONE ? null : value);

function readBodies(v: Record<string, unknown>, path: string): BodyFacts {
  const facts: BodyFacts = { notes: [], tags: [], kind: null, speaker: null, disputedBy: null };
  if (v.bodyValue !== undefined) facts.notes.push(string({ max: LIMITS.text })(v.bodyValue, field(path, 'bodyValue')));
  asList(v.body).forEach((b, i) => {
    const p = Array.isArray(v.body) ? item(field(path, 'body'), i) : field(path, 'body');
    if (!isPlainObject(b) || b.value === undefined) return; // linked or non-textual bodies carry nothing we keep
    const value = string({ max: LIMITS.text })(b.value, field(p, 'value'));
    const purpose = typeof b.purpose === 'string' ? b.purpose : typeof v.motivation === 'string' ? v.motivation : 'commenting';
    if (purpose === 'tagging') facts.tags.push(value);
    else if (purpose === 'classifying' && (KINDS as readonly string[]).includes(value)) facts.kind = value as Kind;
    else if (purpose === 'describing' && value.startsWith(SPEAKER)) facts.speaker = value.slice(SPEAKER.length);
    else if (purpose === 'describing' && value.startsWith(DISPUTED_BY)) facts.disputedBy = value.slice(DISPUTED_BY.length);
    else if (purpose === 'describing' && value.startsWith(SPEAKER_DETECTED)) facts.originalSpeaker = detected(value.slice(SPEAKER_DETECTED.length));
    else if (purpose === 'describing' && value.startsWith(DISPUTED_BY_DETECTED)) facts.originalDisputedBy = detected(value.slice(DISPUTED_BY_DETECTED.length));
    else facts.notes.push(value);
  });
  return facts;
}

/** The first target with a text quote: its source URL and our selectors (others are ignored). */
function readTarget(v: Record<string, unknown>, path: string): { url: string; selectors: Selector[] } | null {
  if (v.target === undefined) throw new ValidationError(field(path, 'target'), 'is missing');
  const targets = asList(v.target);
  for (let t = 0; t < targets.length; t++) {
    const target = targets[t];
    const tp = Array.isArray(v.target) ? item(field(path, 'target'), t) : field(path, 'target');
    if (typeof target === 'string' || !isPlainObject(target)) continue; // a whole resource, no text
    const source = isPlainObject(target.source) ? target.source.id : target.source;
    const url = sourceUrl(source, field(tp, 'source'));
    const selectors: Selector[] = [];
    asList(target.selector).forEach((s, i) => {
      const sp = Array.isArray(target.selector) ? item(field(tp, 'selector'), i) : field(tp, 'selector');
      if (isPlainObject(s) && (s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector')) selectors.push(selectorRecord(s, sp));
    });
    if (selectors.some((s) => s.type === 'TextQuoteSelector')) return { url, selectors };
  }
  return null;
}

/** The page a whole-resource target names (a page note): a URL string, or a source without selectors. */
function readPageTarget(v: Record<string, unknown>, path: string): string | null {
  const targets = asList(v.target);
  for (let t = 0; t < targets.length; t++) {
    const target = targets[t];
    const tp = Array.isArray(v.target) ? item(field(path, 'target'), t) : field(path, 'target');
    if (typeof target === 'string') return sourceUrl(target, tp);
    if (isPlainObject(target) && target.selector === undefined) {
      const source = isPlainObject(target.source) ? target.source.id : (target.source ?? target.id);
      return sourceUrl(source, field(tp, 'source'));
    }
  }
  return null;
}

type ReadItem = { annotation: Annotation } | { pageNote: PageRecord } | null;

function readAnnotation(value: unknown, path: string, now: number): ReadItem {
  if (!isPlainObject(value)) throw new ValidationError(path, 'expected an annotation object');
  if (!hasType(value, 'Annotation')) throw new ValidationError(field(path, 'type'), 'expected "Annotation"');
  const target = readTarget(value, path);
  const created = value.created === undefined ? now : isoDate(value.created, field(path, 'created'));
  const modified = value.modified === undefined ? created : isoDate(value.modified, field(path, 'modified'));
  const facts = readBodies(value, path);
  const note = string({ max: LIMITS.text })(facts.notes.join('\n\n'), field(path, 'body'));
  if (!target) {
    // A comment on a page as a whole: the page's note.
    const url = note.trim() ? readPageTarget(value, path) : null;
    if (!url) return null;
    return { pageNote: { pageKey: pageKeyFor(url), url, title: '', siteName: siteOf(url), note, firstSeen: created, lastSeen: modified, noteUpdatedAt: modified } };
  }
  const id = value.id === undefined ? crypto.randomUUID() : idFromIri(string({ max: LIMITS.id, nonEmpty: true })(value.id, field(path, 'id')));
  const quote = target.selectors.find((s) => s.type === 'TextQuoteSelector');
  // A corrected name tells that the analysis found it (Claimlight exports say what it had said).
  const corrected = facts.originalSpeaker !== undefined || facts.originalDisputedBy !== undefined;
  return {
    annotation: {
      id,
      pageKey: pageKeyFor(target.url),
      url: target.url,
      title: '',
      kind: facts.kind ?? (value.motivation === 'assessing' ? 'disputed' : 'highlight'),
      source: corrected ? 'auto' : 'user',
      exact: quote && quote.type === 'TextQuoteSelector' ? quote.exact : '',
      selectors: target.selectors,
      note,
      tags: facts.tags,
      color: null,
      speaker: facts.speaker,
      disputedBy: facts.disputedBy,
      claimant: null,
      reason: null,
      dismissed: false,
      createdAt: created,
      updatedAt: modified,
      ...(facts.originalSpeaker !== undefined ? { originalSpeaker: facts.originalSpeaker } : {}),
      ...(facts.originalDisputedBy !== undefined ? { originalDisputedBy: facts.originalDisputedBy } : {}),
    },
  };
}

/**
 * Validate Web Annotation JSON and turn it into records: annotations of words on a page, and page
 * notes (comments whose target is a page itself). Anything else is counted as unsupported; an
 * annotation whose target is not an http(s) or file page is refused on its own.
 */
export function parseWebAnnotations(json: unknown, now: number = Date.now(), progress?: Progress): ParsedRecords {
  const { items, path } = itemsOf(json);
  const refused: string[] = [];
  const read = eachRecord({ items, path, max: LIMITS.annotations, check: (value, at) => readAnnotation(value, at, now), refused, progress });
  const annotations: Annotation[] = [];
  const paths: string[] = [];
  const notes = new Map<string, PageRecord>();
  read.records.forEach((r, i) => {
    if ('annotation' in r) {
      annotations.push(r.annotation);
      paths.push(read.paths[i]!);
      return;
    }
    const p = r.pageNote;
    const seen = notes.get(p.pageKey);
    // Two notes on one page: both kept, one after the other.
    notes.set(p.pageKey, seen ? { ...seen, note: `${seen.note}\n\n${p.note}`, lastSeen: Math.max(seen.lastSeen, p.lastSeen) } : p);
  });
  checkUniqueIds(annotations.map((a) => a.id), (i) => field(paths[i]!, 'id'));
  const derived = derivePages(annotations).map((p) => {
    const n = notes.get(p.pageKey);
    if (!n) return p;
    notes.delete(p.pageKey);
    return { ...p, note: n.note, noteUpdatedAt: n.noteUpdatedAt };
  });
  return { format: 'web-annotation', annotations, pages: [...derived, ...notes.values()], unsupported: read.unsupported, refused };
}
