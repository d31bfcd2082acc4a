// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parsePage } from './fixtures/load';
import { declaredPageKind } from './metadata';

const page = (head: string, body = '') => parsePage(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('declaredPageKind', () => {
  it('reads og:type', () => {
    expect(declaredPageKind(page('<meta property="og:type" content="article">'))).toBe('article');
    expect(declaredPageKind(page('<meta property="og:type" content="website">'))).toBe('unknown');
  });

  it('reads JSON-LD types through arrays, @graph and full URLs', () => {
    expect(declaredPageKind(page(ld('{"@type":"NewsArticle"}')))).toBe('article');
    expect(declaredPageKind(page(ld('{"@graph":[{"@type":"WebSite"},{"@type":["Thing","LiveBlogPosting"]}]}')))).toBe('article');
    expect(declaredPageKind(page(ld('[{"@type":"https://schema.org/BlogPosting"}]')))).toBe('article');
    expect(declaredPageKind(page(ld('{"@type":"WebPage","mainEntity":{"@type":"Article"}}')))).toBe('article');
    expect(declaredPageKind(page(ld('{"@type":"SearchResultsPage"}')))).toBe('listing');
  });

  it('survives broken JSON-LD', () => {
    expect(declaredPageKind(page(ld('{"@type": "NewsArticle",')))).toBe('unknown');
  });

  it('reads microdata', () => {
    expect(declaredPageKind(page('', '<div itemscope itemtype="http://schema.org/NewsArticle"></div>'))).toBe('article');
    expect(declaredPageKind(page('', '<div itemprop="articleBody"></div>'))).toBe('article');
    expect(declaredPageKind(page('', '<div itemscope itemtype="https://schema.org/CollectionPage"></div>'))).toBe('listing');
  });
});
