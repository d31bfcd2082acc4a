import { DEFAULT_SETTINGS } from '../model';
import { buildExport } from './build';
import { parseImport } from './import';
import { sampleAnnotation, samplePage } from './test-samples';

describe('buildExport', () => {
  const kept = sampleAnnotation({ id: 'kept', exact: 'Kept words', selectors: [] });
  const dismissed = sampleAnnotation({ id: 'gone', kind: 'claim', exact: 'Dismissed words', selectors: [], dismissed: true });
  const content = { annotations: [kept, dismissed], pages: [samplePage({ note: 'My page note' })], settings: DEFAULT_SETTINGS };
  const now = new Date(2026, 11, 2);

  it.each(['markdown', 'csv', 'web-annotation'] as const)('leaves dismissed findings out of %s, and keeps page notes', (kind) => {
    const { text } = buildExport(kind, content, now);
    expect(text).toContain('Kept words');
    expect(text).not.toContain('Dismissed words');
    expect(text).not.toContain('gone');
    expect(text).toContain('My page note');
  });

  it('keeps them in a backup, marked dismissed, so they stay dismissed after a restore', () => {
    const parsed = parseImport(buildExport('backup', content, now).text);
    expect(parsed.annotations.find((a) => a.id === 'gone')).toMatchObject({ dismissed: true });
  });

  it('starts the Markdown with a title and the export date', () => {
    expect(buildExport('markdown', content, now).text.startsWith('# Claimlight export\n\nExported on 2026-12-02.')).toBe(true);
  });
});
