// describe ⇄ anchor round trips on real DOM trees; registered by one test file per DOM
// implementation (happy-dom, jsdom) so both are held to the same behaviour.
import { describe as suite, expect, it } from 'vitest';
import type { TextPositionSelector, TextQuoteSelector } from '../model';
import { rangeOffsets } from '../dom/text-map';
import { anchor, anchorAll, describe } from './index';
import { anchoringTextMap } from './text-model';

function dom(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html; // fixed test markup, not page text
  document.body.appendChild(el);
  return el;
}

/** The anchoring text covered by a range (Range.toString would include skipped script text). */
function textOf(root: Element, range: Range | null): string | null {
  if (!range) return null;
  const map = anchoringTextMap(root);
  const o = rangeOffsets(map, range);
  return o && map.text.slice(o.start, o.end);
}

/** A range over the n-th occurrence of `words` in root's anchoring text. */
function rangeOver(root: Element, words: string, nth = 0): Range {
  const map = anchoringTextMap(root);
  let at = -1;
  for (let k = 0; k <= nth; k++) at = map.text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`no ${words}`);
  const range = document.createRange();
  const startIndex = map.nodes.findLastIndex((_, i) => map.starts[i]! <= at);
  range.setStart(map.nodes[startIndex]!, at - map.starts[startIndex]!);
  const end = at + words.length;
  const endIndex = map.nodes.findLastIndex((_, i) => map.starts[i]! < end);
  range.setEnd(map.nodes[endIndex]!, end - map.starts[endIndex]!);
  return range;
}

export function roundTripSuite(env: string): void {
  suite(`anchoring round trips (${env})`, () => {
    it('describes a quote with 32 characters of context and its code-point position', () => {
      const root = dom('<p>The minister said the plan was "fully funded and on schedule" before leaving the room quickly.</p>');
      const [quote, position] = describe(root, rangeOver(root, 'fully funded and on schedule')) as [TextQuoteSelector, TextPositionSelector];
      expect(quote.exact).toBe('fully funded and on schedule');
      expect(quote.prefix).toBe('The minister said the plan was "'.slice(-32));
      expect(quote.prefix.length).toBe(32);
      expect(quote.suffix).toBe('" before leaving the room quickly.'.slice(0, 32));
      expect(position).toEqual({ type: 'TextPositionSelector', start: 32, end: 60 });
    });

    it('keeps shorter context only at the edges of the text', () => {
      const root = dom('<p>Short start. And then a lot more text follows here, well beyond thirty-two characters.</p>');
      const [quote] = describe(root, rangeOver(root, 'Short')) as [TextQuoteSelector];
      expect(quote.prefix).toBe('');
      expect(quote.suffix.length).toBe(32);
    });

    it('round-trips text split across elements, empty and adjacent text nodes and <br>', () => {
      const root = dom('<p>Before <em>the </em><b>split</b><span></span> quote<br>goes on and on, after it.</p>');
      const p = root.querySelector('p')!;
      p.insertBefore(document.createTextNode(''), p.firstChild);
      p.querySelector('span')!.appendChild(document.createTextNode(''));
      p.appendChild(document.createTextNode(' More'));
      p.appendChild(document.createTextNode(' text.'));
      const range = rangeOver(root, 'the split quotegoes');
      const selectors = describe(root, range);
      expect(textOf(root, anchor(root, selectors))).toBe('the split quotegoes');
      expect(textOf(root, anchor(root, describe(root, rangeOver(root, 'More text'))))).toBe('More text');
    });

    it('ignores scripts, styles and Claimlight UI in the text model', () => {
      const root = dom(
        '<p>Alpha <script>var noise = 1;</script>beta <style>p{}</style>gamma <span data-claimlight-ui>UI label</span>delta.</p>',
      );
      const selectors = describe(root, rangeOver(root, 'beta gamma delta'));
      expect((selectors[0] as TextQuoteSelector).prefix).toBe('Alpha ');
      expect(textOf(root, anchor(root, selectors))).toBe('beta gamma delta');
    });

    it('describes ranges whose boundaries are elements, and clamps ranges reaching outside the root', () => {
      const root = dom('<p>One</p><p>Two</p><p>Three</p>');
      const range = document.createRange();
      range.setStartBefore(root.children[1]!);
      range.setEndAfter(root.children[2]!);
      expect((describe(root, range)[0] as TextQuoteSelector).exact).toBe('TwoThree');
      const wide = document.createRange();
      wide.setStart(document.body, 0);
      wide.setEnd(root.children[0]!.firstChild!, 2);
      expect((describe(root, wide)[0] as TextQuoteSelector).exact).toBe('On');
      const collapsed = document.createRange();
      collapsed.setStart(root.children[0]!.firstChild!, 1);
      expect(describe(root, collapsed)).toEqual([]);
    });

    it('counts positions in code points and never splits a surrogate pair', () => {
      const root = dom('<p>😀 <em>𝔘nicode</em> and 🎉 "a quote 👍" <b>with</b> emoji after it 😀.</p>');
      const selectors = describe(root, rangeOver(root, 'a quote 👍'));
      const position = selectors[1] as TextPositionSelector;
      expect(position.start).toBe(Array.from('😀 𝔘nicode and 🎉 "').length);
      expect(position.end - position.start).toBe(Array.from('a quote 👍').length);
      expect(textOf(root, anchor(root, selectors))).toBe('a quote 👍');

      // A range ending between the halves of 👍 is widened to the whole character.
      const half = rangeOver(root, 'a quote \ud83d');
      expect((describe(root, half)[0] as TextQuoteSelector).exact).toBe('a quote 👍');
    });

    it('re-anchors after the text is re-wrapped into different elements', () => {
      const before = dom('<p>The mayor said "we will rebuild the bridge by spring" at the meeting on Monday evening.</p>');
      const selectors = describe(before, rangeOver(before, 'we will rebuild the bridge by spring'));
      const after = dom('<div><p>The mayor said "we <em>will</em> re</p><p>build the <a href="#">bridge</a> by spring" at the</p> meeting on Monday evening.</div>');
      const range = anchor(after, selectors)!;
      expect(textOf(after, range)).toBe('we will rebuild the bridge by spring');
      expect(range.startContainer.nodeType).toBe(3);
      expect(range.endContainer.nodeType).toBe(3);
    });

    it('anchors many annotations with one text map and reports orphans as null', () => {
      const root = dom('<p>First claim here, with context. Second claim there, also with context. Third one at the end.</p>');
      const list = ['First claim', 'Second claim', 'Third one'].map((w) => describe(root, rangeOver(root, w)));
      list.push([{ type: 'TextQuoteSelector', exact: 'words that are nowhere in the text at all', prefix: '', suffix: '' }]);
      const ranges = anchorAll(root, list);
      expect(ranges.map((r) => textOf(root, r))).toEqual(['First claim', 'Second claim', 'Third one', null]);
    });
  });
}
