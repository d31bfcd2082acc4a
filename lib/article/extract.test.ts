// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeAt } from '../dom/text-map';
import { extractArticle } from './extract';
import { parsePage } from './fixtures/load';

// The global document (not a DOMParser one): happy-dom collapses Ranges in parsed documents.
function extractFrom(bodyHtml: string, title = '') {
  const doc = document;
  doc.title = title;
  doc.body.innerHTML = `<div id="root">${bodyHtml}</div>`; // test markup
  const root = doc.getElementById('root')!;
  const ex = extractArticle(doc, root)!;
  return { doc, root, ex, blocks: ex.input.blocks.map((b) => [b.type, ex.input.text.slice(b.start, b.end)]) };
}

describe('extractArticle text model', () => {
  it('keeps inline markup inside one block and separates blocks with "\\n\\n"', () => {
    const { ex, blocks } = extractFrom('<h2>Sub <em>head</em></h2><p>One <a href="/x">linked</a> and <b>bold</b> sentence.</p><p>Two.</p>');
    expect(ex.input.text).toBe('Sub head\n\nOne linked and bold sentence.\n\nTwo.');
    expect(blocks).toEqual([
      ['heading', 'Sub head'],
      ['paragraph', 'One linked and bold sentence.'],
      ['paragraph', 'Two.'],
    ]);
  });

  it('keeps spaces between inline elements and drops layout whitespace between blocks', () => {
    const { ex } = extractFrom('\n  <p><b>Hello</b> <i>world</i></p>\n  <p>Next</p>\n');
    expect(ex.input.text).toBe('Hello world\n\nNext');
    expect(extractFrom('<p>Hello<b> </b>world</p>').ex.input.text).toBe('Hello world');
  });

  it('reads the same text however the text nodes are split (our marks split them; a re-check must match)', () => {
    const pages = [
      '\n  <p>Growth will be 3.5%, against 4.0%. </p>\n  <p> “Our results,” he said. </p><p>Last <a href="/x">link</a> \n</p>',
      '<div>A line with a trailing space <br>next line </div><p>\n  <b>Bold</b>\n</p>',
    ];
    for (const html of pages) {
      const { doc, ex } = extractFrom(html);
      const before = ex.input.text;
      // Wrap the end of every text node up to its trailing whitespace, as a painted finding would.
      for (const node of ex.map.nodes) {
        const end = node.data.trimEnd().length;
        if (end < 2) continue;
        const r = doc.createRange();
        r.setStart(node, 1);
        r.setEnd(node, end);
        r.surroundContents(doc.createElement('mark'));
      }
      const after = extractArticle(doc, doc.getElementById('root'))!.input.text;
      expect(after).toBe(before);
    }
  });

  it('breaks blocks at <br> and at block elements inside a text run', () => {
    const { blocks } = extractFrom('<div>First line<br><br>Second line<div>Inner block</div>Tail text</div>');
    expect(blocks.map((b) => b[1])).toEqual(['First line', 'Second line', 'Inner block', 'Tail text']);
  });

  it('joins text across a skipped inline element without a break', () => {
    const { ex } = extractFrom('<p>Before <span class="visually-hidden">hidden label </span>after.</p>');
    expect(ex.input.text).toBe('Before after.');
  });

  it('breaks text across a skipped block element', () => {
    const { blocks } = extractFrom('<div>Before the figure.<figure><figcaption>Caption</figcaption></figure>After the figure.</div>');
    expect(blocks.map((b) => b[1])).toEqual(['Before the figure.', 'After the figure.']);
  });

  it('types blocks by their nearest heading, list item or blockquote', () => {
    const { blocks } = extractFrom('<blockquote><p>Quoted.</p></blockquote><ul><li><p>Item para.</p></li></ul><ol><li>Item.</li></ol><div role="heading">Aria heading</div>');
    expect(blocks).toEqual([
      ['blockquote', 'Quoted.'],
      ['listitem', 'Item para.'],
      ['listitem', 'Item.'],
      ['heading', 'Aria heading'],
    ]);
  });

  it('trims block offsets but keeps the text itself unchanged', () => {
    const { ex } = extractFrom('<p>\n   Indented text.  \n</p><p>Second.</p>');
    expect(ex.input.text).toBe('\n   Indented text.  \n\n\nSecond.');
    expect(ex.input.text.slice(ex.input.blocks[0]!.start, ex.input.blocks[0]!.end)).toBe('Indented text.');
  });

  it('produces a map whose text is the kept nodes plus separators, with valid DOM offsets', () => {
    const { ex } = extractFrom('<p>Alpha <b>beta</b></p><div class="share-bar"><a href="#">Share</a></div><p>Gamma <i>delta</i> epsilon</p>');
    const { map } = ex;
    let rebuilt = '';
    map.nodes.forEach((n, i) => {
      rebuilt = rebuilt.padEnd(map.starts[i]!, '\n');
      expect(map.text.slice(map.starts[i]!, map.starts[i]! + n.data.length)).toBe(n.data);
      rebuilt += n.data;
    });
    expect(rebuilt).toBe(map.text);
    const start = map.text.indexOf('delta');
    expect(rangeAt(map, start, start + 'delta epsilon'.length)!.toString()).toBe('delta epsilon');
  });

  it('skips Claimlight UI and other clutter inside the root', () => {
    const { ex } = extractFrom('<p>Story text here.</p><div data-claimlight-ui><p>Claimlight panel</p></div><script>var a = "code";</script>');
    expect(ex.input.text).toBe('Story text here.');
  });

  it('uses the headline in the root as title, else og:title, else <title>', () => {
    expect(extractFrom('<h1>Root headline</h1><p>Text.</p>', 'Doc title').ex.input.title).toBe('Root headline');
    expect(extractFrom('<p>Text.</p>', 'Doc title').ex.input.title).toBe('Doc title');
  });

  it('returns null when the root has no text, or no root can be found', () => {
    const doc = parsePage('<!doctype html><html><body><div id="r"><script>x()</script></div></body></html>');
    expect(extractArticle(doc, doc.getElementById('r'))).toBeNull();
    expect(extractArticle(doc)).toBeNull();
    expect(extractArticle(doc, null)).toBeNull();
  });
});
