// The Claimlight database: schema and versions, and the one instance the repositories use.
// Only the background and extension pages open it (a content script would open the *page's*
// IndexedDB). Never change a version once released: add a new one.
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Annotation, PageRecord, Settings } from '../model';

export const DB_NAME = 'claimlight';

export class ClaimlightDb extends Dexie {
  annotations!: EntityTable<Annotation, 'id'>;
  pages!: EntityTable<PageRecord, 'pageKey'>;
  /** Key-value: 'settings' → Settings. */
  settings!: Dexie.Table<Settings, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      annotations: 'id, pageKey, kind, createdAt, updatedAt, *tags, speaker, disputedBy, [pageKey+updatedAt]',
      pages: 'pageKey, lastSeen, siteName',
      settings: '',
    });
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
