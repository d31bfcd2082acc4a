// The digests table (what search reads) must hold exactly one row per annotation, equal to what
// rowOf makes of it, after every way the store writes annotations, and never a row for a write that
// did not land.
import type { Annotation } from '../model';
import { buildAnnotation, clearStore, createAnnotation, deleteAnnotations, importRecords, putAnnotations, putNote, restoreAnnotations, updateAnnotation } from './index';
import { getDb, type ClaimlightDb } from './db';
import { digestOfRow, rowOf } from './digest';
import { useFreshDb } from './test-support';

const page = 'https://news.example/a';
const make = (id: string, exact: string, over: Partial<Annotation> = {}): Annotation => ({
  ...buildAnnotation({ pageKey: page, url: page, kind: 'quote', exact }, id, 1_700_000_000_000 + id.length),
  ...over,
});

/** The digests table against the annotations, id by id. */
async function expectInStep(db: ClaimlightDb = getDb()) {
  const annotations = (await db.annotations.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
  const ids = (await db.digests.toCollection().primaryKeys()).sort();
  expect(ids).toEqual(annotations.map((a) => a.id));
  expect(await db.digests.bulkGet(ids)).toEqual(annotations.map(rowOf));
  return annotations;
}

let db: ClaimlightDb;
beforeEach(() => {
  db = useFreshDb();
});

describe('a digest', () => {
  it("keeps what search looks at: the filters' fields, and the folded text, note, speaker, disputer and tags", () => {
    const a = make('x', 'The Président said', { note: ' Check ', tags: ['eu', 'follow-up'], speaker: 'Ann Lee', disputedBy: 'the union', dismissed: true, source: 'auto' });
    expect(digestOfRow(rowOf(a))).toEqual({
      id: 'x', pageKey: page, kind: 'quote', source: 'auto', dismissed: true, hasNote: true, tags: ['eu', 'follow-up'], speaker: 'Ann Lee', updatedAt: a.updatedAt,
      hay: 'the president said\n check \nann lee\nthe union\n#eu #follow-up',
    });
    expect(digestOfRow(rowOf({ ...a, note: '  ', dismissed: false, speaker: null }))).toMatchObject({ hasNote: false, dismissed: false, speaker: null });
  });
});

describe('the digests table', () => {
  it('follows creating, editing, noting, bulk writes, deleting and restoring annotations', async () => {
    const a = await createAnnotation({ pageKey: page, url: page, kind: 'highlight', exact: 'first words' });
    await expectInStep();
    await updateAnnotation(a.id, { tags: ['Economy'], speaker: 'Jo Banks' });
    await expectInStep();
    const noted = await putNote((await db.annotations.get(a.id))!, 'a note');
    expect(await db.digests.get(a.id)).toEqual(rowOf(noted));
    await putAnnotations([make('b', 'second'), make('c', 'third'), make('d', 'fourth')]);
    await expectInStep();
    const removed = await deleteAnnotations(['b', 'c']);
    expect(await expectInStep()).toHaveLength(2);
    await restoreAnnotations(removed);
    expect(await expectInStep()).toHaveLength(4);
  });

  it("follows Dexie's own writes: update, modify, collection and bulk deletes, clear", async () => {
    await putAnnotations([make('a', 'one'), make('b', 'two'), make('c', 'three', { pageKey: 'https://other.example/' })]);
    await db.annotations.update('a', { note: 'changed by update' });
    await db.annotations.where('pageKey').equals(page).modify((x) => void (x.tags = ['modified']));
    await db.annotations.toCollection().modify({ kind: 'claim' });
    expect((await expectInStep()).map((x) => [x.note, x.tags, x.kind])).toEqual([
      ['changed by update', ['modified'], 'claim'],
      ['', ['modified'], 'claim'],
      ['', [], 'claim'],
    ]);
    await db.annotations.where('pageKey').equals('https://other.example/').delete();
    expect(await expectInStep()).toHaveLength(2);
    await db.annotations.where(':id').between('a', 'az').delete();
    expect(await expectInStep()).toHaveLength(1);
    await db.annotations.bulkDelete(['b']);
    expect(await expectInStep()).toHaveLength(0);
    await putAnnotations([make('e', 'five')]);
    await clearStore();
    expect(await expectInStep()).toHaveLength(0);
    expect(await db.digests.count()).toBe(0);
  });

  it('follows an import, whatever it adds or skips', async () => {
    await putAnnotations([make('a', 'kept as it was')]);
    const summary = await importRecords({ annotations: [make('a', 'the same id, other words'), make('n1', 'new one'), make('n2', 'new two')], pages: [] });
    expect(summary.added).toBe(2);
    const list = await expectInStep();
    expect(list.find((x) => x.id === 'a')?.exact).toBe('kept as it was');
  });

  it('gets no row for a write that failed or a transaction that did not commit', async () => {
    await putAnnotations([make('a', 'stored words')]);
    // A duplicate id: the add fails for the digest as it does for the annotation.
    await expect(db.annotations.add(make('a', 'other words'))).rejects.toThrow();
    // In a bulk add, the others land, each with its row.
    await expect(db.annotations.bulkAdd([make('a', 'again other'), make('z', 'new')])).rejects.toThrow();
    expect((await expectInStep()).map((x) => x.exact)).toEqual(['stored words', 'new']);
    // A transaction that fails after writing leaves neither the annotation nor its row.
    await expect(
      db.transaction('rw', db.annotations, async () => {
        await db.annotations.put(make('t', 'written then rolled back'));
        await db.annotations.update('a', { note: 'rolled back too' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await expectInStep()).map((x) => [x.id, x.note])).toEqual([
      ['a', ''],
      ['z', ''],
    ]);
  });
});
