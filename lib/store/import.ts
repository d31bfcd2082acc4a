// Writing imported records: one transaction, all or nothing, duplicates skipped and counted.
import type { Annotation, PageRecord, Settings } from '../model';
import type { FactCheckLink, FactCheckReview } from '../factcheck/types';
import { getDb } from './db';
import { guard } from './errors';
import { ensurePages } from './pages';

export interface ImportRecords {
  annotations: readonly Annotation[];
  pages: readonly PageRecord[];
  /** Settings to store instead of the reader's (a backup's, when the reader chose them); none: kept as they are. */
  settings?: Settings;
  /** Items the parser could not turn into annotations (page notes, replies): counted in the summary. */
  unsupported?: number;
  /** Records the parser refused one by one (with where and why): counted in the summary. */
  refused?: readonly string[];
  /** Fact-check memory (ClaimReview files, backups): reviews and where they were met; known ones are kept as they are. */
  factReviews?: readonly FactCheckReview[];
  factLinks?: readonly FactCheckLink[];
}

export interface ImportWriteOptions {
  /** Called as annotations are written: `done` of `total`. */
  progress?: (done: number, total: number) => void;
}

export interface ImportSummary {
  added: number;
  skipped: number;
  reasons: { duplicateId: number; duplicateContent: number; unsupported: number; refused: number };
  /** Why records were refused, as the parser said (where in the file, and what was wrong). */
  refused: readonly string[];
  pagesAdded: number;
  /** Whether the stored settings were replaced. */
  settingsReplaced: boolean;
  /** Fact-checks added, and those already kept (skipped). */
  factChecksAdded: number;
  factChecksSkipped: number;
  /** Page notes the file brought to pages that were here already (set only when there were some). */
  pageNotes?: number;
}

/**
 * The file's page notes onto pages already here: a page without a note takes the file's; a page
 * with another note keeps it and gets the file's after it (the same note twice is left alone).
 * Runs inside the caller's transaction. Returns how many page notes changed.
 */
async function mergePageNotes(pages: readonly PageRecord[]): Promise<number> {
  const db = getDb();
  const withNotes = pages.filter((p) => p.note.trim());
  if (!withNotes.length) return 0;
  const existing = await db.pages.bulkGet(withNotes.map((p) => p.pageKey));
  const changed: PageRecord[] = [];
  withNotes.forEach((p, i) => {
    const old = existing[i];
    if (!old || old.note.includes(p.note.trim())) return;
    const note = old.note.trim() ? `${old.note}\n\n${p.note}` : p.note;
    changed.push({ ...old, note, noteUpdatedAt: Math.max(old.noteUpdatedAt ?? 0, p.noteUpdatedAt ?? p.lastSeen) });
  });
  if (changed.length) await db.pages.bulkPut(changed);
  return changed.length;
}

/** Annotations are written in batches of this many, each its own request of one transaction: the page stays responsive between them. */
const WRITE_BATCH = 2000;

/**
 * Same page, same words, same note: the same annotation whatever its id. Compared with what the
 * store already holds only: within one file such twins are distinct records (a backup may hold two
 * highlights of a phrase that occurs twice), so restoring it must keep both.
 */
const contentKey = (a: Pick<Annotation, 'pageKey' | 'exact' | 'note'>) => `${a.pageKey}\u0000${a.exact}\u0000${a.note}`;

export function importRecords(input: ImportRecords, { progress }: ImportWriteOptions = {}): Promise<ImportSummary> {
  return guard('import the file', async () => {
    const db = getDb();
    const unsupported = input.unsupported ?? 0;
    const refused = input.refused ?? [];
    return db.transaction('rw', [db.annotations, db.pages, db.settings, db.factReviews, db.factLinks], async () => {
      const ids = input.annotations.map((a) => a.id);
      const existingById = await db.annotations.bulkGet(ids);
      const pageKeys = [...new Set(input.annotations.map((a) => a.pageKey))];
      const seenContent = new Set<string>();
      if (pageKeys.length) {
        await db.annotations.where('pageKey').anyOf(pageKeys).each((a) => seenContent.add(contentKey(a)));
      }
      const seenIds = new Set<string>();
      const toAdd: Annotation[] = [];
      let duplicateId = 0;
      let duplicateContent = 0;
      input.annotations.forEach((a, i) => {
        if (existingById[i] || seenIds.has(a.id)) {
          duplicateId++;
          return;
        }
        const key = contentKey(a);
        if (seenContent.has(key)) {
          duplicateContent++;
          return;
        }
        seenIds.add(a.id);
        toAdd.push(a);
      });
      const pageNotes = await mergePageNotes(input.pages);
      const pagesAdded = await ensurePages(input.pages);
      // Batches within the one transaction: all or nothing still, and each batch's completion is
      // a moment for the page to handle input and draw the progress.
      for (let i = 0; i < toAdd.length; i += WRITE_BATCH) {
        await db.annotations.bulkAdd(toAdd.slice(i, i + WRITE_BATCH));
        progress?.(Math.min(i + WRITE_BATCH, toAdd.length), toAdd.length);
      }
      if (input.settings) await db.settings.put(input.settings, 'settings');
      const { added: factChecksAdded, skipped: factChecksSkipped } = await importFactChecks(input.factReviews ?? [], input.factLinks ?? []);
      return {
        added: toAdd.length,
        skipped: duplicateId + duplicateContent + unsupported + refused.length,
        reasons: { duplicateId, duplicateContent, unsupported, refused: refused.length },
        refused,
        pagesAdded,
        settingsReplaced: !!input.settings,
        factChecksAdded,
        factChecksSkipped,
        ...(pageNotes ? { pageNotes } : {}),
      };
    });
  });
}

/** Inside importRecords' transaction: reviews not yet kept are added (with their links); known ones are left as they are. */
async function importFactChecks(reviews: readonly FactCheckReview[], links: readonly FactCheckLink[]): Promise<{ added: number; skipped: number }> {
  if (!reviews.length && !links.length) return { added: 0, skipped: 0 };
  const db = getDb();
  const [haveReviews, haveLinks] = await Promise.all([db.factReviews.bulkGet(reviews.map((r) => r.id)), db.factLinks.bulkGet(links.map((l) => l.id))]);
  const seen = new Set<string>();
  const newReviews = reviews.filter((r, i) => !haveReviews[i] && !seen.has(r.id) && !!seen.add(r.id));
  const seenLinks = new Set<string>();
  const newLinks = links.filter((l, i) => !haveLinks[i] && !seenLinks.has(l.id) && !!seenLinks.add(l.id));
  await db.factReviews.bulkAdd(newReviews);
  await db.factLinks.bulkAdd(newLinks);
  return { added: newReviews.length, skipped: reviews.length - newReviews.length };
}
