// Backup → empty store → import gives back the same store, for random content.
import fc from 'fast-check';
import { DEFAULT_SETTINGS, KINDS, type Annotation, type PageRecord, type Selector, type Settings } from '../model';
import { clearStore, dumpStore, ensurePages, importRecords, putAnnotations, replaceSettings } from '../store';
import { useFreshDb } from '../store/test-support';
import { backupJson } from './backup';
import { parseImport } from './import';
import { fuzzRuns } from '../testing/fuzz';

const tricky = fc.constantFrom('👋🏽 emoji', 'שלום עולם', 'مرحبا بالعالم', 'He said "no" — \'twice\'', 'line\nbreak\r\nand\ttab', '<script>alert(1)</script>', '', '   ', '\u200f\u202e', 'a\\b');
const text = fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
const nullableText = fc.option(text, { nil: null });
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const pageKeys = ['https://news.example/a', 'https://news.example/b?id=1', 'https://other.example/x'];

const selector: fc.Arbitrary<Selector> = fc.oneof(
  fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: text, prefix: text, suffix: text }),
  fc.tuple(fc.nat(100_000), fc.nat(1000)).map(([start, len]) => ({ type: 'TextPositionSelector' as const, start, end: start + len })),
);

/** Page addresses as the store holds them: http(s) and file URLs (imports refuse other schemes). */
const url = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom('file:///home/me/a.html', 'http://localhost:8080/x'));

const annotation: fc.Arbitrary<Annotation> = fc.record({
  id: fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 30 })),
  pageKey: fc.constantFrom(...pageKeys),
  url,
  title: text,
  kind: fc.constantFrom(...KINDS),
  source: fc.constantFrom('auto' as const, 'user' as const),
  exact: text,
  selectors: fc.array(selector, { maxLength: 3 }),
  note: text,
  tags: fc.array(text, { maxLength: 4 }),
  color: nullableText,
  speaker: nullableText,
  disputedBy: nullableText,
  claimant: nullableText,
  reason: nullableText,
  dismissed: fc.boolean(),
  createdAt: time,
  updatedAt: time,
});

const page = (pageKey: string): fc.Arbitrary<PageRecord> =>
  fc.record({ pageKey: fc.constant(pageKey), url, title: text, siteName: text, note: text, firstSeen: time, lastSeen: time });

const settings: fc.Arbitrary<Settings> = fc.record({
  autoAnalyze: fc.boolean(),
  disabledSites: fc.array(text, { maxLength: 3 }),
  enabledSites: fc.array(text, { maxLength: 3 }),
  showKinds: fc.record({ quote: fc.boolean(), disputed: fc.boolean(), claim: fc.boolean(), highlight: fc.boolean() }),
  colors: fc.constant(DEFAULT_SETTINGS.colors),
});

it('backup → clear → import restores an identical store', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(annotation, { selector: (a) => a.id, maxLength: 25 }),
      fc.tuple(...pageKeys.map(page)),
      settings,
      async (annotations, pages, s) => {
        useFreshDb();
        await putAnnotations(annotations);
        await ensurePages(pages);
        await replaceSettings(s);
        const before = await dumpStore();

        const file = backupJson(before, new Date());
        await clearStore();
        const parsed = parseImport(file);
        const summary = await importRecords(parsed);

        expect(summary.added).toBe(annotations.length);
        expect(summary.skipped).toBe(0);
        expect(await dumpStore()).toEqual(before);
      },
    ),
    { numRuns: fuzzRuns(60) },
  );
});
