// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { liveBlogHtml } from './fixtures/big-live-blog';
import { parsePage } from './fixtures/load';
import { extractArticle, findArticleRoot, looksLikeArticle } from './index';

describe('a 2 MB live blog with 10,000 paragraphs', () => {
  // Timings are printed, not checked (a busy machine is slow, not wrong; the ceiling is generous):
  // the live blog's time to ready in a real browser is `npm run bench`, figure 3.
  it('is found, judged and extracted in one pass each', () => {
    const html = liveBlogHtml(5000);
    expect(html.length).toBeGreaterThan(1_500_000);
    const doc = parsePage(html);

    const t0 = performance.now();
    const root = findArticleRoot(doc);
    const t1 = performance.now();
    const looks = looksLikeArticle(doc);
    const t2 = performance.now();
    const ex = extractArticle(doc, root)!;
    const t3 = performance.now();
    console.log(`happy-dom: findArticleRoot ${(t1 - t0).toFixed(0)} ms, looksLikeArticle ${(t2 - t1).toFixed(0)} ms, extractArticle ${(t3 - t2).toFixed(0)} ms, ${ex.input.text.length} chars, ${ex.input.blocks.length} blocks`);

    expect(root!.localName).toBe('main');
    expect(looks).toBe(true);
    // Headline + 2 paragraphs per entry; timestamps and share links skipped.
    expect(ex.input.blocks.length).toBe(1 + 2 * 5000);
    expect(ex.input.text).not.toContain('Share this post');
    expect(ex.input.text).toContain('Update 4999: ');
  }, 300_000);
});
