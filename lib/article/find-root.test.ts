// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parsePage } from './fixtures/load';
import { findArticleRoot } from './find-root';

const para = (n: number, words = 'The council said the new timetable would start in September after a consultation.') =>
  Array.from({ length: n }, (_, i) => `<p>${i}. ${words}</p>`).join('');
const page = (body: string) => parsePage(`<!doctype html><html><body>${body}</body></html>`);
const id = (doc: Document) => findArticleRoot(doc)?.id ?? null;

describe('findArticleRoot', () => {
  it('picks the articleBody with most text and grows to its <article> when that holds the <h1>', () => {
    const doc = page(`<article id="a"><h1>Headline</h1><p class="standfirst">Standfirst line of the story for readers.</p>
      <div id="body" itemprop="articleBody">${para(6)}</div></article>
      <div id="small" itemprop="articleBody">${para(1)}</div>`);
    expect(id(doc)).toBe('a');
  });

  it('keeps the articleBody when the headline is outside its <article>', () => {
    const doc = page(`<main id="m"><h1>Headline</h1><article id="a"><div id="body" itemprop="articleBody">${para(6)}</div></article></main>`);
    expect(id(doc)).toBe('body');
  });

  it('does not grow to the headline when that would take in much more text', () => {
    const doc = page(`<div id="wrap"><h1>Headline</h1><div id="other">${para(8, 'Reader comment that goes on for quite a while about the subject of the story.')}</div>
      <div id="story">${para(6)}</div></div>`);
    expect(id(doc)).toBe('wrap');
    const doc2 = page(`<div id="wrap"><h1>Headline</h1><div id="key-points">${para(10)}</div><div id="story">${para(20)}</div></div>`);
    expect(id(doc2)).toBe('story');
  });

  it('chooses the <article> with most paragraph text when several exist', () => {
    const doc = page(`<article id="teaser1">${para(1)}</article><article id="main">${para(8)}</article><article id="teaser2">${para(1)}</article>`);
    expect(id(doc)).toBe('main');
  });

  it('descends to the container of many small <article> entries (live blog)', () => {
    const entries = Array.from({ length: 10 }, (_, i) => `<article id="e${i}">${para(2)}</article>`).join('');
    const doc = page(`<div id="page"><div id="feed">${entries}</div><div id="foot"><p>Short footer text only</p></div></div>`);
    expect(id(doc)).toBe('feed');
  });

  it('ignores text in clutter when weighing (rails, comments, nav)', () => {
    const doc = page(`<div id="layout"><div id="story">${para(4)}</div><aside id="rail">${para(10)}</aside><div id="comments">${para(10)}</div></div>`);
    expect(id(doc)).toBe('story');
  });

  it('returns null on a page without reading text', () => {
    expect(findArticleRoot(page('<nav><a href="/">Home</a></nav><p>Hi</p>'))).toBeNull();
  });
});
