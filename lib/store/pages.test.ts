import { getPage, listPages, setPageNote, touchPage } from './index';
import { useFreshDb } from './test-support';

beforeEach(() => {
  useFreshDb();
});

describe('pages', () => {
  const visit = { pageKey: 'https://news.example/a', url: 'https://news.example/a', title: 'Old title', siteName: 'news.example' };

  it('keeps firstSeen and the note, bumps lastSeen and refreshes the title on a visit', async () => {
    await touchPage(visit, 1000);
    await setPageNote(visit.pageKey, 'my page note');
    const p = await touchPage({ ...visit, title: 'New title' }, 5000);
    expect(p).toEqual({ ...visit, title: 'New title', note: 'my page note', firstSeen: 1000, lastSeen: 5000 });
    expect(await getPage(visit.pageKey)).toEqual(p);
  });

  it('refuses a note for an unknown page', async () => {
    await expect(setPageNote('https://nowhere.example/', 'x')).rejects.toMatchObject({ code: 'not-found' });
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
