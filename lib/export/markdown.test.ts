import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { fuzzRuns } from '../testing/fuzz';
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

describe('notes in the Markdown export are inert (item 10)', () => {
  // A permissive renderer (raw HTML on, every link scheme allowed, bare URLs linked), as some
  // Markdown apps are: what it would make live is what a note could make live.
  const md = new MarkdownIt({ html: true, linkify: true });
  md.validateLink = () => true;
  const exportWithNote = (note: string) => toMarkdown([sampleAnnotation({ note })], [samplePage({ note })]);

  /** What the export's tokens hold, the structure we write ourselves taken away. */
  function rendered(note: string) {
    const flat: Token[] = [];
    const walk = (ts: Token[]) => ts.forEach((t) => (flat.push(t), t.children && walk(t.children)));
    walk(md.parse(exportWithNote(note), {}));
    const of = (type: string) => flat.filter((t) => t.type === type);
    return {
      hrefs: of('link_open').map((t) => t.attrGet('href') ?? ''),
      images: of('image').length,
      headings: of('heading_open').length,
      rules: of('hr').length,
      quotes: of('blockquote_open').length,
      fences: of('fence').length,
      tables: of('table_open').length,
      html: of('html_block').length + of('html_inline').length,
      text: flat.filter((t) => t.type === 'text' || t.type === 'code_inline').map((t) => t.content).join(''),
    };
  }
  // Our own structure: the page heading, its URL autolink (http), one quote block.
  const OURS = { images: 0, headings: 1, rules: 0, quotes: 1, fences: 0, tables: 0, html: 0 };
  const liveOk = (href: string) => /^https?:\/\//i.test(href);

  it.each([
    ['an inline javascript: link', '[click me](javascript:alert(document.cookie))', 'click me'],
    ['a link with an entity-encoded scheme', '[x](&#106;avascript:alert(1))', 'x'],
    ['a data: link', '[doc](data:text/html;base64,PHNjcmlwdD4=)', 'doc'],
    ['a file: link', '[passwords](file:///etc/passwd)', 'passwords'],
    ['a link in angle brackets', '[x](<javascript:alert(1)>)', 'x'],
    ['a reference definition', 'see [here][1]\n\n[1]: javascript:alert(1)', 'see'],
    ['a footnote definition', 'text[^1]\n\n[^1]: javascript:alert(1)', 'text'],
    ['an autolink', '<javascript:alert(1)>', 'javascript:alert(1)'],
    ['an image (a tracking pixel)', '![](https://tracker.example/p.gif?u=me)', '!'],
    ['an Obsidian embed and wikilink', '![[Private note]] and [[Secret page]]', 'Secret page'],
    ['a heading', '# Not a page\n## Nor this', 'Not a page'],
    ['a setext heading', 'Fake title\n===', 'Fake title'],
    ['a thematic break (our page separator)', 'before\n\n---\n\nafter', 'after'],
    ['a fake quote with attribution', '> We never said that\n>\n> — **Someone Else**', 'We never said that'],
    ['a list item holding a heading and a quote', '- # big\n- > quoted', 'big'],
    ['a code fence that would swallow the rest', '```\nunclosed', 'unclosed'],
    ['a tilde fence', '~~~js\nalert(1)', 'alert(1)'],
    ['a table', '| a | b |\n|---|:-:|\n| 1 | 2 |', 'a'],
    ['raw HTML', '<img src=x onerror=alert(1)><a href="javascript:x">y</a>', 'onerror'],
  ])('neutralises %s and keeps the text readable', (_name, note, visible) => {
    const r = rendered(note);
    expect(r.hrefs.filter((h) => !liveOk(h))).toEqual([]);
    expect({ images: r.images, headings: r.headings, rules: r.rules, quotes: r.quotes, fences: r.fences, tables: r.tables, html: r.html }).toEqual(OURS);
    expect(r.text).toContain(visible);
  });

  it('keeps an http(s) link, emphasis and lists live', () => {
    const note = 'See [the report](https://gov.example/report.pdf) — **really**\n\n- one\n- two';
    const r = rendered(note);
    expect(r.hrefs).toContain('https://gov.example/report.pdf');
    expect(exportWithNote(note)).toContain('[the report](https://gov.example/report.pdf) — **really**\n\n- one\n- two');
  });

  it('holds for any note made of such pieces', () => {
    const piece = fc.constantFrom(
      '[a](javascript:x)', '](', '[', ']', '(', ')', '![', '!', '[[', ']]', '<', '>', '#', '##', '---', '***', '___', '===', '```', '~~~', '|', '|-|', ':-:',
      '[^1]: ', '[1]: ', '- ', '1. ', '* ', '> ', '    ', '\n', '\n\n', ' ', 'javascript:', 'data:', 'https://ok.example/', 'text', '&#106;', '\\',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (note) => {
        const r = rendered(note);
        expect(r.hrefs.filter((h) => !liveOk(h))).toEqual([]);
        expect({ images: r.images, headings: r.headings, rules: r.rules, quotes: r.quotes, fences: r.fences, tables: r.tables, html: r.html }).toEqual(OURS);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
});
