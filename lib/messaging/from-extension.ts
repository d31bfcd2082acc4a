// Extension pages (popup, Library) → background. They read and write the store themselves; they
// only tell the background what changed so the tabs showing those pages repaint.
import { arrayOf, integer, nullable, string } from '../schema/validate';

export const fromExtension = {
  /** Extension pages wrote to the store: tabs showing these pages repaint (null = all). */
  'store/changed': { pageKeys: nullable(arrayOf(string({ max: 8000 }), { max: 100_000 })) },
  /** The popup: the last delete made on this tab's page, which it can still undo (entrypoints/background/recent-deletes.ts). */
  'undo/last': { tabId: integer({ min: 0 }) },
};
