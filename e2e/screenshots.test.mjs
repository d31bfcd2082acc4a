// Screenshots of the popup and the library in light and dark mode, for the docs:
// docs/screenshots/{popup,library}-{light,dark}.png. Each is also a smoke test of the page
// rendering with real data (items, speakers, notes) in that colour scheme.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, waitReady, ROOT, SEED_DIR, findTabId, tabMessage } from './harness.mjs';

const OUT = path.join(ROOT, 'docs', 'screenshots');
let server;
before(async () => {
  server = await serve({ '/world/article.html': path.join(SEED_DIR, 'page.html') });
  fs.mkdirSync(OUT, { recursive: true });
});
after(() => server.close());

for (const scheme of ['light', 'dark']) {
  test(`screenshots in ${scheme} mode`, async () => {
    const b = await launch({ colorScheme: scheme });
    try {
      const url = server.url('/world/article.html');
      const article = await b.context.newPage();
      await article.goto(url);
      await waitReady(article);
      const tabId = await findTabId(b.worker, url);
      const { items } = await tabMessage(b.worker, tabId, { type: 'tab/state' });
      // Keep a few findings with notes and tags, as a reader would.
      const quotes = items.filter((i) => i.kind === 'quote' && i.speaker).slice(0, 6);
      const disputed = items.filter((i) => i.kind === 'disputed').slice(0, 2);
      for (const [n, item] of [...quotes, ...disputed].entries()) {
        const patch = n === 0 ? { note: 'Compare with the Kremlin readout.', tags: ['ceasefire'] } : { tags: n % 2 ? ['energy'] : ['ceasefire'] };
        await tabMessage(b.worker, tabId, { type: 'tab/update', id: item.id, patch });
      }

      const popup = await b.context.newPage();
      await popup.setViewportSize({ width: 380, height: 640 });
      await popup.goto(b.extUrl(`popup.html?tab=${tabId}`));
      await popup.locator('article.cl-item').first().waitFor();
      assert.equal(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), scheme === 'dark');
      // No horizontal overflow at the popup's width.
      assert.equal(await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), true);
      await popup.screenshot({ path: path.join(OUT, `popup-${scheme}.png`) });

      const lib = await b.context.newPage();
      await lib.setViewportSize({ width: 1200, height: 760 });
      await lib.goto(b.extUrl('library.html'));
      await lib.locator('.cl-arow').first().waitFor();
      await lib.locator('.cl-arow__edit').first().click();
      await lib.getByRole('complementary', { name: 'Edit annotation' }).waitFor();
      await lib.screenshot({ path: path.join(OUT, `library-${scheme}.png`) });
      // 200% zoom on a 1200px window is a 600px-wide layout: nothing may overflow sideways.
      await lib.setViewportSize({ width: 600, height: 760 });
      await lib.waitForTimeout(100);
      assert.equal(await lib.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), true, 'library fits at 200% zoom');
      for (const f of [`popup-${scheme}.png`, `library-${scheme}.png`]) assert.ok(fs.statSync(path.join(OUT, f)).size > 5000, f);
    } finally {
      await b.context.close();
    }
  });
}
