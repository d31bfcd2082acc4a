// Every backup we write imports back: store → backup file (as bytes, as the download writes them) →
// empty store → import gives back the same store, for random content. Every text field gets random
// Unicode: U+FFFD and runs of it (a page's own mojibake), lone surrogates, right-to-left text and
// marks, emoji with modifiers, controls, and any code point at all. FUZZ_RUNS=<n> runs more cases.
import fc from 'fast-check';
import { KINDS, type Annotation, type PageRecord, type Selector, type Settings } from '../model';
import { clearStore, dumpStore, ensurePages, importRecords, putAnnotations, replaceSettings } from '../store';
import { useFreshDb } from '../store/test-support';
import { backupJson } from './backup';
import { readImportFile } from './import';
import { fuzzRuns } from '../testing/fuzz';

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
/** One "character" of a text field, from the awkward corners of Unicode first. */
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('\uFFFD', '\uFFFD\uFFFD', '\uFFFD\uFFFD\uFFFD\uFFFD') },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: fc.constantFrom('ש', 'ל', 'ו', 'م', 'ر', 'ح', '\u200f', '\u200e', '\u202e', '\u202c', '\u2067', '\u2069') },
  { weight: 2, arbitrary: fc.constantFrom('👋🏽', '👩‍👩‍👧', '🇺🇦', '🏳️‍🌈', '\u{1F600}', '\uFE0F', '\u200d') },
  { weight: 1, arbitrary: fc.constantFrom('"', '\\', '\n', '\r\n', '\t', '\u0000', '\u001f', '\u007f', '\u2028', '\u2029', '\uFEFF', '<', '&') },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);
const text = fc.string({ unit, maxLength: 24 });
const nonEmptyText = fc.string({ unit, minLength: 1, maxLength: 24 });
const nullableText = fc.option(text, { nil: null });
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });

/** Page addresses as the store holds them (http(s) and file pages), with random Unicode in the path. */
const address = fc.tuple(fc.constantFrom('https://news.example/', 'http://127.0.0.1:8080/', 'file:///home/me/'), text).map(([base, path]) => base + path);

const selector: fc.Arbitrary<Selector> = fc.oneof(
  fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: text, prefix: text, suffix: text }),
  fc.tuple(fc.nat(100_000), fc.nat(1000)).map(([start, len]) => ({ type: 'TextPositionSelector' as const, start, end: start + len })),
);

const annotationOn = (pageKeys: string[]): fc.Arbitrary<Annotation> =>
  fc.record(
    {
      id: fc.oneof(fc.uuid(), nonEmptyText),
      pageKey: fc.constantFrom(...pageKeys),
      url: address,
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
      // Present only on findings whose names the reader corrected (null: the analysis had named no one).
      originalSpeaker: nullableText,
      originalDisputedBy: nullableText,
    },
    { requiredKeys: ['id', 'pageKey', 'url', 'title', 'kind', 'source', 'exact', 'selectors', 'note', 'tags', 'color', 'speaker', 'disputedBy', 'claimant', 'reason', 'dismissed', 'createdAt', 'updatedAt'] },
  );

const page = (pageKey: string): fc.Arbitrary<PageRecord> =>
  fc.record(
    { pageKey: fc.constant(pageKey), url: address, title: text, siteName: text, note: text, firstSeen: time, lastSeen: time, noteUpdatedAt: time },
    { requiredKeys: ['pageKey', 'url', 'title', 'siteName', 'note', 'firstSeen', 'lastSeen'] },
  );

const settings: fc.Arbitrary<Settings> = fc.record({
  autoAnalyze: fc.boolean(),
  disabledSites: fc.array(text, { maxLength: 3 }),
  enabledSites: fc.array(text, { maxLength: 3 }),
  showKinds: fc.record({ quote: fc.boolean(), disputed: fc.boolean(), claim: fc.boolean(), highlight: fc.boolean() }),
  colors: fc.record({ quote: text, disputed: text, claim: text, highlight: text }),
  // The reader's aliases and reading-memory choices are in the backup too.
  aliases: fc.array(fc.record({ from: nonEmptyText, to: nonEmptyText }), { maxLength: 3 }),
  rememberReading: fc.boolean(),
  readingRetentionDays: fc.integer({ min: 1, max: 3650 }),
});

const store = fc.uniqueArray(address, { minLength: 1, maxLength: 3 }).chain((pageKeys) =>
  fc.record({
    annotations: fc.uniqueArray(annotationOn(pageKeys), { selector: (a) => a.id, maxLength: 20 }),
    pages: fc.tuple(...pageKeys.map(page)),
    settings,
  }),
);

it('backup → file bytes → clear → import restores an identical store', async () => {
  await fc.assert(
    fc.asyncProperty(store, async ({ annotations, pages, settings: s }) => {
      useFreshDb();
      await putAnnotations(annotations);
      await ensurePages(pages);
      await replaceSettings(s);
      const before = await dumpStore();

      // The file as the Library downloads it (a Blob of the text: UTF-8) and reads it back.
      const file = new Blob([backupJson(before, new Date())], { type: 'application/json' });
      await clearStore();
      const parsed = await readImportFile(file);
      expect(parsed.refused).toEqual([]);
      const summary = await importRecords(parsed);

      expect(summary.added).toBe(annotations.length);
      expect(summary.skipped).toBe(0);
      expect(await dumpStore()).toEqual(before);
    }),
    { numRuns: fuzzRuns(60) },
  );
});
