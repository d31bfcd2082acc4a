// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { markFrom, nextAnnotation, pieceOf, piecesOf, relatedTo } from './marks';

const m = (id: string, kind: string, inner: string) =>
  `<mark class="claimlight-mark" data-claimlight-id="${id}" data-claimlight-kind="${kind}" tabindex="-1">${inner}</mark>`;

beforeEach(() => {
  document.body.innerHTML = `
    <p>${m('d1', 'disputed', `It is said ${m('q1', 'quote', 'that words')} matter`)}.</p>
    <p>${m('c1', 'claim', 'Sales rose')} and ${m('c1', 'claim', 'fell')}. <mark>not ours</mark></p>
    <p>${m('h1', 'highlight', 'the end')}</p>`;
});

const first = (id: string) => piecesOf(document, id)[0]!;

describe('marks', () => {
  it('finds the innermost Claimlight mark of an event target, ignoring other marks', () => {
    const text = first('q1').firstChild!;
    expect(markFrom(text)?.getAttribute('data-claimlight-id')).toBe('q1');
    expect(markFrom(document.querySelector('mark:not(.claimlight-mark)'))).toBeNull();
    expect(markFrom(null)).toBeNull();
  });

  it('treats the pieces of one annotation as one', () => {
    expect(piecesOf(document, 'c1').map((p) => p.textContent)).toEqual(['Sales rose', 'fell']);
  });

  it('lists the annotations nested with a mark, both ways', () => {
    expect(relatedTo(first('q1'))).toEqual([{ id: 'd1', kind: 'disputed' }]);
    expect(relatedTo(first('d1'))).toEqual([{ id: 'q1', kind: 'quote' }]);
    expect(relatedTo(first('h1'))).toEqual([]);
  });

  it('travels to the next and previous annotation, once per annotation, wrapping', () => {
    const ids = (el: Element | null) => el?.getAttribute('data-claimlight-id');
    expect(ids(nextAnnotation(document.body, null, 1))).toBe('d1');
    expect(ids(nextAnnotation(document.body, first('d1'), 1))).toBe('q1');
    expect(ids(nextAnnotation(document.body, first('q1'), 1))).toBe('c1');
    expect(ids(nextAnnotation(document.body, piecesOf(document, 'c1')[1]!, 1))).toBe('h1');
    expect(ids(nextAnnotation(document.body, first('h1'), 1))).toBe('d1');
    expect(ids(nextAnnotation(document.body, first('d1'), -1))).toBe('h1');
    expect(ids(nextAnnotation(document.body, null, -1))).toBe('h1');
  });

  it('a card’s mark: the piece it opened from while that is in the page, else its annotation’s first piece', () => {
    const second = piecesOf(document, 'c1')[1]!;
    expect(pieceOf(document, { id: 'c1', origin: second })).toBe(second);
    second.remove();
    expect(pieceOf(document, { id: 'c1', origin: second })).toBe(first('c1'));
    expect(pieceOf(document, { id: 'c1', origin: null })).toBe(first('c1'));
    expect(pieceOf(document, { id: 'gone', origin: null })).toBeUndefined();
  });
});
