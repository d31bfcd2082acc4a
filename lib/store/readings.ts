// Reading memory (opt-in): what the analysis found on the pages the reader read, kept as automatic
// findings — never annotations, never "kept by me". Written only while Settings.rememberReading is
// on (the background checks), forgotten after the retention period, wiped on request or when the
// reader turns it off. A finding the reader kept, corrected or dismissed is represented by its
// annotation instead: the views join the two so that a dismissed finding stays gone.
import type { Annotation, Finding, FindingKind, PageKey, Reading } from '../model';
import { getDb } from './db';
import { guard } from './errors';

const DAY_MS = 24 * 60 * 60 * 1000;

/** At most this many findings of one page are remembered (quotes and disputed assertions first). */
export const MAX_READINGS_PER_PAGE = 1000;

/** How findings' words are compared: spaces tidied, case ignored (as the page session does). */
export const normText = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** A page's words as one key: a kept annotation and a remembered finding with it are the same item. */
export const wordsKey = (pageKey: PageKey, text: string): string => `${pageKey}\u0000${normText(text)}`;

export const readingId = (pageKey: PageKey, kind: FindingKind, text: string): string => `${pageKey}\u0000${kind}\u0000${normText(text)}`;

export interface ReadPage {
  pageKey: PageKey;
  url: string;
  title: string;
  siteName: string;
}

/** Oldest `seenAt` still kept for a retention period. */
export const retentionCutoff = (now: number, days: number): number => now - Math.max(1, days) * DAY_MS;

/**
 * Remember what the analysis found on a page just read: the page's remembered findings are
 * replaced by these (its text may have changed), and everything past the retention period goes.
 */
export function rememberFindings(page: ReadPage, findings: readonly Finding[], retentionDays: number, now: number = Date.now()): Promise<number> {
  return guard('remember the page', async () => {
    const db = getDb();
    const rank = (f: Finding) => (f.kind === 'claim' ? 1 : 0);
    const chosen = [...findings].sort((a, b) => rank(a) - rank(b) || b.confidence - a.confidence).slice(0, MAX_READINGS_PER_PAGE);
    const byId = new Map<string, Reading>();
    for (const f of chosen) {
      const id = readingId(page.pageKey, f.kind, f.text);
      byId.set(id, {
        id,
        pageKey: page.pageKey,
        url: page.url,
        title: page.title,
        siteName: page.siteName,
        kind: f.kind,
        text: f.text,
        speaker: f.speaker ?? null,
        disputedBy: f.disputedBy ?? null,
        claimant: f.claimant ?? null,
        reason: f.reason,
        seenAt: now,
      });
    }
    return db.transaction('rw', db.readings, db.annotations, async () => {
      await db.readings.where('pageKey').equals(page.pageKey).delete();
      // Findings the reader dismissed on this page are never remembered again.
      const dismissed = new Set<string>();
      await db.annotations
        .where('pageKey')
        .equals(page.pageKey)
        .each((a) => {
          if (a.dismissed) dismissed.add(wordsKey(a.pageKey, a.exact));
        });
      const keep = [...byId.values()].filter((r) => !dismissed.has(wordsKey(r.pageKey, r.text)));
      if (keep.length) await db.readings.bulkPut(keep);
      await db.readings.where('seenAt').below(retentionCutoff(now, retentionDays)).delete();
      return keep.length;
    });
  });
}

/** Forget remembered findings older than the retention period; returns how many went. */
export function pruneReadings(retentionDays: number, now: number = Date.now()): Promise<number> {
  return guard('forget old reading memory', () => getDb().readings.where('seenAt').below(retentionCutoff(now, retentionDays)).delete());
}

/** Forget everything read (the wipe button, or reading memory turned off). */
export function clearReadings(): Promise<void> {
  return guard('wipe the reading memory', () => getDb().readings.clear());
}

export function countReadings(): Promise<number> {
  return guard('count the reading memory', () => getDb().readings.count());
}

/**
 * Remembered findings with the same words as these annotations go (the reader dismissed them).
 * Runs inside the caller's transaction, which must include the readings table.
 */
export async function forgetReadingsOf(annotations: readonly Pick<Annotation, 'pageKey' | 'exact'>[]): Promise<void> {
  const db = getDb();
  for (const a of annotations) {
    const key = wordsKey(a.pageKey, a.exact);
    await db.readings
      .where('pageKey')
      .equals(a.pageKey)
      .filter((r) => wordsKey(r.pageKey, r.text) === key)
      .delete();
  }
}

/** A remembered finding shown among annotations (views only: it is never written as one). */
export interface RememberedAnnotation extends Annotation {
  remembered: true;
}

export const REMEMBERED_PREFIX = 'reading:';

export function asAnnotation(r: Reading): RememberedAnnotation {
  return {
    id: REMEMBERED_PREFIX + r.id,
    pageKey: r.pageKey,
    url: r.url,
    title: r.title,
    kind: r.kind,
    source: 'auto',
    exact: r.text,
    selectors: [],
    note: '',
    tags: [],
    color: null,
    speaker: r.speaker,
    disputedBy: r.disputedBy,
    claimant: r.claimant,
    reason: r.reason,
    dismissed: false,
    createdAt: r.seenAt,
    updatedAt: r.seenAt,
    remembered: true,
  };
}

export const isRemembered = (a: Annotation): a is RememberedAnnotation => (a as Partial<RememberedAnnotation>).remembered === true;

/**
 * Remembered findings of a kind that no annotation stands for (same page, same words, any kind:
 * kept, corrected, re-classified or dismissed), within the retention period. Dexie reads only, so
 * a live query follows both tables.
 */
export async function unkeptReadings(kind: FindingKind, retentionDays: number, now: number = Date.now()): Promise<Reading[]> {
  const db = getDb();
  const cutoff = retentionCutoff(now, retentionDays);
  const readings = (await db.readings.where('kind').equals(kind).toArray()).filter((r) => r.seenAt >= cutoff);
  if (!readings.length) return [];
  const pageKeys = [...new Set(readings.map((r) => r.pageKey))];
  const covered = new Set<string>();
  await db.annotations
    .where('pageKey')
    .anyOf(pageKeys)
    .each((a) => covered.add(wordsKey(a.pageKey, a.exact)));
  return readings.filter((r) => !covered.has(wordsKey(r.pageKey, r.text)));
}
