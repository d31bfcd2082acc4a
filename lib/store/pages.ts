// Page records: one per article the reader visited or annotated.
import type { Annotation, PageKey, PageRecord } from '../model';
import { getDb } from './db';
import { StoreError, guard } from './errors';
import { siteOf } from '../page-key';

export interface PageVisit {
  pageKey: PageKey;
  url: string;
  title: string;
  siteName: string;
}

/** Record a visit: creates the page, or bumps lastSeen and refreshes url/title/site (firstSeen and note kept). */
export function touchPage(visit: PageVisit, now: number = Date.now()): Promise<PageRecord> {
  return guard('record the page visit', async () => {
    const db = getDb();
    return db.transaction('rw', db.pages, async () => {
      const old = await db.pages.get(visit.pageKey);
      const next: PageRecord = old
        ? {
            ...old,
            url: visit.url || old.url,
            title: visit.title || old.title,
            siteName: visit.siteName || old.siteName,
            lastSeen: Math.max(now, old.lastSeen),
          }
        : { ...visit, note: '', firstSeen: now, lastSeen: now };
      await db.pages.put(next);
      return next;
    });
  });
}

/**
 * Add the pages that do not exist yet (existing ones are left alone); returns how many were added.
 * Runs inside the caller's transaction when there is one (it must include the pages table).
 */
export async function ensurePages(pages: readonly PageRecord[]): Promise<number> {
  const db = getDb();
  const unique = [...new Map(pages.map((p) => [p.pageKey, p])).values()];
  const existing = await db.pages.bulkGet(unique.map((p) => p.pageKey));
  const missing = unique.filter((_, i) => !existing[i]);
  if (missing.length) await db.pages.bulkAdd(missing);
  return missing.length;
}

/** Page records for annotations whose page may have none: first url and title, activity as seen/last seen. */
export function pagesOf(annotations: readonly Annotation[]): PageRecord[] {
  const pages = new Map<string, PageRecord>();
  for (const a of annotations) {
    const p = pages.get(a.pageKey);
    if (p) {
      p.firstSeen = Math.min(p.firstSeen, a.createdAt);
      p.lastSeen = Math.max(p.lastSeen, a.updatedAt);
      if (!p.title) p.title = a.title;
    } else pages.set(a.pageKey, { pageKey: a.pageKey, url: a.url, title: a.title, siteName: siteOf(a.url), note: '', firstSeen: a.createdAt, lastSeen: a.updatedAt });
  }
  return [...pages.values()];
}

/**
 * Remove the records of these pages that have no annotation left and no page note: nothing of a
 * page the reader deleted stays behind. Runs inside the caller's transaction (annotations, pages).
 */
export async function removeEmptyPages(pageKeys: readonly PageKey[]): Promise<number> {
  const db = getDb();
  const unique = [...new Set(pageKeys)];
  const pages = await db.pages.bulkGet(unique);
  const empty: PageKey[] = [];
  for (const p of pages) {
    if (!p || p.note.trim()) continue;
    if ((await db.annotations.where('pageKey').equals(p.pageKey).count()) === 0) empty.push(p.pageKey);
  }
  if (empty.length) await db.pages.bulkDelete(empty);
  return empty.length;
}

export function getPage(pageKey: PageKey): Promise<PageRecord | undefined> {
  return guard('read the page', () => getDb().pages.get(pageKey));
}

/**
 * Set the reader's note on the page as a whole, in one transaction. A page without a record gets
 * one, described by `visit` (by the key alone when no visit is given).
 */
export function setPageNote(pageKey: PageKey, note: string, visit?: Omit<PageVisit, 'pageKey'>, now: number = Date.now()): Promise<PageRecord> {
  return guard('save the page note', async () => {
    if (!pageKey) throw new StoreError('invalid', 'A page note needs a page key.');
    const db = getDb();
    return db.transaction('rw', db.pages, db.annotations, async () => {
      const old = await db.pages.get(pageKey);
      const next: PageRecord = old
        ? { ...old, note, noteUpdatedAt: now }
        : { pageKey, url: visit?.url || pageKey, title: visit?.title ?? '', siteName: visit?.siteName || siteOf(visit?.url || pageKey), note, firstSeen: now, lastSeen: now, noteUpdatedAt: now };
      if (!note.trim()) delete next.noteUpdatedAt;
      await db.pages.put(next);
      // A note cleared on a page with nothing else kept: the page goes too.
      if (!note.trim() && old) await removeEmptyPages([pageKey]);
      return next;
    });
  });
}

export interface PageListOptions {
  /** Only pages of this site (siteName). */
  site?: string;
  limit?: number;
  offset?: number;
}

/** Pages, most recently seen first. */
export function listPages(options: PageListOptions = {}): Promise<PageRecord[]> {
  return guard('list the pages', async () => {
    const { site, limit = Number.POSITIVE_INFINITY, offset = 0 } = options;
    const db = getDb();
    if (site !== undefined) {
      const list = await db.pages.where('siteName').equals(site).toArray();
      return list.sort((a, b) => b.lastSeen - a.lastSeen).slice(offset, offset + limit);
    }
    let q = db.pages.orderBy('lastSeen').reverse().offset(offset);
    if (Number.isFinite(limit)) q = q.limit(limit);
    return q.toArray();
  });
}
