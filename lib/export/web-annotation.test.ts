import type { Annotation } from '../model';
import { pageKeyFor } from '../page-key';
import { sampleAnnotation } from './test-samples';
import { ANNO_CONTEXT, annotationIri, idFromIri, parseWebAnnotations, toWebAnnotation, toWebAnnotationCollection } from './web-annotation';

const W3C_MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];
const isIri = (s: unknown) => typeof s === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(s);
const isIsoDate = (s: unknown) => typeof s === 'string' && !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT/.test(s);

/** The Web Annotation Data Model's MUSTs for what we emit, as a list of problems. */
function modelProblems(a: Record<string, unknown>, needsContext: boolean): string[] {
  const problems: string[] = [];
  if (needsContext && a['@context'] !== ANNO_CONTEXT) problems.push('@context');
  if (!isIri(a.id)) problems.push('id');
  if (a.type !== 'Annotation') problems.push('type');
  if (!W3C_MOTIVATIONS.includes(a.motivation as string)) problems.push('motivation');
  if (!isIsoDate(a.created) || !isIsoDate(a.modified)) problems.push('created/modified');
  if ('creator' in a) problems.push('creator');
  for (const b of (a.body as Record<string, unknown>[] | undefined) ?? []) {
    if (b.type !== 'TextualBody' || typeof b.value !== 'string' || !W3C_MOTIVATIONS.includes(b.purpose as string)) problems.push('body');
  }
  const target = a.target as { source?: unknown; selector?: Record<string, unknown>[] } | undefined;
  if (!target || !isIri(target.source) || !Array.isArray(target.selector) || !target.selector.length) problems.push('target');
  for (const s of target?.selector ?? []) {
    if (s.type === 'TextQuoteSelector' && typeof s.exact !== 'string') problems.push('TextQuoteSelector.exact');
    else if (s.type === 'TextPositionSelector' && !(Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) <= (s.end as number))) problems.push('TextPositionSelector');
    else if (s.type !== 'TextQuoteSelector' && s.type !== 'TextPositionSelector') problems.push('selector.type');
  }
  return problems;
}

describe('toWebAnnotation', () => {
  it('meets the model for every kind, with the right motivation and bodies', () => {
    const cases: [Partial<Annotation>, string][] = [
      [{ kind: 'highlight', note: '', tags: [] }, 'highlighting'],
      [{ kind: 'highlight', note: 'n', tags: [] }, 'commenting'],
      [{ kind: 'highlight', note: '', tags: ['t'] }, 'tagging'],
      [{ kind: 'quote' }, 'classifying'],
      [{ kind: 'claim' }, 'classifying'],
      [{ kind: 'disputed', disputedBy: 'Auditor' }, 'assessing'],
    ];
    for (const [over, motivation] of cases) {
      const w = toWebAnnotation(sampleAnnotation(over)) as unknown as Record<string, unknown>;
      expect(modelProblems(w, true)).toEqual([]);
      expect(w.motivation).toBe(motivation);
    }
    const w = toWebAnnotation(sampleAnnotation());
    expect(w.id).toBe('urn:uuid:6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f');
    expect(w.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'Check against the transcript', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'classifying', value: 'quote', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'describing', value: 'Speaker: Jane Doe', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'politics', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'follow up', format: 'text/plain' },
    ]);
    expect(w.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(toWebAnnotation(sampleAnnotation({ kind: 'highlight', note: '', tags: [], speaker: null })).body).toBeUndefined();
  });

  it('adds a quote selector from the exact text when the record has none', () => {
    const w = toWebAnnotation(sampleAnnotation({ selectors: [] }));
    expect(w.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'We will not back down', prefix: '', suffix: '' }]);
  });
});

describe('toWebAnnotationCollection', () => {
  it('is a valid collection with its first page embedded', () => {
    const c = toWebAnnotationCollection([sampleAnnotation(), sampleAnnotation({ id: 'hypothesis:abc' })], { id: 'urn:uuid:00000000-0000-4000-8000-000000000000' });
    expect(c).toMatchObject({ '@context': ANNO_CONTEXT, type: 'AnnotationCollection', total: 2, first: { type: 'AnnotationPage', startIndex: 0 } });
    expect(isIri(c.id) && isIri(c.first.id)).toBe(true);
    for (const item of c.first.items) expect(modelProblems(item as unknown as Record<string, unknown>, false)).toEqual([]);
    expect(c.first.items[1].id).toBe('hypothesis:abc');
  });
});

describe('ids', () => {
  it.each(['6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', 'hypothesis:abc', 'plain id/with spaces'])('%s survives iri and back', (id) => {
    expect(isIri(annotationIri(id))).toBe(true);
    expect(idFromIri(annotationIri(id))).toBe(id);
  });
});

describe('parseWebAnnotations', () => {
  it('reads back what it writes (except the fields the model has no place for)', () => {
    const a = sampleAnnotation({ kind: 'disputed', speaker: null, disputedBy: 'Auditor' });
    const parsed = parseWebAnnotations(JSON.parse(JSON.stringify(toWebAnnotationCollection([a]))));
    expect(parsed.annotations).toEqual([{ ...a, source: 'user', title: '', claimant: null, reason: null }]);
    expect(parsed.pages).toHaveLength(1);
  });

  it('accepts a single annotation, an array, a page, bodyValue, string target parts and unknown selectors', () => {
    const one = {
      '@context': ANNO_CONTEXT,
      id: 'https://example.org/anno/1',
      type: 'Annotation',
      bodyValue: 'A comment',
      target: ['https://example.org/whole-page', { source: 'https://www.news.example/a?utm_source=x', selector: [{ type: 'CssSelector', value: '#p' }, { type: 'TextQuoteSelector', exact: 'words' }] }],
    };
    for (const json of [one, [one], { type: 'AnnotationPage', items: [one] }]) {
      const { annotations, unsupported } = parseWebAnnotations(json, 5);
      expect(unsupported).toBe(0);
      expect(annotations[0]).toMatchObject({
        id: 'https://example.org/anno/1',
        pageKey: pageKeyFor('https://news.example/a'),
        exact: 'words',
        note: 'A comment',
        kind: 'highlight',
        selectors: [{ type: 'TextQuoteSelector', exact: 'words', prefix: '', suffix: '' }],
        createdAt: 5,
      });
    }
  });

  it('reads a comment on a whole page as that page’s note, and counts targets it cannot keep as unsupported', () => {
    const r = parseWebAnnotations([
      { type: 'Annotation', target: 'https://news.example/a', bodyValue: 'page note', modified: '2026-11-27T10:00:00Z' },
      { type: 'Annotation', target: { source: 'https://news.example/a' }, body: { type: 'TextualBody', value: 'second thought' } },
      { type: 'Annotation', target: 'https://news.example/b' },
    ]);
    expect(r.annotations).toEqual([]);
    expect(r.unsupported).toBe(1);
    expect(r.pages).toEqual([
      expect.objectContaining({ pageKey: pageKeyFor('https://news.example/a'), note: 'page note\n\nsecond thought', siteName: 'news.example', noteUpdatedAt: Date.UTC(2026, 10, 27, 10) }),
    ]);
  });

  it('writes page notes as annotations of the page itself, and reads them back', () => {
    const page = { pageKey: 'https://news.example/a', url: 'https://news.example/a', title: 'A', siteName: 'news.example', note: 'Whole page', firstSeen: 1000, lastSeen: 3000, noteUpdatedAt: 2000 };
    const collection = toWebAnnotationCollection([sampleAnnotation()], { pages: [page, { ...page, pageKey: 'b', note: ' ' }] });
    expect(collection.total).toBe(2);
    const note = collection.first.items[1]!;
    expect(note).toMatchObject({ motivation: 'commenting', target: 'https://news.example/a', body: [{ purpose: 'commenting', value: 'Whole page' }] });
    const parsed = parseWebAnnotations(JSON.parse(JSON.stringify(collection)));
    expect(parsed.pages.find((p) => p.pageKey === 'https://news.example/a')).toMatchObject({ note: 'Whole page', noteUpdatedAt: 2000 });
  });

  it('says what the analysis had named for a corrected name, and reads it back', () => {
    const a = sampleAnnotation({ speaker: 'Janet Doe', originalSpeaker: 'Jane Doe', kind: 'disputed', disputedBy: 'Auditor', originalDisputedBy: null });
    const wa = toWebAnnotation(a);
    expect(wa.body).toEqual(expect.arrayContaining([
      expect.objectContaining({ purpose: 'describing', value: 'Speaker as detected: Jane Doe' }),
      expect.objectContaining({ purpose: 'describing', value: 'Disputed by as detected: (none)' }),
    ]));
    const [back] = parseWebAnnotations(JSON.parse(JSON.stringify(wa))).annotations;
    expect(back).toMatchObject({ source: 'auto', speaker: 'Janet Doe', originalSpeaker: 'Jane Doe', disputedBy: 'Auditor', originalDisputedBy: null });
  });

  it.each([
    [{ type: 'AnnotationCollection', first: 'https://example.org/page1' }, 'first: the collection links to its pages'],
    [{ type: 'Annotation' }, 'target: is missing'],
    [[{ type: 'Annotation', target: { source: 42 } }], '[0].target.source: expected a string, got a number'],
    [[{ type: 'Note', target: 'x' }], '[0].type: expected "Annotation"'],
    [{ type: 'Annotation', created: 'yesterday', target: { source: 'https://a.example/', selector: { type: 'TextQuoteSelector', exact: 'x' } } }, 'created: expected an ISO date'],
    [{ type: 'Annotation', target: { source: 'https://a.example/', selector: [{ type: 'TextQuoteSelector', exact: 'x' }, { type: 'TextPositionSelector', start: -1, end: 3 }] } }, 'target.selector[1].start: must be at least 0'],
  ])('rejects %j', (json, message) => {
    expect(() => parseWebAnnotations(json)).toThrow(message);
  });
});
