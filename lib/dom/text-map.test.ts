// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { STEP_NODES, type Steps } from './steps';
import { buildTextMap, rangeAt, rangeOffsets, textMapSteps, type TextMapOptions } from './text-map';

function dom(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html; // test fixture markup, not page text
  return el;
}

describe('text map', () => {
  it('concatenates text nodes across elements and maps offsets back to ranges', () => {
    const root = dom('<p>Hello <b>brave</b> new</p><p>world</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('Hello brave newworld');
    const r = rangeAt(map, 3, 14)!;
    expect(r.toString()).toBe('lo brave ne');
    expect(rangeOffsets(map, r)).toEqual({ start: 3, end: 14 });
  });

  it('inserts virtual separators without breaking the mapping', () => {
    const root = dom('<p>One.</p><p>Two.</p>');
    const map = buildTextMap(root, { separator: () => '\n\n' });
    expect(map.text).toBe('One.\n\nTwo.');
    expect(rangeAt(map, 6, 10)!.toString()).toBe('Two.');
    expect(rangeAt(map, 0, 10)!.toString()).toBe('One.Two.');
    // A range starting inside the separator snaps to the next node.
    expect(rangeAt(map, 5, 8)!.toString()).toBe('Tw');
  });

  it('skips subtrees and handles empty and adjacent text nodes', () => {
    const root = dom('<p>a<script>var x</script>b</p>');
    root.querySelector('p')!.appendChild(document.createTextNode(''));
    root.querySelector('p')!.appendChild(document.createTextNode('c'));
    const map = buildTextMap(root, { skipElement: (e) => e.tagName === 'SCRIPT' });
    expect(map.text).toBe('abc');
    expect(rangeAt(map, 1, 3)!.toString()).toBe('bc');
  });

  it('handles non-BMP characters as two code units', () => {
    const root = dom('<p>x😀y</p>');
    const map = buildTextMap(root);
    expect(rangeAt(map, 1, 3)!.toString()).toBe('😀');
  });
});

describe('textMapSteps on a slow CPU', () => {
  /** Steps a pass by hand; `atPause` runs at each pause point. */
  function stepThrough<T>(steps: Steps<T>, atPause: () => void): T {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      atPause();
    }
  }

  it('looks at no more than STEP_NODES elements and text nodes between two pauses, and builds the same map', () => {
    // 600 icon wrappers with no kept text between them, then paragraphs with inline markup,
    // whitespace-only nodes and a skipped subtree.
    const root = dom(
      `<div>${'<span class="icon"><i></i></span>\n'.repeat(600)}</div>` +
        Array.from({ length: 300 }, (_, i) => `<p>Post <b>${i}</b>: the bridge <em>reopens</em>.</p>\n<aside>skip ${i}</aside>`).join(''),
    );
    let since = 0; // elements and text nodes looked at since the last pause
    let elements = 0;
    let most = 0;
    let mostElements = 0;
    const opts: TextMapOptions = {
      skipElement: (el) => ((most = Math.max(most, ++since)), (mostElements = Math.max(mostElements, ++elements)), el.localName === 'aside'),
      acceptNode: (t) => ((most = Math.max(most, ++since)), /\S/.test(t.data)),
      separator: (a, b) => (a.parentElement!.closest('p') === b.parentElement!.closest('p') ? '' : '\n\n'),
    };
    let pauses = 0;
    const map = stepThrough(textMapSteps(root, opts), () => ((since = elements = 0), pauses++));
    expect(mostElements).toBeGreaterThan(0);
    expect(mostElements).toBeLessThanOrEqual(STEP_NODES);
    // A text node that is not kept cannot end the walker's step: the pause comes at the next node.
    expect(most).toBeLessThanOrEqual(STEP_NODES + 1);
    // 600 × 2 wrapper elements alone make 60 pauses.
    expect(pauses).toBeGreaterThanOrEqual(1200 / STEP_NODES);
    const once = buildTextMap(root, opts);
    expect(map.text).toBe(once.text);
    expect(map.nodes).toEqual(once.nodes);
    expect(map.starts).toEqual(once.starts);
    expect(map.lengths).toEqual(once.lengths);
    expect(map.text.startsWith('Post 0: the bridge reopens.\n\nPost 1:')).toBe(true);
    expect(map.text).not.toContain('skip');
    expect(rangeAt(map, map.text.indexOf('Post 299'), map.text.indexOf('Post 299') + 8)!.toString()).toBe('Post 299');
  });

  it('joins the text in pieces as it goes: the same text whatever the number of parts', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    const root = dom(words.map((w) => `<span>${w}</span>`).join(' '));
    const map = buildTextMap(root);
    expect(map.text).toBe(words.join(' '));
    expect(map.nodes.length).toBe(2 * 3000 - 1);
  });
});
