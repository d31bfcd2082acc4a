// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parsePage } from './fixtures/load';
import { looksLikeArticle } from './looks-like';

const LONG = 'The regional transport authority confirmed on Thursday that the new timetable would begin in September, after a consultation that drew more than four thousand responses from passengers, councils and local businesses.';
const SHORT = 'Bridge repairs will start next week.';
const paras = (n: number, text: string) => Array.from({ length: n }, () => `<p>${text}</p>`).join('');
const page = (head: string, body: string) => parsePage(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

describe('looksLikeArticle', () => {
  it('accepts a plain page of long paragraphs without metadata (readerable)', () => {
    expect(looksLikeArticle(page('', `<div><h1>Timetable</h1>${paras(5, LONG)}</div>`))).toBe(true);
  });

  it('rejects a page of short lines without metadata', () => {
    expect(looksLikeArticle(page('', `<div>${paras(30, SHORT)}</div>`))).toBe(false);
  });

  it('accepts a declared article with a modest amount of text', () => {
    expect(looksLikeArticle(page('<meta property="og:type" content="article">', `<article>${paras(3, LONG)}</article>`))).toBe(true);
  });

  it('rejects a declared article with almost no text (a stub or paywall)', () => {
    expect(looksLikeArticle(page('<meta property="og:type" content="article">', `<article>${paras(1, LONG)}</article>`))).toBe(false);
  });

  it('rejects a declared listing page', () => {
    const ld = '<script type="application/ld+json">{"@type":"CollectionPage"}</script>';
    expect(looksLikeArticle(page(ld, `<div>${paras(5, LONG)}</div>`))).toBe(false);
  });

  it('rejects a teaser grid even when it claims to be an article', () => {
    const card = `<div class="card"><h3><a href="/x">A teaser headline that links away</a></h3><p>${LONG.slice(0, 150)}</p></div>`;
    expect(looksLikeArticle(page('<meta property="og:type" content="article">', `<div>${card.repeat(8)}</div>`))).toBe(false);
  });

  it('rejects an empty page', () => {
    expect(looksLikeArticle(page('', ''))).toBe(false);
  });
});
