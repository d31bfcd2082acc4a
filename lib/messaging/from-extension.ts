// Extension pages (popup, Library) → background. They read and write the store themselves; they
// only tell the background what changed so the tabs showing those pages repaint.
import { arrayOf, nullable, string } from '../schema/validate';

export const fromExtension = {
  /** Extension pages wrote to the store: tabs showing these pages repaint (null = all). */
  'store/changed': { pageKeys: nullable(arrayOf(string({ max: 8000 }), { max: 100_000 })) },
};
