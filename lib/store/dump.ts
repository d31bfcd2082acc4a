// The whole store at once: for backups, and to compare states in tests.
import type { Annotation, PageRecord, Settings } from '../model';
import type { FactCheckLink, FactCheckReview } from '../factcheck/types';
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
  /** Fact-check memory. */
  factReviews: FactCheckReview[];
  factLinks: FactCheckLink[];
}

/** Everything, read in one transaction so the parts agree. */
export function dumpStore(): Promise<StoreDump> {
  return guard('read the whole store', async () => {
    const db = getDb();
    return db.transaction('r', [db.annotations, db.pages, db.settings, db.factReviews, db.factLinks], async () => {
      const [annotations, pages, settings, factReviews, factLinks] = await Promise.all([
        db.annotations.toArray(),
        db.pages.toArray(),
        db.settings.get('settings'),
        db.factReviews.toArray(),
        db.factLinks.toArray(),
      ]);
      return { annotations, pages, settings: mergeSettings(settings), factReviews, factLinks };
    });
  });
}

/** Delete every annotation, page, setting (aliases included), the reading memory and kept fact-checks, in one transaction. */
export function clearStore(): Promise<void> {
  return guard('clear the store', async () => {
    const db = getDb();
    await db.transaction('rw', [db.annotations, db.pages, db.settings, db.readings, db.factReviews, db.factLinks], async () => {
      await Promise.all([db.annotations.clear(), db.pages.clear(), db.settings.clear(), db.readings.clear(), db.factReviews.clear(), db.factLinks.clear()]);
    });
  });
}
