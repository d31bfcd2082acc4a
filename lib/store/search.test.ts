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
  // More than twice the records the first read takes (it reads at most half the table), seven to a
  // time stamp so ties straddle its boundary; "minister" in every tenth, "rare" only in the three oldest.
  const COUNT = COLD_FIRST_READ * 2 + 600;
  const t = 1_700_000_000_000;
  const records = Array.from({ length: COUNT }, (_, i) =>
    buildAnnotation(
      { pageKey: 'https://a.example/', url: 'https://a.example/', kind: 'claim', exact: `${i % 10 === 0 ? 'the minister said' : 'someone said'}${i < 3 ? ' rare' : ''} ${i}` },
      `r-${String((i * 7919) % COUNT).padStart(5, '0')}`, // ids not in time order
      t + Math.floor(i / 7),
    ),
  );
  const newest = [...records].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
  const expected = (word: string) => newest.filter((a) => a.exact.includes(word)).map((a) => a.id);

  async function cold() {
    useFreshDb();
    await putAnnotations(records);
    return searchIndexOf(getDb());
  }

  it('answers a common word from the newest records, then loads the whole index behind it', async () => {
    const index = await cold();
    const first = await searchAnnotations({ text: 'minister' });
    expect(first.items.map((a) => a.id)).toEqual(expected('minister').slice(0, 50));
    expect(first.hasMore).toBe(true);
    expect(index.lastColdRead).toMatchObject({ reads: 1, whole: false });
    const page = await searchAnnotations({ text: 'minister', offset: 250, limit: 20 }); // past the first read
    expect(page.items.map((a) => a.id)).toEqual(expected('minister').slice(250, 270));
    expect(index.loaded).toBe(true);
  });

  it('reads the whole table for a word the newest records lack, and fills the index from that read', async () => {
    const index = await cold();
    const { items, hasMore } = await searchAnnotations({ text: 'rare' });
    expect(items.map((a) => a.id)).toEqual(expected('rare'));
    expect(hasMore).toBe(false);
    // The index is built from the same read, behind the answer: every record once, newest first, ties by id.
    expect((await index.newestFirst()).map((d) => d.id)).toEqual(newest.map((a) => a.id));
    expect(index.loaded).toBe(true);
    const page = await searchAnnotations({ text: 'said', offset: COLD_FIRST_READ - 10, limit: 20 });
    expect(page.items.map((a) => a.id)).toEqual(newest.slice(COLD_FIRST_READ - 10, COLD_FIRST_READ + 10).map((a) => a.id));
  });

  it('reads older records through the index while their hit rate says a page is near, across tied time stamps', async () => {
    // Ten first reads' worth, eleven to a time stamp; "middling" in every 30th record: not a page of
    // results in the newest 1,002 (34), which say one lies within about 1,500: the second read goes
    // half as far again (to the 2,255th newest record; a quarter of the table at most) and finds it.
    const many = Array.from({ length: COLD_FIRST_READ * 10 }, (_, i) =>
      buildAnnotation(
        { pageKey: 'https://b.example/', url: 'https://b.example/', kind: 'claim', exact: `${i % 30 === 0 ? 'a middling word' : 'plain'}${i < 2 ? ' oldest' : ''} ${i}` },
        `m-${String((i * 7919) % (COLD_FIRST_READ * 10)).padStart(5, '0')}`,
        t + Math.floor(i / 11),
      ),
    );
    const order = [...many].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
    const want = (word: string) => order.filter((a) => a.exact.includes(word)).map((a) => a.id);
    useFreshDb();
    await putAnnotations(many);
    const first = await searchAnnotations({ text: 'middling' });
    expect(first.items.map((a) => a.id)).toEqual(want('middling').slice(0, 50));
    expect(first.hasMore).toBe(true);
    const middling = searchIndexOf(getDb()).lastColdRead!;
    expect(middling).toMatchObject({ reads: 2, whole: false });
    expect(middling.byIndex).toBeGreaterThanOrEqual(2255); // ties at an edge come whole
    expect(middling.byIndex).toBeLessThan(2255 + 11);
    useFreshDb();
    await putAnnotations(many);
    const index = searchIndexOf(getDb());
    const oldest = await searchAnnotations({ text: 'oldest' }); // none in the newest 1,000: the whole table next
    expect(oldest.items.map((a) => a.id)).toEqual(want('oldest'));
    expect(index.lastColdRead).toMatchObject({ reads: 1, whole: true });
    expect(index.lastColdRead!.byIndex).toBeLessThan(COLD_FIRST_READ + 11);
    expect((await index.newestFirst()).map((d) => d.id)).toEqual(order.map((a) => a.id));
  });

  it('a word in no annotation, or in a few on both sides of the first read, is answered as a scan answers it, each record matched once', async () => {
    // Two and a half first reads' worth, nine to a time stamp, so ties straddle the first read's edge;
    // "scarce" in the newest two, in two records tied at the edge and in the oldest two; a note in
    // every fifth.
    const COUNT = Math.round(COLD_FIRST_READ * 2.5);
    const edgeStamp = Math.floor((COUNT - COLD_FIRST_READ) / 9); // the 1,000th newest record's time stamp
    const list = Array.from({ length: COUNT }, (_, i) => {
      const stamp = Math.floor(i / 9);
      const scarce = i >= COUNT - 2 || i < 2 || (stamp === edgeStamp && i % 9 < 2);
      return buildAnnotation(
        { pageKey: 'https://c.example/', url: 'https://c.example/', kind: 'claim', exact: `${scarce ? 'a scarce word' : 'plain'} ${i}`, note: i % 5 === 0 ? 'Noted' : '' },
        `s-${String((i * 7919) % COUNT).padStart(5, '0')}`,
        t + stamp,
      );
    });
    const scan = (words: string[]) =>
      [...list]
        .filter((a) => !a.dismissed && words.every((w) => haystackOf(a).includes(w)))
        .sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1))
        .map((a) => a.id);
    // A word in no annotation, a scarce one, two words together in fewer still; two common ones.
    const answeredByTheNewest = new Set(['plain', 'NOTED']);
    for (const text of ['zyxwvut', 'scarce', 'noted scarce', 'plain', 'NOTED']) {
      useFreshDb();
      await putAnnotations(list);
      const index = searchIndexOf(getDb());
      const words = queryWords(text);
      const matched = new Map<string, number>();
      const keep = (a: Annotation) => {
        matched.set(a.id, (matched.get(a.id) ?? 0) + 1);
        return words.every((w) => haystackOf(a).includes(w));
      };
      const found = await index.firstSearch(keep, 51);
      expect(found!.map((a) => a.id)).toEqual(scan(words).slice(0, Math.max(51, found!.length)));
      expect([...matched.values()].every((count) => count === 1)).toBe(true);
      const read = index.lastColdRead!;
      // The newest 1,000 (and the rest of their edge's time stamp) through the index first...
      expect(read.byIndex).toBeGreaterThanOrEqual(COLD_FIRST_READ);
      expect(read.byIndex).toBeLessThan(COLD_FIRST_READ + 9);
      expect(read.reads).toBe(1);
      if (answeredByTheNewest.has(text)) {
        // ...which answer a common word,
        expect(read.whole).toBe(false);
        expect(matched.size).toBe(read.byIndex);
      } else {
        // ...else the whole table next, every record matched once.
        expect(read.whole).toBe(true);
        expect(matched.size).toBe(COUNT);
      }
      // The index built from that read (or loaded behind the answer) agrees, and so do later pages.
      expect((await index.newestFirst()).length).toBe(COUNT);
      expect((await searchAnnotations({ text, limit: 5000 })).items.map((a) => a.id)).toEqual(scan(words));
    }
  });

  it('a page of results past the first read is found there too', async () => {
    await cold();
    const all = expected('minister');
    const { items, hasMore } = await searchAnnotations({ text: 'minister', offset: all.length - 5, limit: 50 });
    expect(items.map((a) => a.id)).toEqual(all.slice(-5));
    expect(hasMore).toBe(false);
  });
});
