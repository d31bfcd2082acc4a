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
    ['a huge note', () => backupWith({ note: 'x'.repeat(10_000_001) }), 'annotations[0].note: is 10,000,001 characters long; the limit is 10,000,000'],
    ['a huge title', () => backupWith({ title: 'y'.repeat(1_000_001) }), 'annotations[0].title: is 1,000,001 characters long'],
    ['too many annotations', () => `{"format":"claimlight-backup","version":1,"exportedAt":"2026-11-27T00:00:00Z","pages":[],"annotations":[${Array(1_000_001).fill('{}').join(',')}]}`, 'annotations: has 1,000,001 items; the limit is 1,000,000'],
    ['a __proto__ key', () => backup().replace('"id":', '"__proto__":{"polluted":true},"id":'), 'annotations[0].__proto__: this key is not allowed'],
    ['a constructor key deep inside', () => JSON.stringify([{ uri: 'https://a.example/', id: 'x', document: { meta: [{ constructor: { prototype: 1 } }] } }]), '[0].document.meta[0].constructor: this key is not allowed'],
    ['a prototype key in settings', () => backup({ settings: { prototype: {} } }), 'settings.prototype: this key is not allowed'],
    ['duplicate ids inside the file', () => backup({ annotations: [sampleAnnotation(), sampleAnnotation({ note: 'other' })] }), 'annotations[1].id: duplicate id "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f" (also at annotations[0].id)'],
    ['deeply nested JSON', () => `{"a":${deep(1000)}}`, 'the file is nested more than 64 levels deep'],
    ['absurdly nested JSON', () => deep(2_000_000), 'the file is nested more than 64 levels deep (at [0][0]'],
    ['an empty list', () => '[]', 'the file holds an empty list: nothing to import'],
    ['a Hypothesis row without uri', () => JSON.stringify({ total: 1, rows: [{ uri: 'https://a.example/', id: 'a' }, { id: 'b', text: 'x' }] }), 'rows[1].uri: expected a string, got nothing'],
    ['a Web Annotation without target', () => JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: 'urn:x:1' }), 'target: is missing'],
    ['a 101 MB file', () => ' '.repeat(101 * 1024 * 1024), 'file is 101.0 MB; the limit is 100 MB'],
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
    const file = { size: 101 * 1024 * 1024, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    await expect(readImportFile(file)).rejects.toThrow('file is 101.0 MB; the limit is 100 MB');
    expect(read).toBe(false);
  });

  it('refuses bytes that are not UTF-8 text as binary, before parsing', async () => {
    const bytes = Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]); // {"<invalid>"}
    await expect(readImportFile(new Blob([bytes]))).rejects.toThrow('this is not a text file (it contains binary data)');
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
    expect(again).toEqual({ added: 0, skipped: 1, reasons: { duplicateId: 1, duplicateContent: 0, unsupported: 0, refused: 0 }, refused: [], pagesAdded: 0, settingsReplaced: true });
  });

  it('reads text with U+FFFD in it (a page\'s own mojibake, saved as it was), from bytes too', async () => {
    const mojibake = 'Caf\uFFFD\uFFFD au lait \uFFFD\uFFFD\uFFFD\uFFFD';
    const file = backupWith({ title: mojibake, exact: mojibake, note: `\uFFFD\uFFFD ${mojibake}` });
    expect((await importText(file)).added).toBe(1);
    expect((await getAnnotation(sampleAnnotation().id))?.exact).toBe(mojibake);
    useFreshDb();
    expect((await importRecords(await readImportFile(new Blob([new TextEncoder().encode(file)])))).added).toBe(1);
    expect((await getAnnotation(sampleAnnotation().id))?.note).toBe(`\uFFFD\uFFFD ${mojibake}`);
  });

  it('reads a UTF-16 file that starts with a byte-order mark', async () => {
    const text = backup();
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect((await readImportFile(new Blob([bytes]))).annotations).toHaveLength(1);
  });

  it('reports how far it has got', async () => {
    const many = Array.from({ length: 1200 }, (_, i) => sampleAnnotation({ id: `a${i}`, note: `n${i}` }));
    const steps: string[] = [];
    await readImportFile(new Blob([backup({ annotations: many })]), { progress: (phase, done, total) => steps.push(`${phase} ${done}/${total}`) });
    expect(steps[0]).toMatch(/^reading 0\//);
    expect(steps.filter((s) => s.startsWith('checking'))).toEqual(['checking 500/1200', 'checking 1000/1200', 'checking 1200/1200']);
  });

  it('reads a file with a BOM and counts UTF-8 bytes', async () => {
    expect((await importText(`\uFEFF${backup()}`)).added).toBe(1);
    expect(utf8Bytes('aé€👋')).toBe(1 + 2 + 3 + 4);
    expect(MAX_FILE_BYTES).toBe(100 * 1024 * 1024);
  });
});

describe('page addresses: only http(s) and file pages come in (item 8)', () => {
  const refusedOnes: [string, string][] = [
    ['javascript:', 'javascript:alert(document.domain)'],
    ['JavaScript: with tabs and spaces', ' Java\tScript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['blob:', 'blob:https://evil.example/123'],
    ['no scheme', 'news.example/a'],
  ];

  it.each(refusedOnes)('a backup record with a %s address is refused on its own; the others import', async (_name, url) => {
    const bad = sampleAnnotation({ id: 'bad', url, note: 'bad' });
    const good = sampleAnnotation({ id: 'good', note: 'good' });
    const summary = await importText(backup({ annotations: [good, bad], pages: [samplePage(), samplePage({ pageKey: url, url })] }));
    expect(summary.added).toBe(1);
    expect(summary.reasons.refused).toBe(2);
    expect(summary.refused[0]).toMatch(/^annotations\[1\]\.pageKey: |^annotations\[1\]\.url: /);
    expect(summary.refused.join('\n')).toMatch(/addresses are not accepted \(only http, https and file\)|not a web address/);
    expect(summary.refused[1]).toMatch(/^pages\[1\]\.pageKey: /);
    expect(await getAnnotation('bad')).toBeUndefined();
    expect(await getAnnotation('good')).toBeTruthy();
    expect((await dumpStore()).pages.some((p) => p.url === url)).toBe(false);
  });

  it('a Web Annotation whose target is a javascript: or data: address is refused on its own', async () => {
    const wa = (id: string, source: string) => ({ type: 'Annotation', id: `urn:x:${id}`, target: { source, selector: { type: 'TextQuoteSelector', exact: 'words' } } });
    const summary = await importText(JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: [wa('1', 'javascript:alert(1)'), wa('2', 'https://news.example/a'), wa('3', 'data:,x')] }));
    expect(summary.added).toBe(1);
    expect(summary.refused).toEqual([
      'items[0].target.source: javascript: addresses are not accepted (only http, https and file), got "javascript:alert(1)"',
      'items[2].target.source: data: addresses are not accepted (only http, https and file), got "data:,x"',
    ]);
  });

  it('a Hypothesis row on a urn: (PDF) or javascript: address is refused on its own', async () => {
    const row = (id: string, uri: string) => ({ id, uri, text: 'n', target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'w' }] }] });
    const summary = await importText(JSON.stringify({ total: 3, rows: [row('a', 'urn:x-pdf:1234'), row('b', 'https://news.example/b'), row('c', 'javascript:void(0)')] }));
    expect(summary.added).toBe(1);
    expect(summary.refused.map((r) => r.split(':')[0])).toEqual(['rows[0].uri', 'rows[2].uri']);
  });
});
