import type { Annotation } from '../model';
import { buildAnnotation, listDisputed, listQuotesBySpeaker, listSites, listSpeakers, listTags, putAnnotations, searchAnnotations, touchPage } from './index';
import { foldText, haystackOf, queryWords } from './search-text';
import { useFreshDb } from './test-support';
import { COLD_FIRST_READ, searchIndexOf } from './search-index';
import { getDb } from './db';

let n = 0;
function ann(over: Partial<Annotation> & { pageKey?: string }): Annotation {
  n++;
  const pageKey = over.pageKey ?? 'https://news.example/a';
  const base = buildAnnotation({ pageKey, url: pageKey, kind: 'highlight', exact: `text ${n}` }, `id-${String(n).padStart(4, '0')}`, 1000 + n);
  return { ...base, ...over };
}

async function seed(list: Annotation[]) {
  await putAnnotations(list);
  for (const key of new Set(list.map((a) => a.pageKey))) {
    await touchPage({ pageKey: key, url: key, title: key, siteName: new URL(key).hostname }, 1);
  }
}

beforeEach(() => {
  useFreshDb();
});

describe('foldText / queryWords', () => {
  it('ignores case and diacritics', () => {
    expect(foldText('Élysée ZÜRICH Ñandú')).toBe('elysee zurich nandu');
    expect(queryWords('  Zürich  #Econ ')).toEqual(['zurich', '#econ']);
  });
});

describe('searchAnnotations', () => {
  it('needs every word, over text, note, speaker, disputer and tags, ignoring case and accents', async () => {
    const a = ann({ exact: 'The président spoke', note: 'Check later', kind: 'quote', speaker: 'Emmanuel Macron' });
    const b = ann({ exact: 'Prices rose', disputedBy: 'Central Bank', kind: 'disputed', tags: ['economy'] });
    const c = ann({ exact: 'Nothing here' });
    await seed([a, b, c]);
    const ids = async (text: string) => (await searchAnnotations({ text })).items.map((x) => x.id);
    expect(await ids('PRESIDENT macron')).toEqual([a.id]);
    expect(await ids('president bank')).toEqual([]);
    expect(await ids('central')).toEqual([b.id]);
    expect(await ids('#econ')).toEqual([b.id]);
    expect(await ids('check')).toEqual([a.id]);
    expect(await ids('')).toEqual([c.id, b.id, a.id]);
  });

  it('filters by kinds, site, page, dates, note, tag and source', async () => {
    const q = ann({ kind: 'quote', note: 'n', tags: ['t'], source: 'auto', updatedAt: 10 });
    const d = ann({ kind: 'disputed', pageKey: 'https://other.example/x', updatedAt: 20 });
    const h = ann({ kind: 'highlight', tags: ['t'], updatedAt: 30 });
    await seed([q, d, h]);
    const ids = async (query: Parameters<typeof searchAnnotations>[0]) => (await searchAnnotations(query)).items.map((x) => x.id);
    expect(await ids({ kinds: ['quote', 'disputed'] })).toEqual([d.id, q.id]);
    expect(await ids({ kinds: [] })).toEqual([]);
    expect(await ids({ site: 'other.example' })).toEqual([d.id]);
    expect(await ids({ site: 'unknown.example' })).toEqual([]);
    expect(await ids({ pageKey: 'https://news.example/a' })).toEqual([h.id, q.id]);
    expect(await ids({ since: 15, until: 25 })).toEqual([d.id]);
    expect(await ids({ since: 15, kinds: ['quote', 'highlight'] })).toEqual([h.id]);
    expect(await ids({ hasNote: true })).toEqual([q.id]);
    expect(await ids({ hasNote: false })).toEqual([h.id, d.id]);
    expect(await ids({ tag: 't' })).toEqual([h.id, q.id]);
    expect(await ids({ source: 'auto' })).toEqual([q.id]);
  });

  it('leaves dismissed findings out unless asked', async () => {
    const x = ann({ dismissed: true, source: 'auto' });
    await seed([x]);
    expect((await searchAnnotations({})).items).toEqual([]);
    expect((await searchAnnotations({ includeDismissed: true })).items.map((a) => a.id)).toEqual([x.id]);
  });

  it('pages newest first with limit/offset and says when there is more', async () => {
    const list = Array.from({ length: 7 }, (_, i) => ann({ updatedAt: 100 + i, tags: ['all'] }));
    await seed(list);
    const newest = list.map((a) => a.id).reverse();
    for (const query of [{}, { tag: 'all' }]) {
      const first = await searchAnnotations({ ...query, limit: 3 });
      expect(first.items.map((a) => a.id)).toEqual(newest.slice(0, 3));
      expect(first.hasMore).toBe(true);
      const last = await searchAnnotations({ ...query, limit: 3, offset: 6 });
      expect(last.items.map((a) => a.id)).toEqual(newest.slice(6));
      expect(last.hasMore).toBe(false);
    }
  });
});

describe('facets', () => {
  it('lists tags with counts, speakers, quotes by speaker, disputed and sites', async () => {
    const q1 = ann({ kind: 'quote', speaker: 'Ann Lee', tags: ['politics', 'econ'], updatedAt: 50 });
    const q2 = ann({ kind: 'quote', speaker: 'Ann Lee', pageKey: 'https://other.example/x', tags: ['econ'], updatedAt: 60 });
    const q3 = ann({ kind: 'quote', speaker: 'Bo Chan' });
    const hidden = ann({ kind: 'quote', speaker: 'Bo Chan', dismissed: true });
    const d = ann({ kind: 'disputed', claimant: 'Minister', disputedBy: 'Auditor' });
    await seed([q1, q2, q3, hidden, d]);
    expect(await listTags()).toEqual([
      { tag: 'econ', count: 2 },
      { tag: 'politics', count: 1 },
    ]);
    expect(await listSpeakers()).toEqual([
      { speaker: 'Ann Lee', quotes: 2, pages: 2, lastUpdated: 60 },
      { speaker: 'Bo Chan', quotes: 1, pages: 1, lastUpdated: q3.updatedAt },
    ]);
    expect((await listQuotesBySpeaker('Ann Lee')).map((a) => a.id)).toEqual([q2.id, q1.id]);
    expect(await listDisputed()).toEqual([d]);
    expect(await listSites()).toEqual([
      // The dismissed quote counts for nothing.
      { site: 'news.example', pages: 1, annotations: 3 },
      { site: 'other.example', pages: 1, annotations: 1 },
    ]);
  });
});

describe('search stays in step with writes', () => {
  it('sees creates, updates, deletes, restores, imports and clears made after the first search', async () => {
    const { createAnnotation, updateAnnotation, deleteAnnotations, restoreAnnotations, clearStore } = await import('./index');
    const page = { pageKey: 'https://news.example/a', url: 'https://news.example/a' };
    const ids = async (text: string) => (await searchAnnotations({ text })).items.map((a) => a.id);
    const a = await createAnnotation({ ...page, kind: 'claim', exact: 'inflation rose' });
    expect(await ids('inflation')).toEqual([a.id]);
    const b = await createAnnotation({ ...page, kind: 'claim', exact: 'inflation fell' });
    expect(await ids('inflation')).toEqual([b.id, a.id]);
    await updateAnnotation(a.id, { note: 'Zürich' });
    expect(await ids('zurich')).toEqual([a.id]);
    expect(await ids('inflation')).toEqual([a.id, b.id]);
    const deleted = await deleteAnnotations([a.id]);
    expect(await ids('inflation')).toEqual([b.id]);
    await restoreAnnotations(deleted);
    expect(await ids('zurich')).toEqual([a.id]);
    await putAnnotations([ann({ id: 'bulk', exact: 'inflation again', updatedAt: 1 })]);
    expect(await ids('again')).toEqual(['bulk']);
    await clearStore();
    expect(await ids('inflation')).toEqual([]);
  });
});

describe('the cold index', () => {
  it('comes out newest first, ties by id as the sort orders them, without sorting', async () => {
    useFreshDb();
    const t = 1_700_000_000_000;
    await putAnnotations([
      buildAnnotation({ pageKey: 'https://a.example/', url: 'https://a.example/', kind: 'claim', exact: 'minister one' }, 'b', t),
      buildAnnotation({ pageKey: 'https://a.example/', url: 'https://a.example/', kind: 'claim', exact: 'minister two' }, 'c', t),
      buildAnnotation({ pageKey: 'https://a.example/', url: 'https://a.example/', kind: 'claim', exact: 'minister three' }, 'a', t + 5),
    ]);
    const { items } = await searchAnnotations({ text: 'minister' });
    expect(items.map((a) => a.id)).toEqual(['a', 'c', 'b']);
  });
});

describe('the first search on a cold index', () => {
  // Seven records to a time stamp (ties ordered by id), ids not in time order; "minister" in every
  // tenth, "rare" only in the three oldest, a note in every fifth.
  const COUNT = 2600;
  const t = 1_700_000_000_000;
  const records = Array.from({ length: COUNT }, (_, i) =>
    buildAnnotation(
      {
        pageKey: 'https://a.example/', url: 'https://a.example/', kind: 'claim',
        exact: `${i % 10 === 0 ? 'the minister said' : 'someone said'}${i < 3 ? ' rare' : ''} ${i}`,
        note: i % 5 === 0 ? 'Noted' : '',
      },
      `r-${String((i * 7919) % COUNT).padStart(5, '0')}`,
      t + Math.floor(i / 7),
    ),
  );
  const newest = [...records].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
  const scan = (text: string) => {
    const words = queryWords(text);
    return newest.filter((a) => !a.dismissed && words.every((w) => haystackOf(a).includes(w))).map((a) => a.id);
  };

  async function cold() {
    useFreshDb();
    await putAnnotations(records);
    return searchIndexOf(getDb());
  }

  it('answers as a scan of the records does, for a common word, a rare one, none, and two together', async () => {
    for (const text of ['minister', 'rare', 'zyxwvut', 'noted MINISTER', 'said']) {
      const index = await cold();
      expect(index.loaded).toBe(false);
      const { items, hasMore } = await searchAnnotations({ text });
      expect(items.map((a) => a.id)).toEqual(scan(text).slice(0, 50));
      expect(hasMore).toBe(scan(text).length > 50);
      // The index is loaded from the digests by that search or behind it: every record once, newest first, ties by id.
      expect((await index.newestFirst()).map((d) => d.id)).toEqual(newest.map((a) => a.id));
      expect(index.loaded).toBe(true);
      const later = await searchAnnotations({ text, offset: 45, limit: 300 });
      expect(later.items.map((a) => a.id)).toEqual(scan(text).slice(45, 345));
    }
  });

  it('answers a word common among the newest records from them alone, and a rarer one from the digests', async () => {
    const index = await cold();
    const matcher = (text: string) => (d: { hay: string; dismissed: boolean }) => !d.dismissed && queryWords(text).every((w) => d.hay.includes(w));
    // 1,000 newest records (and the rest of the 1,000th's time stamp) hold 100 "minister": a page and more.
    const common = await index.newestMatches(matcher('minister'), 51);
    expect(common!.map((a) => a.id)).toEqual(scan('minister').slice(0, common!.length));
    expect(common!.length).toBeGreaterThanOrEqual(100);
    expect(await index.newestMatches(matcher('rare'), 51)).toBeNull();
    expect(await index.newestMatches(matcher('minister'), 101)).toBeNull();
    // A table under twice the first read loads its digests instead.
    useFreshDb();
    await putAnnotations(records.slice(0, COLD_FIRST_READ * 2 - 1));
    expect(await searchIndexOf(getDb()).newestMatches(matcher('said'), 51)).toBeNull();
  });

  it('follows writes made after it loaded, from the digests and from the records alike', async () => {
    const index = await cold();
    await searchAnnotations({ text: 'minister' });
    await getDb().annotations.update(newest[0]!.id, { note: 'freshly noted' });
    await getDb().annotations.bulkDelete(newest.slice(1, 4).map((a) => a.id));
    expect((await searchAnnotations({ text: 'freshly' })).items.map((a) => a.id)).toEqual([newest[0]!.id]);
    expect((await index.newestFirst()).length).toBe(COUNT - 3);
  });

  it('a page of results past the first read is found there too', async () => {
    await cold();
    const all = scan('minister');
    const { items, hasMore } = await searchAnnotations({ text: 'minister', offset: all.length - 5, limit: 50 });
    expect(items.map((a) => a.id)).toEqual(all.slice(-5));
    expect(hasMore).toBe(false);
  });
});
