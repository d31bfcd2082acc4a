// The Claimlight database: schema and versions, and the one instance the repositories use.
// Only the background and extension pages open it (a content script would open the *page's*
// IndexedDB). Never change a version once released: add a new one.
//
// How to add a version (say 2):
//  1. Leave every existing `this.version(n)` call exactly as it is — its stores() strings and, above
//     all, its upgrade() function: readers may still be on any older version, and Dexie runs each
//     upgrader in turn from theirs. Altering a version that has an upgrader breaks them.
//  2. Below the last one, add `this.version(2).stores({ … })` listing only the tables whose indexes
//     change (a table set to null is deleted), and `.upgrade((tx) => …)` if existing records need
//     new fields filled in. Inside an upgrader use only the transaction's tables (tx.table('…')) and
//     never await anything that is not Dexie (fetch, timers, browser.* APIs): the transaction would
//     commit early.
//  3. Make model.ts's new fields optional or give them defaults on read, so a record written by an
//     older version still type-checks and reads correctly.
//  4. Extend lib/store/migration.test.ts: it writes real version-1 records with a frozen copy of the
//     version-1 schema and opens them through ClaimlightDb; add the new version's expectations there.
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Annotation, PageRecord, Reading, Settings } from '../model';
import type { FactCheckLink, FactCheckReview } from '../factcheck/types';
import { ANNOTATIONS, DIGESTS, digestsMiddleware, rowOf, type DigestRow } from './digest';

export const DB_NAME = 'claimlight';

/** The version-1 tables and indexes. lib/store/migration.test.ts keeps its own frozen copy. */
const SCHEMA_V1 = {
  annotations: 'id, pageKey, kind, createdAt, updatedAt, *tags, speaker, disputedBy, [pageKey+updatedAt]',
  pages: 'pageKey, lastSeen, siteName',
  settings: '',
} as const;

/**
 * Version 2: `readings` (reading memory: findings of pages the reader read, kept only when the reader
 * turned it on), and page notes get `noteUpdatedAt` (so they can be searched and dated like
 * annotations). lib/store/migration.test.ts keeps its own frozen copy.
 */
const SCHEMA_V2 = {
  readings: 'id, pageKey, kind, speaker, disputedBy, seenAt',
} as const;

/**
 * Version 3: fact-check memory. `factReviews`: the ClaimReviews the reader came across or imported;
 * `factLinks`: where their claims were met (a page's words), with the reader's unlinks. New tables
 * only: nothing to fill in for older records. lib/store/migration.test.ts keeps its own frozen copy.
 */
const SCHEMA_V3 = {
  factReviews: 'id, origin, lastSeen, seenOnPage',
  factLinks: 'id, reviewId, pageKey, [reviewId+textKey], lastSeen',
} as const;

/**
 * Version 4: `digests`, one small row per annotation with what search looks at (digest.ts), keyed by
 * the annotation's id (out of line: a row is an array), kept in step by digestsMiddleware in the
 * same transaction as the annotation; a search reads these instead of the whole records. Filled from
 * the annotations on upgrade. Should rowOf ever change what it keeps, add a version whose upgrade
 * fills the table again. migration.test.ts keeps its own frozen copy.
 */
const SCHEMA_V4 = {
  digests: '',
} as const;

export class ClaimlightDb extends Dexie {
  annotations!: EntityTable<Annotation, 'id'>;
  pages!: EntityTable<PageRecord, 'pageKey'>;
  /** Key-value: 'settings' → Settings. */
  settings!: Dexie.Table<Settings, string>;
  /** Fact-check memory (version 3). */
  factReviews!: EntityTable<FactCheckReview, 'id'>;
  factLinks!: EntityTable<FactCheckLink, 'id'>;
  /** Reading memory (version 2). */
  readings!: EntityTable<Reading, 'id'>;
  /** Search digests of the annotations by id (version 4), written only by digestsMiddleware. */
  digests!: Dexie.Table<DigestRow, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    // Version 1 (released). Frozen: see the note at the top of this file.
    this.version(1).stores(SCHEMA_V1);
    // Version 2. Frozen once released, like version 1.
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        // A page note written before version 2 is dated by the page's last visit.
        tx
          .table<PageRecord, string>('pages')
          .toCollection()
          .modify((p) => {
            if (p.note.trim() && p.noteUpdatedAt === undefined) p.noteUpdatedAt = p.lastSeen;
          }),
      );
    // Version 3 (fact-check memory). Frozen once released, like version 1.
    this.version(3).stores(SCHEMA_V3);
    // Version 4 (search digests). Frozen once released, like version 1.
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        const all = await tx.table<Annotation, string>(ANNOTATIONS).toArray();
        await tx.table<DigestRow, string>(DIGESTS).bulkPut(all.map(rowOf), all.map((a) => a.id));
      });
    this.use(digestsMiddleware);
  }
}

let current: ClaimlightDb | null = null;

/** The database every repository function uses (opened lazily on first use). */
export function getDb(): ClaimlightDb {
  current ??= new ClaimlightDb();
  return current;
}

/** Use another database (tests, or a second profile); returns the previous one. */
export function useDb(db: ClaimlightDb): ClaimlightDb | null {
  const previous = current;
  current = db;
  return previous;
}
