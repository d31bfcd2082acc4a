import { CSV_COLUMNS, csvCell, toCsv } from './csv';
import { sampleAnnotation, samplePage } from './test-samples';

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
  ])('%j → %j', (v, out) => expect(csvCell(v)).toBe(out));
});

describe('toCsv', () => {
  it('starts with a BOM, uses CRLF, has the columns, and reads back cell for cell', () => {
    const a = sampleAnnotation({ note: 'line 1\nline "2", =evil', exact: 'مرحبا 👋' });
    const text = toCsv([a], [samplePage({ title: 'Page, title' })]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[1]).toEqual([
      'Page, title',
      'news.example',
      a.url,
      'quote',
      'auto',
      'مرحبا 👋',
      'Jane Doe',
      '',
      'line 1\nline "2", =evil',
      'politics; follow up',
      '2026-11-27T09:30:00.000Z',
      '2026-11-27T10:00:00.000Z',
      a.id,
      '',
      '',
    ]);
  });

  it('says what the analysis had named for a corrected name', () => {
    const a = sampleAnnotation({ speaker: 'Janet Doe', originalSpeaker: 'Jane Doe', disputedBy: 'Auditor', originalDisputedBy: null });
    const rows = parseCsv(toCsv([a]).slice(1));
    const col = (name: (typeof CSV_COLUMNS)[number]) => rows[1][CSV_COLUMNS.indexOf(name)];
    expect([col('speaker'), col('speaker (Claimlight said)'), col('disputed by'), col('disputed by (Claimlight said)')]).toEqual(['Janet Doe', 'Jane Doe', 'Auditor', '(none)']);
  });

  it('writes a page note as a row with no quoted text', () => {
    const page = samplePage({ note: 'Whole page, with a comma', noteUpdatedAt: Date.UTC(2026, 10, 28) });
    const rows = parseCsv(toCsv([sampleAnnotation()], [page, samplePage({ pageKey: 'x', note: '' })]).slice(1));
    expect(rows).toHaveLength(3);
    const col = (name: (typeof CSV_COLUMNS)[number]) => rows[2][CSV_COLUMNS.indexOf(name)];
    expect([col('kind'), col('text'), col('note'), col('url'), col('updated')]).toEqual(['page note', '', 'Whole page, with a comma', page.url, '2026-11-28T00:00:00.000Z']);
  });

  it('falls back to the annotation title and URL site without a page record', () => {
    const rows = parseCsv(toCsv([sampleAnnotation({ url: 'https://www.b.example/x' })]).slice(1));
    expect(rows[1].slice(0, 2)).toEqual(['A story', 'b.example']);
  });
});
