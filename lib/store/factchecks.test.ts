// Fact-check memory in the store: version 3 opens version-1 data (a frozen copy of that schema) with
// its new tables empty; reviews seen and imported, links recorded, unlinked everywhere, backups.
import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ClaimlightDb, useDb } from './db';
import { useFreshDb } from './test-support';
import { deleteReview, factChecksForPage, importReviews, keepSeenReviews, listLinks, listReviews, recordLinks, relinkFactCheck, unlinkFactCheck } from './factchecks';
import { dumpStore, clearStore } from './dump';
import { importRecords } from './import';
import type { FactCheckReview } from '../factcheck/types';
import { textKeyOf } from '../factcheck/text-key';

/** Copied from db.ts when version 1 was released. Never edit. */
const FROZEN_V1_SCHEMA = {
  annotations: 'id, pageKey, kind, createdAt, updatedAt, *tags, speaker, disputedBy, [pageKey+updatedAt]',
  pages: 'pageKey, lastSeen, siteName',
  settings: '',
};

const review = (over: Partial<FactCheckReview> = {}): FactCheckReview => ({
  id: 'fc-1',
  claim: 'Russian forces have encircled Ukrainian troops in the Kursk region.',
  rating: 'False',
  ratingValue: 1,
  bestRating: 5,
  worstRating: 1,
  org: 'Example Fact Check',
  url: 'https://checks.example/kursk',
  date: '2025-03-14',
  claimAuthor: null,
  claimDate: null,
  appearances: [],
  origin: 'seen',
  seenOnPage: 'https://checks.example/kursk',
  seenOnUrl: 'https://checks.example/kursk',
  seenOnTitle: 'Kursk',
  firstSeen: 1000,
  lastSeen: 1000,
  ...over,
});

const PAGE = { pageKey: 'https://news.example/a', url: 'https://news.example/a', title: 'A' };
const OTHER = { pageKey: 'https://mirror.example/a', url: 'https://mirror.example/a', title: 'A (copy)' };
const TEXT = 'He said Russian forces have surrounded Ukrainian troops in Kursk.';

describe('version 3 over version-1 data', () => {
  it('opens a version-1 database with the fact-check tables added and empty, version-1 records intact', async () => {
    const name = `claimlight-v1-${crypto.randomUUID()}`;
    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores(FROZEN_V1_SCHEMA);
    await v1.open();
    await v1.table('pages').put({ pageKey: 'p', url: 'https://x.example/p', title: 'P', siteName: 'x', note: '', firstSeen: 1, lastSeen: 2 });
    v1.close();
    const db = new ClaimlightDb(name, { indexedDB, IDBKeyRange });
    useDb(db);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.pages.count()).toBe(1);
    expect(await db.factReviews.count()).toBe(0);
    expect(db.factLinks.schema.indexes.map((i) => i.name)).toContain('[reviewId+textKey]');
    await keepSeenReviews([review()]);
    expect(await listReviews()).toHaveLength(1);
    db.close();
  });
});

describe('fact-check memory', () => {
  it('keeps seen reviews once, dates them again, and leaves imported ones imported', async () => {
    useFreshDb();
    expect(await keepSeenReviews([review()])).toEqual({ added: 1, updated: 0 });
    expect(await keepSeenReviews([review({ lastSeen: 2000 })])).toEqual({ added: 0, updated: 1 });
    expect((await listReviews())[0]!.lastSeen).toBe(2000);
    await importReviews([review({ id: 'fc-2', origin: 'imported' })]);
    await keepSeenReviews([review({ id: 'fc-2', lastSeen: 3000 })]);
    expect((await listReviews()).find((r) => r.id === 'fc-2')!.origin).toBe('imported');
    expect(await importReviews([review({ id: 'fc-2' }), review({ id: 'fc-3' })])).toEqual({ added: 1, skipped: 1 });
  });

  it('links a page\'s words; an unlink holds on every page with the same words, and can be undone', async () => {
    useFreshDb();
    await keepSeenReviews([review()]);
    await recordLinks(PAGE, [{ reviewId: 'fc-1', text: TEXT, kind: 'disputed', score: 0.93 }]);
    const [check] = await factChecksForPage(PAGE.pageKey);
    expect(check).toMatchObject({ reviewId: 'fc-1', org: 'Example Fact Check', rating: 'False', textKey: textKeyOf(TEXT), site: 'checks.example' });
    expect(await unlinkFactCheck('fc-1', textKeyOf(TEXT))).toBe(1);
    expect(await factChecksForPage(PAGE.pageKey)).toEqual([]);
    // The same words met on another page later: born unlinked.
    await recordLinks(OTHER, [{ reviewId: 'fc-1', text: TEXT, kind: 'claim', score: 0.9 }]);
    expect(await factChecksForPage(OTHER.pageKey)).toEqual([]);
    expect(await relinkFactCheck('fc-1', textKeyOf(TEXT))).toBe(2);
    expect(await factChecksForPage(OTHER.pageKey)).toHaveLength(1);
    await deleteReview('fc-1');
    expect(await listLinks()).toEqual([]);
  });

  it('dumps, clears and imports back reviews and links (a backup)', async () => {
    useFreshDb();
    await keepSeenReviews([review()]);
    await recordLinks(PAGE, [{ reviewId: 'fc-1', text: TEXT, kind: 'disputed', score: 0.93 }]);
    const dump = await dumpStore();
    expect(dump.factReviews).toHaveLength(1);
    expect(dump.factLinks).toHaveLength(1);
    await clearStore();
    expect(await listReviews()).toEqual([]);
    const summary = await importRecords({ annotations: [], pages: [], factReviews: dump.factReviews, factLinks: dump.factLinks });
    expect(summary).toMatchObject({ factChecksAdded: 1, factChecksSkipped: 0 });
    expect(await factChecksForPage(PAGE.pageKey)).toHaveLength(1);
  });
});
