import type { Annotation } from '../model';
import {
  buildAnnotation,
  createAnnotation,
  deleteAnnotations,
  listSites,
  listSpeakers,
  listTags,
  putAnnotations,
  searchAnnotations,
  setPageNote,
  getPage,
  updateAnnotation,
  watch,
} from './index';
import { useFreshDb } from './test-support';

const PAGE = { pageKey: 'https://news.example/a', url: 'https://news.example/a' };

/** Watch a query; `next(check)` resolves with the first value (now or later) for which check holds. */
function follow<T>(query: () => Promise<T>, name = 'query') {
  const values: T[] = [];
  let waiter: { check: (v: T) => boolean; done: (v: T) => void } | null = null;
  const stop = watch(query, (v) => {
    values.push(v);
    if (waiter?.check(v)) {
      waiter.done(v);
      waiter = null;
    }
  });
  const next = (check: (v: T) => boolean, ms = 2000) =>
    new Promise<T>((resolve, reject) => {
      const last = values.at(-1);
      if (last !== undefined && check(last)) return resolve(last);
      const timer = setTimeout(() => reject(new Error(`${name}: no matching value; last: ${JSON.stringify(values.at(-1))}`)), ms);
      waiter = { check, done: (v) => (clearTimeout(timer), resolve(v)) };
    });
  return { next, stop, values };
}

beforeEach(() => {
  useFreshDb();
});

describe('live queries over the in-memory search index', () => {
  it('a watched search follows every create, change and delete, not only the first', async () => {
    const ids = (r: { items: Annotation[] }) => r.items.map((a) => a.id).join(',');
    const live = follow(() => searchAnnotations({}));
    await live.next((r) => r.items.length === 0);
    const a = await createAnnotation({ ...PAGE, id: 'a', kind: 'claim', exact: 'one' });
    await live.next((r) => ids(r) === 'a');
    await createAnnotation({ ...PAGE, id: 'b', kind: 'claim', exact: 'two' });
    await live.next((r) => ids(r) === 'b,a');
    await updateAnnotation(a.id, { note: 'changed' });
    const changed = await live.next((r) => ids(r) === 'a,b');
    expect(changed.items[0]!.note).toBe('changed');
    await createAnnotation({ ...PAGE, id: 'c', kind: 'claim', exact: 'three' });
    await live.next((r) => ids(r) === 'c,a,b');
    await deleteAnnotations(['b']);
    await live.next((r) => ids(r) === 'c,a');
    live.stop();
  });

  it('a watched text search sees a note typed elsewhere match it', async () => {
    await createAnnotation({ ...PAGE, id: 'x', kind: 'claim', exact: 'prices' });
    const live = follow(() => searchAnnotations({ text: 'harbour' }));
    await live.next((r) => r.items.length === 0);
    await updateAnnotation('x', { note: 'the harbour' });
    await live.next((r) => r.items.length === 1);
    await updateAnnotation('x', { note: 'the bridge' });
    await live.next((r) => r.items.length === 0);
    live.stop();
  });

  it('watched tags, speakers and sites follow writes', async () => {
    const tags = follow(listTags, 'tags');
    const speakers = follow(listSpeakers, 'speakers');
    const sites = follow(listSites, 'sites');
    await tags.next((t) => t.length === 0);
    await createAnnotation({ ...PAGE, id: 'q', kind: 'quote', exact: 'we will', speaker: 'Ann Lee' });
    await speakers.next((s) => s.length === 1 && s[0]!.speaker === 'Ann Lee');
    await sites.next((s) => s.length === 1 && s[0]!.annotations === 1);
    await updateAnnotation('q', { tags: ['econ'] });
    await tags.next((t) => t.length === 1 && t[0]!.tag === 'econ');
    await updateAnnotation('q', { tags: ['econ', 'war'] });
    await tags.next((t) => t.length === 2);
    for (const f of [tags, speakers, sites]) f.stop();
  });

  it('a watched page note follows a note saved on a page that had no record', async () => {
    const live = follow(() => getPage(PAGE.pageKey));
    await live.next((p) => p === undefined);
    await setPageNote(PAGE.pageKey, 'hello', { url: PAGE.url, title: 'A', siteName: 'news.example' });
    await live.next((p) => p?.note === 'hello');
    live.stop();
  });
});

describe('the first unfiltered page before the index is loaded', () => {
  it('comes from the updatedAt index in the same order and paging as the digest search', async () => {
    const list = Array.from({ length: 9 }, (_, i) =>
      buildAnnotation({ ...PAGE, kind: 'claim', exact: `t${i}`, dismissed: i === 4, source: 'auto' }, `id-${i}`, 100 + (i % 3)),
    );
    await putAnnotations(list);
    // Fresh database: the index is not loaded, so these come from the updatedAt index.
    const fromIndex = [await searchAnnotations({ limit: 3 }), await searchAnnotations({ limit: 3, offset: 3 }), await searchAnnotations({ limit: 3, offset: 6 })];
    // A filter that keeps everything forces the digest path.
    const fromDigest = [
      await searchAnnotations({ limit: 3, source: 'auto' }),
      await searchAnnotations({ limit: 3, offset: 3, source: 'auto' }),
      await searchAnnotations({ limit: 3, offset: 6, source: 'auto' }),
    ];
    const flat = (rs: typeof fromIndex) => rs.map((r) => [r.items.map((a) => a.id), r.hasMore]);
    expect(flat(fromIndex)).toEqual(flat(fromDigest));
    expect(fromIndex.flatMap((r) => r.items.map((a) => a.id))).toEqual(['id-8', 'id-5', 'id-2', 'id-7', 'id-1', 'id-6', 'id-3', 'id-0']);
  });
});

describe('notes written one transaction per keystroke', () => {
  it('started without waiting, the last value typed is the one stored', async () => {
    await createAnnotation({ ...PAGE, id: 'n', kind: 'highlight', exact: 'words' });
    const typed = 'Every key counts';
    const writes = [...typed].map((_, i) => updateAnnotation('n', { note: typed.slice(0, i + 1) }));
    await Promise.all(writes);
    const live = follow(() => searchAnnotations({ text: 'counts' }));
    const r = await live.next((x) => x.items.length === 1);
    expect(r.items[0]!.note).toBe(typed);
    live.stop();
  });
});
