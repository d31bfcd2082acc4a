// @vitest-environment happy-dom
// A W3C Web Annotation exported by Claimlight re-anchors with our own anchor() on the original page,
// through a JSON round trip (what another tool, or a later import, would read).
import fs from 'node:fs';
import path from 'node:path';
import { describe as suite, expect, it } from 'vitest';
import { anchor, describe } from '../anchoring';
import { buildTextMap, rangeAt } from '../dom/text-map';
import type { Annotation } from '../model';
import { toWebAnnotationCollection } from './web-annotation';

const SEED = path.resolve(__dirname, '../../../shared/fixtures/seed/page.html');

function loadSeed(extra = ''): void {
  const html = fs.readFileSync(SEED, 'utf8');
  const body = html.slice(html.indexOf('<body>') + 6, html.lastIndexOf('</body>'));
  document.body.innerHTML = body + extra; // fixture markup of our own test page
}

function annotationFor(phrase: string, id: string): Annotation {
  const map = buildTextMap(document.body);
  const start = map.text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  const range = rangeAt(map, start, start + phrase.length)!;
  return {
    id, pageKey: 'https://news.example/world/trump-putin-ceasefire-call', url: 'https://news.example/world/trump-putin-ceasefire-call',
    title: 'Trump and Putin seek ceasefire', kind: 'quote', source: 'auto', exact: range.toString(), selectors: describe(document.body, range),
    note: 'Check the maps 🗺️', tags: ['kursk'], color: null, speaker: 'Donald Trump', disputedBy: null, claimant: null,
    reason: null, dismissed: false, createdAt: 1_742_300_000_000, updatedAt: 1_742_300_000_000,
  };
}

suite('W3C export re-anchors on the original page', () => {
  it('finds exactly the annotated words from the exported selectors', () => {
    loadSeed('<p>Emoji before 😀😀 the “last words” here.</p>');
    const phrases = [
      'They’re surrounded by Russian soldiers',
      'exchange 175 prisoners of war each on Wednesday',
      'the “last words” here', // after non-BMP characters: positions are code points
    ];
    const list = phrases.map((p, i) => annotationFor(p, `00000000-0000-4000-8000-00000000000${i}`));
    const exported = JSON.parse(JSON.stringify(toWebAnnotationCollection(list)));
    const items = exported.first?.items ?? exported.items;
    expect(items).toHaveLength(phrases.length);
    items.forEach((wa: { target: { selector: Annotation['selectors'] } }, i: number) => {
      const range = anchor(document.body, wa.target.selector);
      expect(range?.toString()).toBe(phrases[i]);
      // The position selector alone points at the same words (code points, not UTF-16 units).
      const pos = wa.target.selector.find((s) => s.type === 'TextPositionSelector');
      const text = buildTextMap(document.body).text;
      expect(pos && [...text].slice(pos.start, pos.end).join('')).toBe(phrases[i]);
    });
  });
});
