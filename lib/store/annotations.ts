// Annotation records: create, read, change, delete and undo.
import { KINDS, type Annotation, type Kind, type PageKey } from '../model';
import { getDb } from './db';
import { StoreError, guard } from './errors';
import { ensurePages, pagesOf, removeEmptyPages } from './pages';
import { forgetReadingsOf } from './readings';
import { byPosition } from './order';
import { siteOf } from '../page-key';

/** What a caller gives to create an annotation; everything else gets a default. */
export type NewAnnotation = Pick<Annotation, 'pageKey' | 'url' | 'kind' | 'exact'> &
  Partial<Omit<Annotation, 'pageKey' | 'url' | 'kind' | 'exact' | 'createdAt' | 'updatedAt'>>;

/** The fields a reader can change after creation. */
export type AnnotationChanges = Partial<
  Pick<Annotation, 'kind' | 'note' | 'tags' | 'color' | 'dismissed' | 'speaker' | 'disputedBy' | 'claimant' | 'title'>
>;

const CHANGEABLE: readonly (keyof AnnotationChanges)[] = [
  'kind', 'note', 'tags', 'color', 'dismissed', 'speaker', 'disputedBy', 'claimant', 'title',
];

const isKind = (k: unknown): k is Kind => typeof k === 'string' && (KINDS as readonly string[]).includes(k);

function checkKind(kind: unknown): Kind {
  if (!isKind(kind)) throw new StoreError('invalid', `Unknown kind "${String(kind)}"; expected one of ${KINDS.join(', ')}.`);
  return kind;
}

/** Trimmed, without a leading "#", no empties, no duplicates, order kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.trim().replace(/^#+/, '').trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/** A complete record from partial input (pure: the id and clock are parameters). */
export function buildAnnotation(input: NewAnnotation, id: string, now: number): Annotation {
  return {
    id,
    pageKey: input.pageKey,
    url: input.url,
    title: input.title ?? '',
    kind: checkKind(input.kind),
    source: input.source ?? 'user',
    exact: input.exact,
    selectors: input.selectors ?? [],
    note: input.note ?? '',
    tags: normalizeTags(input.tags ?? []),
    color: input.color ?? null,
    speaker: input.speaker ?? null,
    disputedBy: input.disputedBy ?? null,
    claimant: input.claimant ?? null,
    reason: input.reason ?? null,
    dismissed: input.dismissed ?? false,
    createdAt: now,
    updatedAt: now,
  };
}

/** Create and save an annotation (its page gets a record too if it has none). */
export function createAnnotation(input: NewAnnotation): Promise<Annotation> {
  return guard('save the annotation', async () => {
    const db = getDb();
    const now = Date.now();
    const a = buildAnnotation(input, input.id ?? crypto.randomUUID(), now);
    if (!a.pageKey) throw new StoreError('invalid', 'An annotation needs a page key.');
    await db.transaction('rw', db.annotations, db.pages, db.readings, async () => {
      await db.annotations.add(a);
      await ensurePages([{ pageKey: a.pageKey, url: a.url, title: a.title, siteName: siteOf(a.url), note: '', firstSeen: now, lastSeen: now }]);
      if (a.dismissed) await forgetReadingsOf([a]);
    });
    return a;
  });
}

export function getAnnotation(id: string): Promise<Annotation | undefined> {
  return guard('read the annotation', () => getDb().annotations.get(id));
}

/** A person's name as the reader typed it: spaces tidied; empty means no one (null). */
export function cleanName(name: string | null | undefined): string | null {
  const t = (name ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
}

const ORIGINAL = { speaker: 'originalSpeaker', disputedBy: 'originalDisputedBy' } as const;

/**
 * The reader changed who said or disputes an auto-finding: remember what the analysis had named,
 * once (later corrections keep the first original), and forget it when the reader puts the
 * analysis's own name back. The reader's own annotations have no analysis to correct.
 */
export function applyCorrection(old: Annotation, next: Annotation, field: 'speaker' | 'disputedBy'): void {
  const originalField = ORIGINAL[field];
  if (old.source !== 'auto' || next[field] === old[field]) return;
  const original = old[originalField] === undefined ? old[field] : old[originalField];
  if (next[field] === original) delete next[originalField];
  else next[originalField] = original ?? null;
}

/**
 * Writes on behalf of one page (a content script): every record written must already belong to
 * that page, checked in the same transaction as the write.
 */
export interface PageScope {
  onPage?: PageKey;
}

const notOnPage = (id: string) => new StoreError('not-found', `No annotation ${JSON.stringify(id.slice(0, 80))} on this page.`);

/** Apply changes to one annotation; bumps updatedAt. */
export function updateAnnotation(id: string, changes: AnnotationChanges, { onPage }: PageScope = {}): Promise<Annotation> {
  return guard('update the annotation', async () => {
    const db = getDb();
    if (changes.kind !== undefined) checkKind(changes.kind);
    return db.transaction('rw', db.annotations, db.readings, async () => {
      const old = await db.annotations.get(id);
      if (old && onPage !== undefined && old.pageKey !== onPage) throw notOnPage(id);
      if (!old) throw onPage !== undefined ? notOnPage(id) : new StoreError('not-found', `No annotation with id ${id}.`);
      const next: Annotation = { ...old };
      for (const key of CHANGEABLE) {
        if (changes[key] !== undefined) Object.assign(next, { [key]: changes[key] });
      }
      if (changes.tags) next.tags = normalizeTags(changes.tags);
      if (changes.speaker !== undefined) next.speaker = cleanName(changes.speaker);
      if (changes.disputedBy !== undefined) next.disputedBy = cleanName(changes.disputedBy);
      applyCorrection(old, next, 'speaker');
      applyCorrection(old, next, 'disputedBy');
      next.updatedAt = Math.max(Date.now(), old.updatedAt + 1);
      await db.annotations.put(next);
      // Dismissed means gone: reading memory forgets it too.
      if (next.dismissed && !old.dismissed) await forgetReadingsOf([next]);
      return next;
    });
  });
}

/**
 * Save a new note on an annotation the caller holds, as one blind write whose put and commit both
 * leave in the caller's task: IndexedDB completes it without waiting for this page to take the
 * put's result, so a note typed right before a busy page or the browser closes is kept. `base`
 * must be current (follow it with a live query): fields changed elsewhere since it was read would
 * be overwritten. Use updateAnnotation otherwise.
 */
export function putNote(base: Annotation, note: string): Promise<Annotation> {
  return guard('update the annotation', async () => {
    const next: Annotation = { ...base, note, updatedAt: Math.max(Date.now(), base.updatedAt + 1) };
    const db = getDb();
    await db.transaction('rw', db.annotations, (tx) => {
      const put = db.annotations.put(next);
      commitNow(tx.idbtrans);
      return put;
    });
    return next;
  });
}

/** Ask IndexedDB to commit once the requests already made are done (where the browser supports it). */
function commitNow(tx: IDBTransaction | undefined): void {
  try {
    tx?.commit?.();
  } catch {
    // Already committing or finished: nothing to hurry.
  }
}

/**
 * Delete annotations; returns the records that existed (keep them for undo). Nothing is left
 * behind: a page left with no annotation and no page note loses its record too. On behalf of a
 * page (`onPage`), every id must be one of that page's records, or nothing is deleted.
 */
export function deleteAnnotations(ids: readonly string[], { onPage }: PageScope = {}): Promise<Annotation[]> {
  return guard('delete the annotations', async () => {
    const db = getDb();
    return db.transaction('rw', db.annotations, db.pages, async () => {
      const all = await db.annotations.bulkGet([...ids]);
      if (onPage !== undefined) all.forEach((a, i) => {
        if (!a || a.pageKey !== onPage) throw notOnPage(ids[i]!);
      });
      const found = all.filter((a): a is Annotation => !!a);
      await db.annotations.bulkDelete(found.map((a) => a.id));
      await removeEmptyPages(found.map((a) => a.pageKey));
      return found;
    });
  });
}

/**
 * Undo a delete or an edit: put the records back exactly as they were (and their pages), in one
 * transaction. On behalf of a page (`onPage`), every record must be that page's, and so must any
 * stored record with the same id (a page never overwrites another page's record), or nothing is
 * written.
 */
export function restoreAnnotations(annotations: readonly Annotation[], { onPage }: PageScope = {}): Promise<void> {
  return guard('restore the annotations', async () => {
    for (const a of annotations) checkKind(a.kind);
    const db = getDb();
    await db.transaction('rw', db.annotations, db.pages, async () => {
      if (onPage !== undefined) {
        const stored = await db.annotations.bulkGet(annotations.map((a) => a.id));
        annotations.forEach((a, i) => {
          if (a.pageKey !== onPage || (stored[i] && stored[i].pageKey !== onPage)) throw notOnPage(a.id);
        });
      }
      await db.annotations.bulkPut([...annotations]);
      await ensurePages(pagesOf(annotations));
    });
  });
}

/** Save many complete records in one transaction (replacing those with the same id). */
export function putAnnotations(annotations: readonly Annotation[]): Promise<void> {
  return guard('save the annotations', async () => {
    for (const a of annotations) checkKind(a.kind);
    await getDb().annotations.bulkPut([...annotations]);
  });
}

/** All annotations of a page (dismissed ones included), in reading order. */
export function listAnnotationsByPage(pageKey: PageKey): Promise<Annotation[]> {
  return guard('list the page annotations', async () => {
    const list = await getDb().annotations.where('pageKey').equals(pageKey).toArray();
    return list.sort(byPosition);
  });
}

/** Auto-findings of a page the reader marked as wrong. */
export async function listDismissed(pageKey: PageKey): Promise<Annotation[]> {
  const list = await listAnnotationsByPage(pageKey);
  return list.filter((a) => a.dismissed && a.source === 'auto');
}

/** How many (not dismissed) annotations of each kind a page has. */
export function countByKind(pageKey: PageKey): Promise<Record<Kind, number>> {
  return guard('count the page annotations', async () => {
    const counts: Record<Kind, number> = { quote: 0, disputed: 0, claim: 0, highlight: 0 };
    await getDb()
      .annotations.where('pageKey')
      .equals(pageKey)
      .each((a) => {
        if (!a.dismissed) counts[a.kind]++;
      });
    return counts;
  });
}
