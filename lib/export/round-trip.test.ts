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

const annotation: fc.Arbitrary<Annotation> = fc.record({
  id: fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 30 })),
  pageKey: fc.constantFrom(...pageKeys),
  url: text,
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
  // Present only on findings whose names the reader corrected.
  originalSpeaker: nullableText,
  originalDisputedBy: nullableText,
}, { requiredKeys: ['id', 'pageKey', 'url', 'title', 'kind', 'source', 'exact', 'selectors', 'note', 'tags', 'color', 'speaker', 'disputedBy', 'claimant', 'reason', 'dismissed', 'createdAt', 'updatedAt'] });

const page = (pageKey: string): fc.Arbitrary<PageRecord> =>
  fc.record(
    { pageKey: fc.constant(pageKey), url: text, title: text, siteName: text, note: text, firstSeen: time, lastSeen: time, noteUpdatedAt: time },
    { requiredKeys: ['pageKey', 'url', 'title', 'siteName', 'note', 'firstSeen', 'lastSeen'] },
  );

const settings: fc.Arbitrary<Settings> = fc.record({
  autoAnalyze: fc.boolean(),
  disabledSites: fc.array(text, { maxLength: 3 }),
  enabledSites: fc.array(text, { maxLength: 3 }),
  showKinds: fc.record({ quote: fc.boolean(), disputed: fc.boolean(), claim: fc.boolean(), highlight: fc.boolean() }),
  colors: fc.constant(DEFAULT_SETTINGS.colors),
  aliases: fc.array(fc.record({ from: text.filter((t) => t.length > 0), to: text.filter((t) => t.length > 0) }), { maxLength: 3 }),
  rememberReading: fc.boolean(),
  readingRetentionDays: fc.constantFrom(7, 30, 90, 365),
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
