// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, Finding } from '@/lib/model';
import type { ArticleExtract } from '@/lib/article';
import { runNow } from '@/lib/dom/steps';
import { buildTextMap } from '@/lib/dom/text-map';
import { itemFromAnnotation } from './items';
import { inPlace, planPaint, type Analysis } from './paint-plan';

let p: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<p id="p">Exports rose in May, the minister said.</p>'; // fixture markup, not page text
  p = document.getElementById('p')!;
});

const article = (): ArticleExtract => {
  const map = buildTextMap(p);
  return { root: p, map, input: { text: map.text, blocks: [], title: '' } } as unknown as ArticleExtract;
};
const claim = { kind: 'claim', start: 0, end: 19, text: 'Exports rose in May', reason: 'figure', confidence: 1 } as Finding;
const analysis = (text = p.textContent!): Analysis => ({ text, findings: [claim], ids: ['f1'] });

function saved(id: string, over: Partial<Annotation> = {}): Annotation {
  return { id, kind: 'highlight', source: 'user', exact: 'minister', selectors: [], note: '', speaker: null, disputedBy: null, dismissed: false, ...over } as Annotation;
}

/** Page tools that anchor the first annotation asked for to "minister", no other. */
const tools = {
  *anchorAllSteps(_body: Element, selectors: unknown[]) {
    return selectors.map((_s, i) => (i === 0 ? rangeOf('minister') : null));
  },
  itemFromAnnotation,
};
function rangeOf(words: string): Range {
  const text = p.firstChild as Text;
  const r = document.createRange();
  const at = text.data.indexOf(words);
  r.setStart(text, at);
  r.setEnd(text, at + words.length);
  return r;
}

describe('what the session paints and lists', () => {
  it('saved annotations: anchored ones painted and listed, the others listed as orphans, dismissed ones neither', () => {
    const { items, paint } = runNow(planPaint(document.body, tools, [saved('a1'), saved('a2'), saved('a3', { dismissed: true })], null, null));
    expect(items.map((i) => [i.id, i.orphan])).toEqual([['a1', false], ['a2', true]]);
    expect(paint.map((x) => [x.id, x.saved, x.start.offset, x.end.offset])).toEqual([['a1', true, 25, 33]]);
  });

  it('findings nothing saved are laid out on the article text they were found in', () => {
    const { items, paint } = runNow(planPaint(document.body, null, [], analysis(), article()));
    expect(items.map((i) => [i.id, i.source, i.saved])).toEqual([['f1', 'auto', false]]);
    expect(paint.map((x) => [x.id, x.kind, x.start.offset, x.end.offset])).toEqual([['f1', 'claim', 0, 19]]);
  });

  it('findings of another text (the article changed since) are not laid out', () => {
    const { items, paint } = runNow(planPaint(document.body, null, [], analysis('Older words.'), article()));
    expect(items).toEqual([]);
    expect(paint).toEqual([]);
  });

  it('a finding the reader kept is shown by its record, not twice', () => {
    const kept = saved('f1@page', { source: 'auto', kind: 'claim', exact: 'Exports rose in May' });
    const { items } = runNow(planPaint(document.body, tools, [kept], analysis(), article()));
    expect(items.map((i) => i.id)).toEqual(['f1@page']);
  });
});

describe('whether an article text model still holds', () => {
  it('holds while its text nodes are in place with their lengths; not once one changed or left', () => {
    const a = article();
    expect(runNow(inPlace(a.map))).toBe(true);
    (p.firstChild as Text).appendData('!');
    expect(runNow(inPlace(a.map))).toBe(false);
    const b = article();
    p.textContent = 'Replaced.';
    expect(runNow(inPlace(b.map))).toBe(false);
  });
});
