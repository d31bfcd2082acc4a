import { vi } from 'vitest';
import type { Annotation } from '../model';
import { sampleAnnotation, samplePage } from '../export/test-samples';
import { createAnnotation, dumpStore, getSettings, importRecords, touchPage } from './index';
import { useFreshDb } from './test-support';

beforeEach(() => {
  useFreshDb();
});

describe('importRecords', () => {
  it('adds new records and pages, and skips duplicates by id and by content', async () => {
    const existing = await createAnnotation({ pageKey: 'https://news.example/a', url: 'https://news.example/a', kind: 'claim', exact: 'same words', note: 'n' });
    const sameId = sampleAnnotation({ id: existing.id, pageKey: 'https://x.example/', url: 'https://x.example/' });
    const sameContent = sampleAnnotation({ id: 'other', pageKey: existing.pageKey, url: existing.url, exact: 'same words', note: 'n' });
    const fresh = sampleAnnotation({ id: 'fresh' });
    const freshTwin = sampleAnnotation({ id: 'fresh-twin' }); // same content as `fresh`: both are new, both kept
    const summary = await importRecords({
      annotations: [sameId, sameContent, fresh, freshTwin],
      pages: [samplePage(), samplePage({ pageKey: existing.pageKey })],
      unsupported: 2,
    });
    expect(summary).toEqual({ added: 2, skipped: 4, reasons: { duplicateId: 1, duplicateContent: 1, unsupported: 2, refused: 0 }, refused: [], pagesAdded: 1, settingsReplaced: false, factChecksAdded: 0, factChecksSkipped: 0 });
    const dump = await dumpStore();
    expect(dump.annotations.map((a: Annotation) => a.id).sort()).toEqual([existing.id, 'fresh', 'fresh-twin'].sort());
    expect(dump.pages.map((p) => p.pageKey).sort()).toEqual([existing.pageKey, samplePage().pageKey].sort());
  });

  it('keeps existing pages as they are and applies settings from a backup', async () => {
    const page = await touchPage({ pageKey: samplePage().pageKey, url: 'u', title: 'Mine', siteName: 's' }, 7);
    const settings = { ...(await getSettings()), autoAnalyze: false };
    const summary = await importRecords({ annotations: [], pages: [samplePage({ title: 'Theirs' })], settings });
    expect(summary.pagesAdded).toBe(0);
    const dump = await dumpStore();
    expect(dump.pages).toEqual([page]);
    expect(dump.settings.autoAnalyze).toBe(false);
  });

  it('brings page notes to pages already here, without repeating one it has', async () => {
    await touchPage({ pageKey: samplePage().pageKey, url: 'u', title: 'Mine', siteName: 's' }, 7);
    const withNote = samplePage({ note: 'From the file', noteUpdatedAt: 9 });
    expect(await importRecords({ annotations: [], pages: [withNote] })).toMatchObject({ pagesAdded: 0, pageNotes: 1 });
    expect((await dumpStore()).pages[0]).toMatchObject({ title: 'Mine', note: 'From the file', noteUpdatedAt: 9 });
    // Again: nothing new.
    expect((await importRecords({ annotations: [], pages: [withNote] })).pageNotes).toBeUndefined();
    // Another note: kept after the reader's own.
    await importRecords({ annotations: [], pages: [samplePage({ note: 'Second' })] });
    expect((await dumpStore()).pages[0]?.note).toBe('From the file\n\nSecond');
  });

  it('writes nothing when any write fails (quota), and says why', async () => {
    const db = useFreshDb();
    await createAnnotation({ pageKey: 'https://news.example/a', url: 'https://news.example/a', kind: 'claim', exact: 'x' });
    const before = await dumpStore();
    const quota = Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db.annotations, 'bulkAdd').mockImplementation(() => Promise.reject(quota) as never);
    await expect(
      importRecords({ annotations: [sampleAnnotation({ id: 'n1' })], pages: [samplePage({ pageKey: 'https://new.example/' })] }),
    ).rejects.toMatchObject({ name: 'StoreError', code: 'quota' });
    spy.mockRestore();
    expect(await dumpStore()).toEqual(before);
  });
});
