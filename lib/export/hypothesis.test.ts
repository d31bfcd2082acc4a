import { pageKeyFor } from '../page-key';
import { parseHypothesis } from './hypothesis';

const row = (over: Record<string, unknown> = {}) => ({
  id: 'Xy12abCD34',
  created: '2026-11-20T08:00:00.000000+00:00',
  updated: '2026-11-21T08:00:00.000000+00:00',
  uri: 'https://www.news.example/story?utm_medium=social',
  text: 'My <b>note</b>',
  tags: ['econ'],
  document: { title: ['The story'] },
  target: [
    {
      source: 'https://www.news.example/story',
      selector: [
        { type: 'RangeSelector', startContainer: '/div[1]/p[2]', startOffset: 0, endContainer: '/div[1]/p[2]', endOffset: 12 },
        { type: 'TextPositionSelector', start: 400, end: 412 },
        { type: 'TextQuoteSelector', exact: 'prices rose', prefix: 'Last year ', suffix: ' sharply' },
      ],
    },
  ],
  ...over,
});

describe('parseHypothesis', () => {
  it('maps an API row to a highlight on the right page', () => {
    const r = parseHypothesis([row()]);
    expect(r.format).toBe('hypothesis');
    expect(r.annotations).toEqual([
      {
        id: 'hypothesis:Xy12abCD34',
        pageKey: pageKeyFor('https://news.example/story'),
        url: 'https://www.news.example/story?utm_medium=social',
        title: 'The story',
        kind: 'highlight',
        source: 'user',
        exact: 'prices rose',
        selectors: [
          { type: 'TextPositionSelector', start: 400, end: 412 },
          { type: 'TextQuoteSelector', exact: 'prices rose', prefix: 'Last year ', suffix: ' sharply' },
        ],
        note: 'My <b>note</b>',
        tags: ['econ'],
        color: null,
        speaker: null,
        disputedBy: null,
        claimant: null,
        reason: null,
        dismissed: false,
        createdAt: Date.UTC(2026, 10, 20, 8),
        updatedAt: Date.UTC(2026, 10, 21, 8),
      },
    ]);
    expect(r.pages).toMatchObject([{ title: 'The story', siteName: 'news.example' }]);
  });

  it('reads {rows} and {annotations} wrappers; skips page notes and replies as unsupported', () => {
    const pageNote = row({ id: 'p1', target: [{ source: 'https://news.example/story' }] });
    const reply = row({ id: 'r1', references: ['Xy12abCD34'] });
    for (const json of [{ total: 3, rows: [row(), pageNote, reply] }, { annotations: [row(), pageNote, reply] }]) {
      const r = parseHypothesis(json);
      expect(r.annotations.map((a) => a.id)).toEqual(['hypothesis:Xy12abCD34']);
      expect(r.unsupported).toBe(2);
    }
  });

  it.each([
    [[row({ uri: 5 })], '[0].uri: expected a string, got a number'],
    [[row({ tags: 'econ' })], '[0].tags: expected an array, got a string'],
    [{ rows: [row(), row({ id: 'b', updated: 'soon' })] }, 'rows[1].updated: expected an ISO date'],
    [[row(), row()], '[1].id: duplicate id "Xy12abCD34" (also at [0].id)'],
    [[row({ target: [{ selector: [{ type: 'TextQuoteSelector', exact: 7 }] }] })], '[0].target[0].selector[0].exact: expected a string, got a number'],
  ])('rejects %#', (json, message) => {
    expect(() => parseHypothesis(json)).toThrow(message);
  });
});
