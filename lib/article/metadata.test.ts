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

  it("a CMS's front page or static page is not an article, even when og:type says so (SEO plugins set it on every page)", () => {
    const og = '<meta property="og:type" content="article">';
    const withBody = (cls: string) => parsePage(`<!doctype html><html><head>${og}</head><body class="${cls}"><p>Text.</p></body></html>`);
    expect(declaredPageKind(withBody('page-template-default page page-id-7466 page-parent'))).toBe('listing'); // WordPress static page
    expect(declaredPageKind(withBody('home blog'))).toBe('listing'); // WordPress front page (latest posts)
    expect(declaredPageKind(withBody('html front not-logged-in page-home'))).toBe('listing'); // Drupal front page
    expect(declaredPageKind(withBody('path-frontpage'))).toBe('listing');
    // Whole tokens only, and only the CMS patterns: Drupal's "not-front", a bare "home", a post.
    expect(declaredPageKind(withBody('html not-front page-node node-type-article'))).toBe('article');
    expect(declaredPageKind(withBody('home article'))).toBe('article');
    expect(declaredPageKind(withBody('post-template-default single single-post postid-12'))).toBe('article');
    expect(declaredPageKind(withBody('page'))).toBe('article');
    // A schema.org article type outranks the body's classes.
    const declared = parsePage(`<!doctype html><html><head>${ld('{"@type":"NewsArticle"}')}</head><body class="page page-id-3"></body></html>`);
    expect(declaredPageKind(declared)).toBe('article');
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
