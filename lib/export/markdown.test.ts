import { escapeMarkdown, tagToken, toMarkdown } from './markdown';
import { sampleAnnotation, samplePage } from './test-samples';

describe('escapeMarkdown', () => {
  it.each([
    ['*bold* and _it_', '\\*bold\\* and \\_it\\_'],
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['costs $5 == cheap', 'costs \\$5 \\=\\= cheap'],
    ['[link](x) <b>', '\\[link\\]\\(x\\) \\<b\\>'],
    ['plain words, 3.5% - ok', 'plain words, 3.5% - ok'],
  ])('%s', (input, out) => expect(escapeMarkdown(input)).toBe(out));
});

describe('tagToken', () => {
  it.each([
    ['politics', '#politics'],
    ['follow up', '#follow-up'],
    ['Économie', '#Économie'],
    ['a/b', '#a/b'],
    ['!!!', ''],
  ])('%s → %s', (tag, token) => expect(tagToken(tag)).toBe(token));
});

describe('toMarkdown', () => {
  it('writes a section per page with metadata, quotes with speakers, notes and tags', () => {
    const page = samplePage({ title: 'Minister *defiant*', note: 'Whole page note' });
    const quote = sampleAnnotation();
    const disputed = sampleAnnotation({
      id: 'd1',
      kind: 'disputed',
      exact: 'Crime fell by 20%\n# second line',
      speaker: null,
      disputedBy: 'Auditor <General>',
      claimant: 'Minister',
      note: '',
      tags: [],
      selectors: [{ type: 'TextPositionSelector', start: 10, end: 20 }],
    });
    const md = toMarkdown([quote, disputed], [page]);
    expect(md).toContain('## Minister \\*defiant\\*');
    expect(md).toContain('- Site: news.example');
    expect(md).toContain('- URL: <https://news.example/world/story>');
    expect(md).toMatch(/- Date: 2026-11-2[67]/);
    expect(md).toContain('**Page note:** Whole page note');
    // Reading order: the disputed one sits earlier on the page.
    expect(md.indexOf('Crime fell')).toBeLessThan(md.indexOf('We will not back down'));
    expect(md).toContain('> Crime fell by 20%\n> \\# second line\n>\n> disputed by **Auditor \\<General\\>** (claim by Minister)');
    expect(md).toContain('> We will not back down\n>\n> — **Jane Doe**\n\n**Note:** Check against the transcript\n\n#politics #follow-up');
  });

  it('neutralises HTML in notes and separates pages', () => {
    const a = sampleAnnotation({ note: '<script>alert(1)</script> **mine**' });
    const b = sampleAnnotation({ id: 'b', url: 'https://other.example/x', pageKey: 'https://other.example/x', title: '' });
    const md = toMarkdown([a, b]);
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script>alert(1)&lt;/script> **mine**'); // notes keep their own Markdown
    expect(md).toContain('\n\n---\n\n## https://other.example/x');
  });

  it('is empty for nothing', () => {
    expect(toMarkdown([])).toBe('');
  });

  it('starts with a title and the export date when exported, and says when there is nothing', () => {
    const at = new Date(2026, 11, 2, 15, 0);
    const md = toMarkdown([sampleAnnotation()], [samplePage({ note: 'x' })], { exportedAt: at });
    expect(md.startsWith('# Claimlight export\n\nExported on 2026-12-02. 1 annotation and 1 page note from 1 page.\n\n---\n\n## A story')).toBe(true);
    expect(toMarkdown([], [], { exportedAt: at })).toBe('# Claimlight export\n\nExported on 2026-12-02. Nothing to export.\n');
  });

  it('gives a page with only a page note its own section', () => {
    const md = toMarkdown([sampleAnnotation()], [samplePage(), samplePage({ pageKey: 'https://b.example/x', url: 'https://b.example/x', title: 'B', note: 'Only a note' })]);
    expect(md).toContain('## B\n\n- Site: news.example\n- URL: <https://b.example/x>');
    expect(md).toContain('**Page note:** Only a note');
  });

  it('says a name was corrected by the reader, and what the analysis had', () => {
    const md = toMarkdown([
      sampleAnnotation({ speaker: 'Janet Doe', originalSpeaker: 'Jane Doe' }),
      sampleAnnotation({ id: 'd', kind: 'disputed', exact: 'Other words', speaker: null, disputedBy: 'Auditor', originalDisputedBy: null }),
    ]);
    expect(md).toContain('> — **Janet Doe** (corrected by you; Claimlight had Jane Doe)');
    expect(md).toContain('> disputed by **Auditor** (named by you)');
  });
});
