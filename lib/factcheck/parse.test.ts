import { describe, expect, it } from 'vitest';
import { microdataToJson, reviewsFromPage, sameSite, type ReadContext } from './parse';
import { parseClaimReviewFile, isClaimReviewFile } from '../export/claim-review';

const ctx: ReadContext = { origin: 'seen', pageUrl: 'https://www.checks.example/2025/kursk', pageKey: 'https://www.checks.example/2025/kursk', pageTitle: 'Kursk', now: 5 };
const review = (over: Record<string, unknown> = {}) => ({
  '@type': 'ClaimReview',
  url: 'https://www.checks.example/2025/kursk',
  claimReviewed: 'Russian forces have encircled Ukrainian troops.',
  author: { '@type': 'Organization', name: 'Checks', url: 'https://checks.example' },
  datePublished: '2025-03-14T09:00:00Z',
  reviewRating: { '@type': 'Rating', ratingValue: '1', bestRating: '5', worstRating: '1', alternateName: 'False' },
  itemReviewed: { '@type': 'Claim', author: { name: 'A Politician' }, appearance: [{ url: 'https://social.example/p/1' }, { url: 'javascript:alert(1)' }] },
  ...over,
});

describe('ClaimReview from a page', () => {
  it('reads @graph, arrays, @id references and nested reviews', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', '@id': '#o', name: 'Checks' }, review({ author: { '@id': '#o' } })] };
    const nested = { '@type': 'NewsArticle', review: [review({ claimReviewed: 'Another claim entirely.', url: '/2025/other' })] };
    const { reviews } = reviewsFromPage({ jsonld: [JSON.stringify(graph), JSON.stringify([nested])], microdata: [] }, ctx);
    expect(reviews.map((r) => [r.org, r.rating, r.date, r.url])).toEqual([
      ['Checks', 'False', '2025-03-14', 'https://www.checks.example/2025/kursk'],
      ['Checks', 'False', '2025-03-14', 'https://www.checks.example/2025/other'],
    ]);
    expect(reviews[0]).toMatchObject({ ratingValue: 1, bestRating: 5, claimAuthor: 'A Politician', appearances: ['https://social.example/p/1'], origin: 'seen', seenOnPage: ctx.pageKey });
  });

  it('refuses another site\'s review and an author of another site (a page speaks only for itself)', () => {
    const foreign = review({ url: 'https://famous-checker.example/x' });
    const borrowed = review({ author: { name: 'Famous Checker', url: 'https://famous-checker.example' } });
    const { reviews, skipped } = reviewsFromPage({ jsonld: [JSON.stringify([foreign, borrowed])], microdata: [] }, ctx);
    expect(skipped).toContainEqual({ reason: 'another site', count: 1 });
    expect(reviews.map((r) => r.org)).toEqual(['checks.example']);
  });

  it('skips broken, huge and markup-laden input without throwing; strings capped, tags and scripts dropped', () => {
    const huge = JSON.stringify(review({ claimReviewed: 'x'.repeat(250_000) }));
    const scripty = review({ claimReviewed: '<script>alert(1)</script><b>Bold</b> claim &amp; more', reviewRating: { alternateName: 'x'.repeat(5000) } });
    const { reviews, skipped } = reviewsFromPage({ jsonld: ['{not json', huge, JSON.stringify(scripty)], microdata: [] }, ctx);
    expect(skipped).toEqual(expect.arrayContaining([{ reason: 'not JSON', count: 1 }, { reason: 'too large', count: 1 }]));
    expect(reviews[0]!.claim).toBe('Bold claim & more');
    expect(reviews[0]!.rating.length).toBeLessThanOrEqual(200);
  });

  it('reads microdata items as the content script sends them', () => {
    const item = { t: 'https://schema.org/ClaimReview', p: [['claimReviewed', 'The Moon landing was staged.'], ['url', '/moon'], ['author', { t: 'https://schema.org/Organization', p: [['name', 'Checks']] }], ['reviewRating', { t: 'https://schema.org/Rating', p: [['alternateName', 'Pants on Fire']] }], ['__proto__', 'x']] };
    expect(microdataToJson(item)).toMatchObject({ '@type': ['ClaimReview'], claimReviewed: 'The Moon landing was staged.' });
    const { reviews } = reviewsFromPage({ jsonld: [], microdata: [item] }, ctx);
    expect(reviews[0]).toMatchObject({ rating: 'Pants on Fire', org: 'Checks', url: 'https://www.checks.example/moon' });
  });

  it('same site: hosts within one registrable name', () => {
    expect(sameSite('https://factcheck.afp.com/x', 'https://www.afp.com/')).toBe(true);
    expect(sameSite('https://news.bbc.co.uk/a', 'https://www.bbc.co.uk/b')).toBe(true);
    expect(sameSite('https://evil.co.uk/a', 'https://www.bbc.co.uk/b')).toBe(false);
    expect(sameSite('http://127.0.0.1:8080/a', 'http://127.0.0.1:8080/b')).toBe(true);
  });
});

describe('ClaimReview files', () => {
  it('reads a feed and lists what it refused, where and why', () => {
    const feed = { dataFeedElement: [{ item: [review({ url: 'https://a.example/1' }), { '@type': 'ClaimReview', claimReviewed: 'No rating here.' }] }] };
    expect(isClaimReviewFile(feed)).toBe(true);
    const parsed = parseClaimReviewFile(feed, 1);
    expect(parsed.factReviews).toHaveLength(1);
    expect(parsed.factReviews![0]!.origin).toBe('imported');
    expect(parsed.refused).toEqual(['dataFeedElement[0].item[1]: no reviewRating']);
  });

  it('reads a plain array; a file with nothing usable is an error', () => {
    expect(parseClaimReviewFile([review({ url: 'https://a.example/1' })], 1).factReviews).toHaveLength(1);
    expect(() => parseClaimReviewFile([{ '@type': 'ClaimReview' }], 1)).toThrow(/no fact-check in this file could be read/);
    expect(isClaimReviewFile([{ type: 'Annotation' }])).toBe(false);
  });
});
