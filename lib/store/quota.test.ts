// A full disk: every write path reports StoreError 'quota' with a message the reader understands,
// and the store is exactly as it was before (no partial record, no half of a transaction).
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse } from 'dexie';
import type { Annotation } from '../model';
import {
  buildAnnotation,
  createAnnotation,
  deleteAnnotations,
  dumpStore,
  importRecords,
  putAnnotations,
  restoreAnnotations,
  saveSettings,
  setPageNote,
  touchPage,
  updateAnnotation,
  type ClaimlightDb,
  type StoreDump,
} from './index';
import { useFreshDb } from './test-support';

/**
 * Make the database refuse writes to the given tables the way a browser does when the origin is
 * over its quota (a QuotaExceededError DOMException). Must be called before the database opens.
 */
function fillDisk(db: ClaimlightDb): { refuse: (tables: readonly string[]) => void; free: () => void } {
  let full = new Set<string>();
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> =>
            full.has(name) ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req),
        };
      },
    }),
  });
  return { refuse: (tables) => (full = new Set(tables)), free: () => (full = new Set()) };
}

const pageKey = 'https://news.example/a';
const page = { pageKey, url: pageKey, title: 'A' };
const ALL = ['annotations', 'pages', 'settings'];
const bigNote = 'x'.repeat(50_000);

let disk: ReturnType<typeof fillDisk>;
let existing: Annotation;
let before: StoreDump;

beforeEach(async () => {
  const db = useFreshDb();
  disk = fillDisk(db);
  existing = await createAnnotation({ ...page, kind: 'quote', exact: 'we will', note: 'kept', tags: ['t'], speaker: 'Ann' });
  await saveSettings({ autoAnalyze: false });
  before = await dumpStore();
});

const fresh = (id: string, key = pageKey): Annotation => buildAnnotation({ pageKey: key, url: key, kind: 'claim', exact: id }, id, 42);

const writes: [string, readonly string[], () => Promise<unknown>][] = [
  ['create an annotation', ALL, () => createAnnotation({ ...page, kind: 'highlight', exact: 'new words', note: bigNote })],
  // The annotation is written first, then its new page: the page write failing must undo both.
  ['create an annotation on a new page (page write fails)', ['pages'], () =>
    createAnnotation({ pageKey: 'https://new.example/b', url: 'https://new.example/b', kind: 'claim', exact: 'z' })],
  ['update a note', ALL, () => updateAnnotation(existing.id, { note: bigNote, tags: ['more'] })],
  ['set the page note', ALL, () => setPageNote(pageKey, bigNote)],
  ['record a visit', ALL, () => touchPage({ pageKey: 'https://new.example/c', url: 'https://new.example/c', title: 'C', siteName: 'new.example' })],
  ['save settings', ALL, () => saveSettings({ disabledSites: ['a.example'] })],
  ['save many annotations', ALL, () => putAnnotations([fresh('p1'), fresh('p2')])],
  ['restore deleted annotations', ALL, () => restoreAnnotations([fresh('r1')])],
  ['delete annotations', ALL, () => deleteAnnotations([existing.id])],
  ['import records (pages fail after annotations)', ['annotations'], () =>
    importRecords({ annotations: [fresh('i1', 'https://new.example/d')], pages: [{ pageKey: 'https://new.example/d', url: 'https://new.example/d', title: 'D', siteName: 'new.example', note: '', firstSeen: 1, lastSeen: 1 }] })],
];

describe('storage quota exhausted', () => {
  it.each(writes)('%s: StoreError quota, clear message, store unchanged', async (_, tables, write) => {
    disk.refuse(tables);
    const error = await write().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'StoreError', code: 'quota' });
    expect((error as Error).message).toMatch(/^Browser storage is full: could not \w[^.]*\. Free some disk space/);
    expect(await dumpStore()).toEqual(before);

    // Once there is room again the same write goes through: the database was not left broken.
    disk.free();
    await write();
    expect(await dumpStore()).not.toEqual(before);
  });

  it('reads still work while writes are refused', async () => {
    disk.refuse(ALL);
    expect(await dumpStore()).toEqual(before);
  });
});
