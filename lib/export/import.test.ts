// Import files end to end (parse → validate → one store transaction): bad files change nothing.
import { DEFAULT_SETTINGS } from '../model';
import { createAnnotation, dumpStore, getAnnotation, importRecords, saveSettings, type ImportSummary } from '../store';
import { useFreshDb } from '../store/test-support';
import { toBackup } from './backup';
import { MAX_FILE_BYTES, parseImport, readImportFile, utf8Bytes } from './import';
import { sampleAnnotation, samplePage } from './test-samples';
import { ValidationError } from '../schema/validate';

async function importText(text: string): Promise<ImportSummary> {
  return importRecords(parseImport(text));
}

const backup = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ ...toBackup({ annotations: [sampleAnnotation()], pages: [samplePage()], settings: DEFAULT_SETTINGS }, new Date(Date.UTC(2026, 10, 27))), ...over });
const backupWith = (annotation: Record<string, unknown>) => backup({ annotations: [{ ...sampleAnnotation(), ...annotation }] });

beforeEach(async () => {
  useFreshDb();
  await createAnnotation({ pageKey: 'https://news.example/a', url: 'https://news.example/a', kind: 'claim', exact: 'existing', note: 'kept' });
  await saveSettings({ autoAnalyze: false });
});

describe('bad files: a clear message, and the store exactly as it was', () => {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
  const garbage = new TextDecoder().decode(Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256));
  const cases: [string, () => string, string][] = [
    ['an empty file', () => '', 'the file is empty'],
    ['only whitespace and a BOM', () => '\uFEFF  \n', 'the file is empty'],
    ['truncated JSON', () => backup().slice(0, 200), 'not valid JSON (the file looks cut off)'],
    ['JSON cut between values', () => '{"format":"claimlight-backup","version":1', 'not valid JSON (the file looks cut off)'],
    ['binary garbage', () => garbage, 'not a text file (it contains binary data)'],
    ['plain text', () => 'hello, world', 'not valid JSON'],
    ['an unknown JSON shape', () => '{"hello": 1}', 'unknown format: expected a Claimlight backup, W3C Web Annotation JSON-LD or a Hypothesis export'],
    ['a bare number', () => '42', 'unknown format'],
    ['an unknown format name', () => '{"format": "evernote-enex"}', 'format: "evernote-enex" is not a format Claimlight reads'],
    ['a newer backup version', () => backup({ version: 2 }), 'version: this backup is version 2; this Claimlight reads version 1'],
    ['a version as a string', () => backup({ version: '1' }), 'version: this backup is version "1"'],
    ['non-array annotations', () => backup({ annotations: { a: 1 } }), 'annotations: expected an array, got an object'],
    ['a wrong type', () => backupWith({ exact: 12 }), 'annotations[0].exact: expected a string, got a number'],
    ['a missing field', () => backupWith({ kind: undefined }), 'annotations[0].kind: expected one of "quote", "disputed", "claim", "highlight", got nothing'],
    ['an unknown kind', () => backupWith({ kind: 'rumour' }), 'annotations[0].kind: expected one of'],
    ['a selector without exact', () => backupWith({ selectors: [{ type: 'TextQuoteSelector', prefix: '' }] }), 'annotations[0].selectors[0].exact: expected a string, got nothing'],
    ['negative positions', () => backupWith({ selectors: [{ type: 'TextPositionSelector', start: -5, end: 3 }] }), 'annotations[0].selectors[0].start: must be at least 0, got -5'],
    ['end before start', () => backupWith({ selectors: [{ type: 'TextPositionSelector', start: 9, end: 3 }] }), 'annotations[0].selectors[0].end: must not be before start (9), got 3'],
    ['a fractional timestamp', () => backupWith({ createdAt: 1.5 }), 'annotations[0].createdAt: expected a whole number, got a number'],
    ['a bad export date', () => backup({ exportedAt: 'last tuesday' }), 'exportedAt: expected an ISO date'],
    ['a huge note', () => backupWith({ note: 'x'.repeat(100_001) }), 'annotations[0].note: is 100,001 characters long; the limit is 100,000'],
    ['a huge exact text', () => backupWith({ exact: 'y'.repeat(150_000) }), 'annotations[0].exact: is 150,000 characters long'],
    ['too many annotations', () => `{"format":"claimlight-backup","version":1,"exportedAt":"2026-11-27T00:00:00Z","pages":[],"annotations":[${Array(100_001).fill('{}').join(',')}]}`, 'annotations: has 100,001 items; the limit is 100,000'],
    ['a __proto__ key', () => backup().replace('"id":', '"__proto__":{"polluted":true},"id":'), 'annotations[0].__proto__: this key is not allowed'],
    ['a constructor key deep inside', () => JSON.stringify([{ uri: 'https://a.example/', id: 'x', document: { meta: [{ constructor: { prototype: 1 } }] } }]), '[0].document.meta[0].constructor: this key is not allowed'],
    ['a prototype key in settings', () => backup({ settings: { prototype: {} } }), 'settings.prototype: this key is not allowed'],
    ['duplicate ids inside the file', () => backup({ annotations: [sampleAnnotation(), sampleAnnotation({ note: 'other' })] }), 'annotations[1].id: duplicate id "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f" (also at annotations[0].id)'],
    ['deeply nested JSON', () => `{"a":${deep(1000)}}`, 'the file is nested more than 64 levels deep'],
    ['absurdly nested JSON', () => deep(2_000_000), 'the file is nested more than 64 levels deep (at [0][0]'],
    ['an empty list', () => '[]', 'the file holds an empty list: nothing to import'],
    ['a Hypothesis row without uri', () => JSON.stringify({ total: 1, rows: [{ uri: 'https://a.example/', id: 'a' }, { id: 'b', text: 'x' }] }), 'rows[1].uri: expected a string, got nothing'],
    ['a Web Annotation without target', () => JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: 'urn:x:1' }), 'target: is missing'],
    ['a 50 MB file', () => ' '.repeat(50 * 1024 * 1024), 'file is 50.0 MB; the limit is 20 MB'],
  ];

  it.each(cases)('%s', async (_name, makeFile, message) => {
    const before = await dumpStore();
    const error = await importText(makeFile()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain(message);
    expect(await dumpStore()).toEqual(before);
  });

  it('refuses a large file by its size before reading it', async () => {
    let read = false;
    const file = { size: 50 * 1024 * 1024, text: async () => ((read = true), '') };
    await expect(readImportFile(file)).rejects.toThrow('file is 50.0 MB; the limit is 20 MB');
    expect(read).toBe(false);
  });
});

describe('good files', () => {
  it('imports a note with a script tag as plain text', async () => {
    const note = '<script>alert("hi")</script><img src=x onerror=alert(1)>';
    const summary = await importText(backupWith({ note }));
    expect(summary).toMatchObject({ added: 1, pagesAdded: 1 });
    expect((await getAnnotation(sampleAnnotation().id))?.note).toBe(note);
  });

  it('skips what is already there on a second import, and counts it', async () => {
    await importText(backup());
    const again = await importText(backup());
    expect(again).toEqual({ added: 0, skipped: 1, reasons: { duplicateId: 1, duplicateContent: 0, unsupported: 0 }, pagesAdded: 0 });
  });

  it('reads a file with a BOM and counts UTF-8 bytes', async () => {
    expect((await importText(`\uFEFF${backup()}`)).added).toBe(1);
    expect(utf8Bytes('aé€👋')).toBe(1 + 2 + 3 + 4);
    expect(MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
  });
});
