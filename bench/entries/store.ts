// Store bench tools, run inside an extension page (its IndexedDB is the extension's): seed with
// importRecords, query with the store's functions, and the naive baselines (full-table scans, one
// transaction per record). Exposed as globalThis.__storeBench.
import { buildAnnotation, byPosition, clearStore, getDb, importRecords, listAnnotationsByPage, searchAnnotations } from '@/lib/store';
import { haystackOf, queryWords } from '@/lib/store/search-text';
import { digestOfRow } from '@/lib/store/digest';
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
  for (let i = 0; i < reps; i++) {
    const { ms, value } = await time(() => searchAnnotations({ text }));
    times.push(ms);
    items = value.items.length;
  }
  return { times, items };
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
 * digests table read as the index loads it (rows in key order, then sorted), against the whole annotations table a scan reads, and matching each.
 */
async function coldPieces(text: string) {
  const words = queryWords(text);
  const db = getDb();
  const out: Record<string, number> = {};
  const step = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    const { ms, value } = await time(async () => fn());
    out[name] = Math.round(ms);
    return value;
  };
  const rows = await step('digest rows (getAll, as the index loads)', () => db.transaction('r', db.digests, () => db.digests.toArray()));
  const digests = await step('rows to digests', () => rows.map(digestOfRow));
  await step('sort the digests newest first', () => digests.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).length);
  await step('match every digest', () => digests.filter((d) => words.every((w) => d.hay.includes(w))).length);
  const all = await step('annotations (getAll, as the scan reads)', () => db.annotations.toArray());
  await step('fold and match every annotation (haystackOf)', () => all.filter((a) => words.every((w) => haystackOf(a).includes(w))).length);
  return out;
}

(globalThis as unknown as { __storeBench: unknown }).__storeBench = { seed, importOneByOne, byPage, scanByPage, search, scanSearch, coldPieces, clear: clearStore };
