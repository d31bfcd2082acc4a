// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap, rangeAt, rangeOffsets } from './text-map';

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
