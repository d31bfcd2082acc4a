// What the page says it is: Open Graph og:type, schema.org JSON-LD and microdata.

export type PageKind = 'article' | 'listing' | 'unknown';

/** schema.org article types: Article, NewsArticle and its kinds, BlogPosting, LiveBlogPosting, SocialMediaPosting, Report… */
const ARTICLE_TYPE = /(article|blogposting|mediaposting)$|^report$/;
/** Pages that say they are something else: lists, products, profiles, forum threads, Q&A. */
const LISTING_TYPE = /^(searchresultspage|collectionpage|itemlist|product|profilepage|qapage|discussionforumposting)$/;
/** og:type values that say the page is not an article ("website" is not one of them: many article pages use it). */
const OTHER_OG_TYPES = /^(product|profile|object|book|music\.|place|business\.)/;

/** "https://schema.org/NewsArticle", "schema:NewsArticle", "NewsArticle" → "newsarticle". */
function typeName(t: string): string {
  return t.trim().replace(/^.*[/#:]/, '').toLowerCase();
}

/** All @type values in a JSON-LD value, through @graph, arrays and mainEntity. */
function collectTypes(value: unknown, out: string[], depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectTypes(v, out, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  const t = obj['@type'];
  if (typeof t === 'string') out.push(typeName(t));
  else if (Array.isArray(t)) for (const x of t) if (typeof x === 'string') out.push(typeName(x));
  collectTypes(obj['@graph'], out, depth + 1);
  collectTypes(obj['mainEntity'], out, depth + 1);
  collectTypes(obj['mainEntityOfPage'], out, depth + 1);
}

function jsonLdTypes(doc: Document): string[] {
  const out: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collectTypes(JSON.parse(script.textContent ?? ''), out);
    } catch {
      // Broken JSON-LD is common; it just says nothing.
    }
  }
  return out;
}

function microdataTypes(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('[itemtype]'))) {
    for (const t of (el.getAttribute('itemtype') ?? '').split(/\s+/)) if (t) out.push(typeName(t));
  }
  return out;
}

function ogType(doc: Document): string {
  const meta = doc.querySelector('meta[property="og:type"], meta[name="og:type"]');
  return (meta?.getAttribute('content') ?? '').trim().toLowerCase();
}

/**
 * The classes content-management systems put on <body>: a site's front page (WordPress "home blog",
 * Drupal "front" / "path-frontpage") or a static page rather than a post (WordPress "page" with
 * "page-id-N"). Whole class tokens only: Drupal marks every other page "not-front".
 */
function cmsSaysNotAnArticle(doc: Document): boolean {
  const c = ` ${doc.body?.className ?? ''} `.replace(/\s+/g, '  ');
  // WordPress's front page is "home blog" (latest posts) or "home page page-id-N"; a bare "home" is
  // some other site's own class (one news site puts "home article" on its stories).
  return / (front|path-frontpage) /.test(c) || (/ home /.test(c) && / blog /.test(c)) || (/ page /.test(c) && / page-id-\d+ /.test(c));
}

/**
 * 'article' when any metadata declares an article; 'listing' when it declares search results, a collection,
 * a product, a profile or a forum thread (og:type product/profile/object…), and nothing declares an article.
 */
export function declaredPageKind(doc: Document): PageKind {
  const og = ogType(doc);
  const types = [...jsonLdTypes(doc), ...microdataTypes(doc)];
  if (types.some((t) => ARTICLE_TYPE.test(t))) return 'article';
  // Before og:type: SEO plugins declare og:type "article" on every page of a site, its front page and
  // its "About us" among them, while the site's own CMS says which page this is.
  if (cmsSaysNotAnArticle(doc)) return 'listing';
  if (og === 'article' || og.startsWith('article:')) return 'article';
  if (doc.querySelector('[itemprop~="articleBody"]')) return 'article';
  // Microformats: one blog entry (hentry / h-entry) on the page is that entry's page; several are an index.
  if (doc.querySelectorAll('.hentry, .h-entry').length === 1) return 'article';
  if (types.some((t) => LISTING_TYPE.test(t)) || OTHER_OG_TYPES.test(og)) return 'listing';
  return 'unknown';
}
