import { getPage, listPages, setPageNote, touchPage } from './index';
import { useFreshDb } from './test-support';

beforeEach(() => {
  useFreshDb();
});

describe('pages', () => {
  const visit = { pageKey: 'https://news.example/a', url: 'https://news.example/a', title: 'Old title', siteName: 'news.example' };

  it('keeps firstSeen and the note, bumps lastSeen and refreshes the title on a visit', async () => {
    await touchPage(visit, 1000);
    await setPageNote(visit.pageKey, 'my page note', undefined, 2000);
    const p = await touchPage({ ...visit, title: 'New title' }, 5000);
    expect(p).toEqual({ ...visit, title: 'New title', note: 'my page note', firstSeen: 1000, lastSeen: 5000, noteUpdatedAt: 2000 });
    expect(await getPage(visit.pageKey)).toEqual(p);
  });

  it('creates the page record with its first note (upsert), keeping it on later visits', async () => {
    const created = await setPageNote(visit.pageKey, 'first thoughts', { url: visit.url, title: 'T', siteName: 'news.example' }, 700);
    expect(created).toEqual({ ...visit, title: 'T', note: 'first thoughts', firstSeen: 700, lastSeen: 700, noteUpdatedAt: 700 });
    expect(await getPage(visit.pageKey)).toEqual(created);
    const later = await touchPage(visit, 900);
    expect(later).toMatchObject({ note: 'first thoughts', firstSeen: 700, lastSeen: 900 });
  });

  it('creates a page from its key alone when no visit is given', async () => {
    const p = await setPageNote('https://www.other.example/story', 'x', undefined, 5);
    expect(p).toEqual({ pageKey: 'https://www.other.example/story', url: 'https://www.other.example/story', title: '', siteName: 'other.example', note: 'x', firstSeen: 5, lastSeen: 5, noteUpdatedAt: 5 });
    await expect(setPageNote('', 'x')).rejects.toMatchObject({ code: 'invalid' });
  });

  it('forgets a page whose note is cleared when nothing else of it is kept', async () => {
    await setPageNote(visit.pageKey, 'a thought', visit, 10);
    await setPageNote(visit.pageKey, '', visit, 20);
    expect(await getPage(visit.pageKey)).toBeUndefined();
  });

  it('keeps a page whose note is cleared while it still has annotations', async () => {
    const { createAnnotation } = await import('./index');
    await createAnnotation({ pageKey: visit.pageKey, url: visit.url, kind: 'highlight', exact: 'words' });
    await setPageNote(visit.pageKey, 'a thought', visit, 10);
    await setPageNote(visit.pageKey, '', visit, 20);
    const p = await getPage(visit.pageKey);
    expect(p?.note).toBe('');
    expect(p?.noteUpdatedAt).toBeUndefined();
  });

  it('lists pages most recent first, by site, paged', async () => {
    await touchPage(visit, 1);
    await touchPage({ ...visit, pageKey: 'https://news.example/b' }, 3);
    await touchPage({ ...visit, pageKey: 'https://other.example/c', siteName: 'other.example' }, 2);
    expect((await listPages()).map((p) => p.lastSeen)).toEqual([3, 2, 1]);
    expect((await listPages({ limit: 1, offset: 1 })).map((p) => p.lastSeen)).toEqual([2]);
    expect((await listPages({ site: 'news.example' })).map((p) => p.lastSeen)).toEqual([3, 1]);
  });
});
