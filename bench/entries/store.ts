// Store bench tools, run inside an extension page (its IndexedDB is the extension's): seed with
// importRecords, query with the store's functions, and the naive baselines (full-table scans, one
// transaction per record). Exposed as globalThis.__storeBench.
import { buildAnnotation, byPosition, clearStore, getDb, importRecords, listAnnotationsByPage, searchAnnotations } from '@/lib/store';
import { haystackOf, queryWords, recordMatcher } from '@/lib/store/search-text';
import { searchIndexOf } from '@/lib/store/search-index';
import { pageKeyFor, siteOf } from '@/lib/page-key';
import type { Annotation, Kind, PageRecord } from '@/lib/model';
import { prng } from '../lib/stats.mjs';
import { sentence } from '../gen/sentences.mjs';

const KINDS: Kind[] = ['quote', 'disputed', 'claim', 'highlight'];
const NOTES = ['', '', '', 'check the figure against the report', 'follow up with the ministry', 'source?'];

export interface Dataset {
  annotations: Annotation[];
  pages: PageRecord[];
}

/** `pages` pages on 50 sites with `perPage` annotations each; page 0 is `firstUrl`. */
function dataset(pages: number, perPage: number, firstUrl: string, seed: number, idPrefix = 'a'): Dataset {
  const rand = prng(seed);
  const t0 = Date.UTC(2025, 0, 1);
  const out: Dataset = { annotations: [], pages: [] };
  for (let p = 0; p < pages; p++) {
    const url = p === 0 ? firstUrl : `https://news${p % 50}.example/story/${seed}-${p}`;
    const pageKey = pageKeyFor(url);
    out.pages.push({ pageKey, url, title: `Story ${p}`, siteName: siteOf(url), note: '', firstSeen: t0 + p * 1000, lastSeen: t0 + p * 1000 });
    for (let i = 0; i < perPage; i++) {
      const words = sentence(rand).split(' ');
      const exact = words.slice(0, 4 + Math.floor(rand() * 8)).join(' ');
      const start = i * 400 + Math.floor(rand() * 300);
      const a = buildAnnotation(
        {
          pageKey, url, kind: KINDS[Math.floor(rand() * 4)]!, exact, title: `Story ${p}`,
          selectors: [
            { type: 'TextQuoteSelector', exact, prefix: 'earlier words of the article before it', suffix: 'later words of the article after it' },
            { type: 'TextPositionSelector', start, end: start + exact.length },
          ],
          note: NOTES[Math.floor(rand() * NOTES.length)]!,
          tags: rand() < 0.1 ? ['follow-up'] : [],
        },
        `${idPrefix}-${p}-${i}`,
        t0 + (p * perPage + i) * 1000,
      );
      out.annotations.push(a);
    }
  }
  return out;
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

async function seed(pages: number, perPage: number, firstUrl: string) {
  await clearStore();
  const data = dataset(pages, perPage, firstUrl, 1);
  const { ms, value } = await time(() => importRecords(data));
  return { ms, added: value.added, pageKeys: data.pages.map((p) => p.pageKey) };
}

/** The same records imported one transaction each (then removed again). */
async function importOneByOne(count: number) {
  const data = dataset(Math.ceil(count / 10), 10, 'https://other.example/x', 2, 'b');
  const pages = new Map(data.pages.map((p) => [p.pageKey, p]));
  const list = data.annotations.slice(0, count);
  const { ms } = await time(async () => {
    for (const a of list) await importRecords({ annotations: [a], pages: [pages.get(a.pageKey)!] });
  });
  const db = getDb();
  await db.annotations.bulkDelete(list.map((a) => a.id));
  await db.pages.bulkDelete([...pages.keys()]);
  return { ms, count };
}

async function byPage(keys: string[]) {
  const times: number[] = [];
  let found = 0;
  for (const k of keys) {
    const { ms, value } = await time(() => listAnnotationsByPage(k));
    times.push(ms);
    found += value.length;
  }
  return { times, found };
}

async function scanByPage(keys: string[]) {
  const times: number[] = [];
  let found = 0;
  for (const k of keys) {
    const { ms, value } = await time(async () => (await getDb().annotations.toArray()).filter((a) => a.pageKey === k).sort(byPosition));
    times.push(ms);
    found += value.length;
  }
  return { times, found };
}

async function search(text: string, reps: number) {
  const times: number[] = [];
  let items = 0;
  // How the first search read the table (when the index was cold).
  let coldRead: unknown = null;
  for (let i = 0; i < reps; i++) {
    const { ms, value } = await time(() => searchAnnotations({ text }));
    times.push(ms);
    items = value.items.length;
    if (i === 0) coldRead = { ...searchIndexOf(getDb()).lastColdRead };
  }
  return { times, items, coldRead };
}

async function scanSearch(text: string, reps: number) {
  const words = queryWords(text);
  const times: number[] = [];
  let items = 0;
  for (let i = 0; i < reps; i++) {
    const { ms, value } = await time(async () => {
      const all = await getDb().annotations.toArray();
      return all
        .filter((a) => !a.dismissed && words.every((w) => haystackOf(a).includes(w)))
        .sort((a, b) => b.updatedAt - a.updatedAt)
        .slice(0, 50);
    });
    times.push(ms);
    items = value.length;
  }
  return { times, items };
}

/**
 * What a cold first search spends its time on, piece by piece (bench/probes/cold-search.mjs): the
 * newest 1,000 records by a reverse cursor and by a key skip plus one getAll, the whole table,
 * folding every record's text (as the scan matches) and matching without folding (as the cold search does).
 */
async function coldPieces(text: string) {
  const words = queryWords(text);
  const db = getDb();
  const t = db.annotations;
  const out: Record<string, number> = {};
  const step = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    const { ms, value } = await time(async () => fn());
    out[name] = Math.round(ms);
    return value;
  };
  await step('newest 1000 (reverse cursor)', () => t.orderBy('updatedAt').reverse().limit(1000).toArray());
  const from = await step('1000th newest key (key cursor skip)', () => t.orderBy('updatedAt').reverse().offset(999).limit(1).keys());
  await step('newest 1000 (getAll from that key)', () => t.where('updatedAt').aboveOrEqual(from[0] as number).toArray());
  const all = await step('whole table (getAll)', () => t.toArray());
  await step('whole table in a transaction', () => db.transaction('r', t, () => t.toArray()));
  await step('whole table by the updatedAt index (getAll)', () => db.transaction('r', t, () => t.orderBy('updatedAt').toArray()));
  const keys = (await step('primary keys (getAllKeys)', () => t.toCollection().primaryKeys())) as string[];
  const PAGES = 10;
  const bounds = Array.from({ length: PAGES - 1 }, (_, i) => keys[Math.floor(((i + 1) * keys.length) / PAGES)]!);
  const pageOf = (i: number) => (i === 0 ? t.where(':id').below(bounds[0]!) : i === PAGES - 1 ? t.where(':id').aboveOrEqual(bounds[i - 1]!) : t.where(':id').between(bounds[i - 1]!, bounds[i]!, true, false));
  await step(`whole table in ${PAGES} primary-key pages, one after another`, () =>
    db.transaction('r', t, async () => {
      let n = 0;
      for (let i = 0; i < PAGES; i++) n += (await pageOf(i).toArray()).length;
      return n;
    }),
  );
  await step(`whole table in ${PAGES} primary-key pages, asked at once`, () =>
    db.transaction('r', t, async () => (await Promise.all(Array.from({ length: PAGES }, (_, i) => pageOf(i).toArray()))).reduce((n, l) => n + l.length, 0)),
  );
  await step('fold every record (haystackOf)', () => all.filter((a) => words.every((w) => haystackOf(a).includes(w))).length);
  await step('fold again (warm)', () => all.filter((a) => words.every((w) => haystackOf(a).includes(w))).length);
  // As the cold search matches: each field as it is where folding cannot change it beyond ASCII case.
  const has = recordMatcher(words);
  await step('match every record (recordMatcher)', () => all.filter(has).length);
  await step('match again (warm)', () => all.filter(has).length);
  return out;
}

(globalThis as unknown as { __storeBench: unknown }).__storeBench = { seed, importOneByOne, byPage, scanByPage, search, scanSearch, coldPieces, clear: clearStore };
