// The whole store at once: for backups, and to compare states in tests.
import type { Annotation, PageRecord, Settings } from '../model';
import { getDb } from './db';
import { guard } from './errors';
import { mergeSettings } from './settings';

export interface StoreDump {
  /** Sorted by id. */
  annotations: Annotation[];
  /** Sorted by pageKey. */
  pages: PageRecord[];
  /** The effective settings (stored values over the defaults). */
  settings: Settings;
}

/** Everything, read in one transaction so the parts agree. */
export function dumpStore(): Promise<StoreDump> {
  return guard('read the whole store', async () => {
    const db = getDb();
    return db.transaction('r', db.annotations, db.pages, db.settings, async () => {
      const [annotations, pages, settings] = await Promise.all([
        db.annotations.toArray(),
        db.pages.toArray(),
        db.settings.get('settings'),
      ]);
      return { annotations, pages, settings: mergeSettings(settings) };
    });
  });
}

/** Delete every annotation, page, setting (aliases included) and the reading memory, in one transaction. */
export function clearStore(): Promise<void> {
  return guard('clear the store', async () => {
    const db = getDb();
    await db.transaction('rw', db.annotations, db.pages, db.settings, db.readings, async () => {
      await Promise.all([db.annotations.clear(), db.pages.clear(), db.settings.clear(), db.readings.clear()]);
    });
  });
}
