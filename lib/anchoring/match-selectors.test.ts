import { describe, expect, it } from 'vitest';
import type { Selector } from '../model';
import { describeText } from './describe-text';
import { matchSelectors } from './match-selectors';

function selectorsFor(text: string, start: number, end: number): Selector[] {
  return describeText(text, start, end);
}

const ARTICLE =
  'The council met on Tuesday to discuss the budget. "We cannot keep cutting services," said the mayor, ' +
  'who has led the city since 2019. Opposition members said the figures were misleading and asked for an audit. ' +
  'The vote was postponed until next month after a long debate about road repairs and school funding.';

function span(text: string, words: string): [number, number] {
  const i = text.indexOf(words);
  if (i < 0) throw new Error(`fixture lacks ${words}`);
  return [i, i + words.length];
}

describe('matchSelectors', () => {
  it('uses the position when the words and their context are unchanged', () => {
    const [s, e] = span(ARTICLE, 'We cannot keep cutting services');
    expect(matchSelectors(ARTICLE, selectorsFor(ARTICLE, s, e))).toEqual({ start: s, end: e, score: 1, strategy: 'position' });
  });

  it('finds the exact quote after text was inserted above', () => {
    const [s, e] = span(ARTICLE, 'the figures were misleading');
    const edited = 'UPDATE: this story has been corrected. ' + ARTICLE;
    const m = matchSelectors(edited, selectorsFor(ARTICLE, s, e))!;
    expect(m.strategy).toBe('quote');
    expect(edited.slice(m.start, m.end)).toBe('the figures were misleading');
  });

  it('fuzzy-matches a lightly edited quote in the same place', () => {
    const [s, e] = span(ARTICLE, 'We cannot keep cutting services');
    const edited = ARTICLE.replace('keep cutting', 'keep on cutting');
    const m = matchSelectors(edited, selectorsFor(ARTICLE, s, e))!;
    expect(m.strategy).toBe('fuzzy');
    expect(edited.slice(m.start, m.end)).toBe('We cannot keep on cutting services');
    expect(m.score).toBeGreaterThan(0.8);
  });

  it('orphans a quote whose sentence is gone', () => {
    const [s, e] = span(ARTICLE, 'Opposition members said the figures were misleading and asked for an audit.');
    const edited = ARTICLE.replace('Opposition members said the figures were misleading and asked for an audit. ', '');
    expect(matchSelectors(edited, selectorsFor(ARTICLE, s, e))).toBeNull();
  });

  it('lets the context pick between two occurrences of a short quote', () => {
    const text = 'the mayor said yes to the plan. Later the mayor said no to the press conference.';
    const second = text.lastIndexOf('the mayor');
    const edited = 'Breaking: ' + text;
    const m = matchSelectors(edited, selectorsFor(text, second, second + 9))!;
    expect(m.start).toBe(second + 'Breaking: '.length);
  });

  it('orphans a short word whose context is gone rather than guessing', () => {
    const text = 'Officials said the bridge would open in May. Residents were not convinced by the promise at all.';
    const [s, e] = span(text, 'May');
    const edited = 'Officials gave no date for the opening. Residents were not convinced by the promise at all. May';
    expect(matchSelectors(edited, selectorsFor(text, s, e))).toBeNull();
  });

  it('orphans an ambiguous quote when both places have the same context', () => {
    const block = 'In the end the committee decided, once again, to wait for more data before acting on any of the proposals it had received. ';
    const text = 'Intro text here. ' + block + 'Middle part. ';
    const [s, e] = span(text, 'to wait for more data');
    const edited = 'New intro. ' + block + 'Middle part. ' + block;
    expect(matchSelectors(edited, selectorsFor(text, s, e))).toBeNull();
  });

  it('anchors non-BMP text by code points', () => {
    const text = '🎉 Party time 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and "we did it 😀", she said at the end of the day.';
    const [s, e] = span(text, 'we did it 😀');
    const sel = selectorsFor(text, s, e);
    expect(sel[1]).toMatchObject({ start: 26, end: 37 });
    expect(matchSelectors(text, sel)!.strategy).toBe('position');
    const edited = '👍' + text;
    const m = matchSelectors(edited, sel)!;
    expect(edited.slice(m.start, m.end)).toBe('we did it 😀');
  });

  it('finds a long quote after edits inside it by searching for its head and tail', () => {
    const long = 'Opposition members said the figures were misleading and asked for an independent audit of every department before the next budget is drafted in the spring';
    const text = 'Intro paragraph about the council. ' + long + '. The vote was postponed until next month.';
    const [s, e] = span(text, long);
    const edited = ('Another paragraph was added above. ').repeat(100) + text.replace('every department', 'each department');
    const m = matchSelectors(edited, selectorsFor(text, s, e))!;
    expect(m.strategy).toBe('fuzzy');
    expect(edited.slice(m.start, m.end)).toBe(long.replace('every department', 'each department'));
  });

  it('returns null without a quote selector or with an empty text', () => {
    expect(matchSelectors(ARTICLE, [{ type: 'TextPositionSelector', start: 0, end: 5 }])).toBeNull();
    expect(matchSelectors('', selectorsFor(ARTICLE, 0, 5))).toBeNull();
  });
});
