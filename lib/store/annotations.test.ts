import type { Annotation } from '../model';
import {
  countByKind,
  createAnnotation,
  deleteAnnotations,
  getAnnotation,
  getPage,
  listAnnotationsByPage,
  listDismissed,
  restoreAnnotations,
  StoreError,
  updateAnnotation,
  putNote,
} from './index';
import { useFreshDb } from './test-support';

const page = { pageKey: 'https://news.example/a', url: 'https://news.example/a?utm_source=x', title: 'A story' };
const at = (start: number) => [{ type: 'TextPositionSelector' as const, start, end: start + 5 }];

beforeEach(() => {
  useFreshDb();
});

describe('annotations', () => {
  it('creates a record with an id, timestamps and defaults, and its page', async () => {
    const a = await createAnnotation({ ...page, kind: 'highlight', exact: 'words', tags: [' #econ', 'econ', ''] });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).toMatchObject({ source: 'user', note: '', tags: ['econ'], color: null, speaker: null, dismissed: false });
    expect(a.createdAt).toBe(a.updatedAt);
    expect(await getAnnotation(a.id)).toEqual(a);
    expect(await getPage(page.pageKey)).toMatchObject({ siteName: 'news.example', title: 'A story', note: '' });
  });

  it('rejects an unknown kind with a StoreError', async () => {
    const bad = { ...page, kind: 'rumour', exact: 'x' } as unknown as Parameters<typeof createAnnotation>[0];
    await expect(createAnnotation(bad)).rejects.toMatchObject({ name: 'StoreError', code: 'invalid' });
  });

  it('reports a duplicate id as a conflict', async () => {
    const a = await createAnnotation({ ...page, kind: 'claim', exact: 'x' });
    const err = await createAnnotation({ ...page, id: a.id, kind: 'claim', exact: 'y' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('conflict');
  });

  it('updates only the allowed fields and bumps updatedAt', async () => {
    const a = await createAnnotation({ ...page, kind: 'highlight', exact: 'x' });
    const patch = { note: 'mine', kind: 'claim', pageKey: 'elsewhere' } as Parameters<typeof updateAnnotation>[1];
    const b = await updateAnnotation(a.id, patch);
    expect(b).toMatchObject({ note: 'mine', kind: 'claim', pageKey: page.pageKey, createdAt: a.createdAt });
    expect(b.updatedAt).toBeGreaterThan(a.updatedAt);
    await expect(updateAnnotation(a.id, { kind: 'nope' as never })).rejects.toMatchObject({ code: 'invalid' });
    await expect(updateAnnotation('missing', { note: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('deletes many, returns them, and restores them exactly', async () => {
    const a = await createAnnotation({ ...page, kind: 'quote', exact: 'x', speaker: 'Ann' });
    const b = await createAnnotation({ ...page, kind: 'claim', exact: 'y' });
    const deleted = await deleteAnnotations([a.id, b.id, 'missing']);
    expect(deleted.map((d) => d.id).sort()).toEqual([a.id, b.id].sort());
    expect(await listAnnotationsByPage(page.pageKey)).toEqual([]);
    await restoreAnnotations(deleted);
    expect(await getAnnotation(a.id)).toEqual(a);
    expect(await getAnnotation(b.id)).toEqual(b);
  });

  it('lists a page in reading order, its dismissed auto-findings, and counts by kind', async () => {
    const late = await createAnnotation({ ...page, kind: 'claim', exact: 'late', selectors: at(500) });
    const early = await createAnnotation({ ...page, kind: 'quote', exact: 'early', selectors: at(10) });
    const unplaced = await createAnnotation({ ...page, kind: 'highlight', exact: 'none' });
    const gone = await createAnnotation({ ...page, kind: 'claim', source: 'auto', exact: 'wrong', selectors: at(50), dismissed: true });
    await createAnnotation({ pageKey: 'https://other.example/b', url: 'https://other.example/b', kind: 'claim', exact: 'z' });
    const list: Annotation[] = await listAnnotationsByPage(page.pageKey);
    expect(list.map((a) => a.id)).toEqual([early.id, gone.id, late.id, unplaced.id]);
    expect((await listDismissed(page.pageKey)).map((a) => a.id)).toEqual([gone.id]);
    expect(await countByKind(page.pageKey)).toEqual({ quote: 1, disputed: 0, claim: 1, highlight: 1 });
  });

  it('putNote writes a note onto a held record without reading it first, newest value last', async () => {
    const a = await createAnnotation({ ...page, kind: 'highlight', exact: 'words', tags: ['x'] });
    const typed = 'Every key';
    const writes = [...typed].map((_, i) => putNote(a, typed.slice(0, i + 1)));
    const results = await Promise.all(writes);
    const stored = await getAnnotation(a.id);
    expect(stored).toEqual({ ...a, note: typed, updatedAt: stored!.updatedAt });
    expect(stored!.updatedAt).toBeGreaterThan(a.updatedAt);
    expect(results.at(-1)).toEqual(stored);
  });
});
