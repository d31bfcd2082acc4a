// Data written by version 1 of the schema must read back, whole, through the current database —
// and through any later version. The version-1 schema is frozen here as a literal on purpose: if
// db.ts ever changes, these tests still write data the way released version 1 did. Version 2
// (reading memory, dated page notes) is frozen here too, and checked from version-1 data.
import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { DEFAULT_SETTINGS, type Annotation, type PageRecord, type Reading, type Settings } from '../model';
import { ClaimlightDb, useDb } from './db';
import { rowOf } from './digest';
import { dumpStore } from './dump';
import { getSettings } from './settings';
import { listAnnotationsByPage } from './annotations';
import { listPages } from './pages';
import { searchAnnotations, searchPageNotes } from './search';
import { clearReadings, rememberFindings } from './readings';
import { listSpeakers } from './facets';
import './test-support';

/** Copied from db.ts when version 1 was released. Never edit. */
const FROZEN_V1_SCHEMA = {
  annotations: 'id, pageKey, kind, createdAt, updatedAt, *tags, speaker, disputedBy, [pageKey+updatedAt]',
  pages: 'pageKey, lastSeen, siteName',
  settings: '',
};

/** Copied from db.ts when version 2 was written. Never edit. */
const FROZEN_V2_SCHEMA = {
  readings: 'id, pageKey, kind, speaker, disputedBy, seenAt',
};

/** Copied from db.ts when version 3 was written. Never edit. */
const FROZEN_V3_SCHEMA = {
  factReviews: 'id, origin, lastSeen, seenOnPage',
  factLinks: 'id, reviewId, pageKey, [reviewId+textKey], lastSeen',
};

const deps = { indexedDB, IDBKeyRange };

/** Every field filled, with values that are easy to lose (unicode, empty-looking, both selector types). */
function v1Annotations(): Annotation[] {
  const base: Annotation = {
    id: '0b7f6c1e-2a4d-4e8b-9c3f-1d2e3f4a5b6c',
    pageKey: 'https://news.example/world/ceasefire',
    url: 'https://news.example/world/ceasefire?utm_source=feed#top',
    title: 'Ceasefire talks resume — “cautious hope”',
    kind: 'disputed',
    source: 'auto',
    exact: 'the convoy carried “only food” 🚚',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'the convoy carried “only food” 🚚', prefix: 'Officials said on Monday that ', suffix: ', a claim the monitors dispute.' },
      { type: 'TextPositionSelector', start: 1204, end: 1236 },
    ],
    note: 'Line one\nLine two with émoji 👀 and <b>not html</b>',
    tags: ['convoy', 'fact-check', 'ünïcode'],
    color: '#ff00aa',
    speaker: 'Amira al-Ansari',
    disputedBy: 'UN monitors',
    claimant: 'The defence ministry',
    reason: 'disputed by UN monitors: "a claim the monitors dispute"',
    dismissed: true,
    createdAt: 1_700_000_000_123,
    updatedAt: 1_700_000_999_456,
  };
  const second: Annotation = {
    ...base,
    id: 'a2',
    kind: 'quote',
    source: 'user',
    exact: 'We will not stop',
    selectors: [{ type: 'TextPositionSelector', start: 10, end: 26 }],
    tags: ['convoy'],
    color: null,
    speaker: 'Jo Banks',
    disputedBy: null,
    claimant: null,
    reason: null,
    dismissed: false,
    createdAt: 1_700_000_100_000,
    updatedAt: 1_700_000_100_000,
  };
  const otherPage: Annotation = { ...second, id: 'a3', pageKey: 'https://other.example/b', url: 'https://other.example/b', kind: 'highlight', tags: [] };
  return [base, second, otherPage];
}

function v1Pages(): PageRecord[] {
  return [
    {
      pageKey: 'https://news.example/world/ceasefire',
      url: 'https://news.example/world/ceasefire?utm_source=feed#top',
      title: 'Ceasefire talks resume — “cautious hope”',
      siteName: 'news.example',
      note: 'Whole-article note\n— with a dash',
      firstSeen: 1_699_999_000_000,
      lastSeen: 1_700_001_000_000,
    },
    { pageKey: 'https://other.example/b', url: 'https://other.example/b', title: 'B', siteName: 'other.example', note: '', firstSeen: 5, lastSeen: 6 },
  ];
}

/** Settings as version 1 stored them (before aliases and reading memory existed). */
const v1Settings: Omit<Settings, 'aliases' | 'rememberReading' | 'readingRetentionDays'> = {
  autoAnalyze: false,
  disabledSites: ['tabloid.example'],
  enabledSites: ['blog.example', 'intranet.local'],
  showKinds: { quote: true, disputed: false, claim: true, highlight: false },
  colors: { quote: 'rgb(1, 2, 3)', disputed: 'hsl(10 80% 50%)', claim: '#abc', highlight: 'rebeccapurple' },
};

/** Write the fixtures exactly as a version-1 build would have, then close that connection. */
async function writeV1(name: string): Promise<void> {
  const v1 = new Dexie(name, deps);
  v1.version(1).stores(FROZEN_V1_SCHEMA);
  await v1.open();
  expect(v1.verno).toBe(1);
  await v1.table('annotations').bulkAdd(v1Annotations());
  await v1.table('pages').bulkAdd(v1Pages());
  await v1.table('settings').put(v1Settings, 'settings');
  v1.close();
}

/** What version 2's upgrader makes of the version-1 pages: a page note is dated by the last visit. */
const v2Pages = (): PageRecord[] => v1Pages().map((p) => (p.note.trim() ? { ...p, noteUpdatedAt: p.lastSeen } : p));
/** Settings read through the current code: version 1's values, new fields at their defaults. */
const v1SettingsNow: Settings = { ...DEFAULT_SETTINGS, ...v1Settings };

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const byKey = (a: PageRecord, b: PageRecord) => a.pageKey.localeCompare(b.pageKey);

let name: string;
beforeEach(async () => {
  name = `claimlight-migration-${crypto.randomUUID()}`;
  await writeV1(name);
});

describe('version-1 data opened by the current ClaimlightDb', () => {
  it('reads back every record identical, field by field', async () => {
    const db = new ClaimlightDb(name, deps);
    useDb(db);
    const dump = await dumpStore();
    expect(dump.annotations.sort(byId)).toEqual(v1Annotations().sort(byId));
    expect(dump.pages.sort(byKey)).toEqual(v2Pages().sort(byKey));
    expect(await db.settings.get('settings')).toEqual(v1Settings);
    expect(await getSettings()).toEqual(v1SettingsNow);
    db.close();
  });

  it('upgrades through version 2: an empty reading memory, and page notes dated and searchable', async () => {
    const db = new ClaimlightDb(name, deps);
    useDb(db);
    await db.open();
    expect(db.verno).toBe(4); // version 2's upgrade runs on the way to 3 (fact-check memory) and 4 (search digests)
    const schema = db.table('readings').schema;
    const [primary = '', ...indexes] = FROZEN_V2_SCHEMA.readings.split(',').map((x) => x.trim());
    expect(schema.primKey.src).toBe(primary);
    expect(schema.indexes.map((i) => i.src)).toEqual(expect.arrayContaining(indexes));
    expect(await db.readings.count()).toBe(0);
    // The version-1 page note is found by words, dated by the page's last visit.
    const notes = await searchPageNotes({ text: 'whole article' });
    expect(notes.map((p) => [p.pageKey, p.noteUpdatedAt])).toEqual([['https://news.example/world/ceasefire', 1_700_001_000_000]]);
    // The new table works on upgraded data: remembered quotes join the kept ones in "everything read".
    await rememberFindings(
      { pageKey: 'https://third.example/c', url: 'https://third.example/c', title: 'C', siteName: 'third.example' },
      [{ kind: 'quote', start: 0, end: 5, text: 'Hello', speaker: 'Jo Banks', reason: 'Said by Jo Banks', confidence: 0.9 }],
      30,
    );
    expect((await listSpeakers('kept')).find((s) => s.speaker === 'Jo Banks')?.quotes).toBe(1);
    expect((await listSpeakers('read')).find((s) => s.speaker === 'Jo Banks')?.quotes).toBe(2);
    await clearReadings();
    db.close();
  });

  it('keeps every version-1 index and answers queries through them', async () => {
    const db = new ClaimlightDb(name, deps);
    useDb(db);
    await db.open();
    for (const [table, spec] of Object.entries(FROZEN_V1_SCHEMA)) {
      const schema = db.table(table).schema;
      const declared = spec.split(',').map((s) => s.trim()).filter(Boolean);
      const [primary = '', ...indexes] = declared;
      expect(schema.primKey.src).toBe(primary);
      expect(schema.indexes.map((i) => i.src)).toEqual(expect.arrayContaining(indexes));
    }
    const page = v1Pages()[0]!.pageKey;
    expect((await listAnnotationsByPage(page)).map((a) => a.id).sort()).toEqual(['0b7f6c1e-2a4d-4e8b-9c3f-1d2e3f4a5b6c', 'a2']);
    expect(await db.annotations.where('tags').equals('convoy').count()).toBe(2);
    expect(await db.annotations.where('[pageKey+updatedAt]').between([page, 0], [page, Infinity]).count()).toBe(2);
    expect((await listPages({ site: 'other.example' })).map((p) => p.pageKey)).toEqual(['https://other.example/b']);
    expect((await searchAnnotations({ text: 'monitors', includeDismissed: true })).items.map((a) => a.id)).toEqual([
      '0b7f6c1e-2a4d-4e8b-9c3f-1d2e3f4a5b6c',
    ]);
    db.close();
  });
});

describe('version-2 data opened by the current ClaimlightDb', () => {
  it('keeps reading memory and corrected names written by version 2', async () => {
    const v2 = new Dexie(name, deps);
    v2.version(1).stores(FROZEN_V1_SCHEMA);
    v2.version(2).stores(FROZEN_V2_SCHEMA);
    await v2.open();
    const reading: Reading = {
      id: 'https://third.example/c\u0000quote\u0000hello', pageKey: 'https://third.example/c', url: 'https://third.example/c', title: 'C',
      siteName: 'third.example', kind: 'quote', text: 'Hello', speaker: 'Jo Banks', disputedBy: null, claimant: null, reason: 'Said by Jo Banks', seenAt: 5,
    };
    await v2.table('readings').add(reading);
    await v2.table('annotations').update('a2', { speaker: 'Joanna Banks', originalSpeaker: 'Jo Banks' });
    v2.close();
    const db = new ClaimlightDb(name, deps);
    useDb(db);
    expect(await db.readings.get(reading.id)).toEqual(reading);
    expect(await db.annotations.get('a2')).toMatchObject({ speaker: 'Joanna Banks', originalSpeaker: 'Jo Banks' });
    db.close();
  });
});

/** A hypothetical next version, defined here only, the way db.ts documents adding one. */
interface AnnotationV3 extends Annotation {
  archived: boolean;
}

class ClaimlightDbWithV5 extends ClaimlightDb {
  constructor(dbName: string) {
    super(dbName, deps);
    // A hypothetical later version over the real ones (1, 2 for reading memory, 3 for fact-check
    // memory, 4 for search digests).
    this.version(5)
      .stores({ annotations: 'id, pageKey, kind, createdAt, updatedAt, *tags, speaker, disputedBy, [pageKey+updatedAt], source' })
      .upgrade((tx) =>
        tx
          .table<AnnotationV3, string>('annotations')
          .toCollection()
          .modify((a) => {
            a.archived = false;
          }),
      );
  }
}

describe('a later version upgrading version-1 data', () => {
  it('runs every upgrader in turn and keeps every version-1 field, page and setting', async () => {
    const db = new ClaimlightDbWithV5(name);
    useDb(db);
    await db.open();
    expect(db.verno).toBe(5);
    const upgraded = (await db.annotations.toArray()) as AnnotationV3[];
    expect(upgraded.sort(byId)).toEqual(v1Annotations().sort(byId).map((a) => ({ ...a, archived: false })));
    expect(await db.annotations.where('source').equals('auto').primaryKeys()).toEqual(['0b7f6c1e-2a4d-4e8b-9c3f-1d2e3f4a5b6c']);
    expect((await db.pages.toArray()).sort(byKey)).toEqual(v2Pages().sort(byKey));
    expect(await getSettings()).toEqual(v1SettingsNow);
    db.close();
  });

  it('opens again after the upgrade without running it twice', async () => {
    const first = new ClaimlightDbWithV5(name);
    await first.open();
    await first.annotations.update('a2', { note: 'edited after upgrade' });
    await first.pages.update('https://news.example/world/ceasefire', { noteUpdatedAt: 42 });
    first.close();
    const again = new ClaimlightDbWithV5(name);
    const a2 = (await again.annotations.get('a2')) as AnnotationV3 | undefined;
    expect(a2).toMatchObject({ note: 'edited after upgrade', archived: false });
    expect((await again.pages.get('https://news.example/world/ceasefire'))?.noteUpdatedAt).toBe(42);
    again.close();
  });
});

describe('version-2 data opened by the current ClaimlightDb (version 3, fact-check memory)', () => {
  it('keeps the reading memory and the dated page notes, and adds empty fact-check tables', async () => {
    // a version-2 build: the frozen version-1 and version-2 schemas, and a reading written by it
    const v2 = new Dexie(name, deps);
    v2.version(1).stores(FROZEN_V1_SCHEMA);
    v2.version(2).stores(FROZEN_V2_SCHEMA);
    await v2.open();
    expect(v2.verno).toBe(2);
    const reading = { id: 'r1', pageKey: 'https://news.example/world/ceasefire', kind: 'quote', text: 'We agreed', speaker: 'Ann Lee', disputedBy: null, seenAt: 1_700_000_000_000 };
    await v2.table('readings').add(reading);
    v2.close();

    const db = new ClaimlightDb(name, deps);
    useDb(db);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.table('readings').get('r1')).toEqual(reading);
    expect(await db.factReviews.count()).toBe(0);
    expect(await db.factLinks.count()).toBe(0);
    expect((await db.annotations.toArray()).sort(byId)).toEqual(v1Annotations().sort(byId));
    db.close();
  });
});

describe('version-3 data opened by the current ClaimlightDb (version 4, search digests)', () => {
  async function writeV3() {
    const v3 = new Dexie(name, deps);
    v3.version(1).stores(FROZEN_V1_SCHEMA);
    v3.version(2).stores(FROZEN_V2_SCHEMA);
    v3.version(3).stores(FROZEN_V3_SCHEMA);
    await v3.open();
    expect(v3.verno).toBe(3);
    await v3.table('annotations').update('a2', { note: 'written by version 3' });
    v3.close();
  }
  const rowsOf = (list: Annotation[]) => list.sort(byId).map((a) => [a.id, rowOf(a)]);

  it('fills a digest for every annotation, and search finds version-3 records through them', async () => {
    await writeV3();
    const db = new ClaimlightDb(name, deps);
    useDb(db);
    await db.open();
    expect(db.verno).toBe(4);
    const annotations = await db.annotations.toArray();
    expect(annotations).toHaveLength(3);
    expect(await db.digests.count()).toBe(3);
    expect(await Promise.all(annotations.map((a) => a.id).sort().map(async (id) => [id, await db.digests.get(id)]))).toEqual(rowsOf(annotations));
    expect((await searchAnnotations({ text: 'written by version' })).items.map((a) => a.id)).toEqual(['a2']);
    expect((await searchAnnotations({ text: '#ünïcode', includeDismissed: true })).items.map((a) => a.id)).toEqual(['0b7f6c1e-2a4d-4e8b-9c3f-1d2e3f4a5b6c']);
    db.close();
  });

  it("a later version's upgrader that rewrites annotations keeps their digests in step", async () => {
    await writeV3();
    // A hypothetical version 5 whose upgrader changes what search looks at.
    class Renoting extends ClaimlightDb {
      constructor() {
        super(name, deps);
        this.version(5)
          .stores({})
          .upgrade((tx) =>
            tx
              .table<Annotation, string>('annotations')
              .toCollection()
              .modify((a) => {
                a.note = `${a.note} (renoted)`;
              }),
          );
      }
    }
    const db = new Renoting();
    useDb(db);
    await db.open();
    expect(db.verno).toBe(5);
    const annotations = await db.annotations.toArray();
    expect(await Promise.all(annotations.map((a) => a.id).sort().map(async (id) => [id, await db.digests.get(id)]))).toEqual(rowsOf(annotations));
    expect((await searchAnnotations({ text: 'renoted', includeDismissed: true })).items).toHaveLength(3);
    db.close();
  });
});
