// Screenshots of the popup, the library, the in-page card and the first-run page in light and dark
// mode, for the docs: docs/screenshots/{popup,library,card,welcome}-{light,dark}.png. Each is also a
// smoke test of the page rendering with real data (items, speakers, a corrected name, notes) in that
// colour scheme. The card follows the page it is on: a light article in light mode, a dark one in dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, waitReady, ROOT, SEED_DIR, findTabId, tabMessage, inPageUi, isWelcome } from './harness.mjs';

const OUT = path.join(ROOT, 'docs', 'screenshots');
let server;
const DARK_HTML = fs.readFileSync(path.join(SEED_DIR, 'page.html'), 'utf8').replace('</head>', '<style>html, body { background: #15171a; color: #e6e6e6; }</style></head>');
before(async () => {
  server = await serve({ '/world/article.html': path.join(SEED_DIR, 'page.html'), '/world/dark.html': { body: DARK_HTML } });
  fs.mkdirSync(OUT, { recursive: true });
});
after(() => server.close());

for (const scheme of ['light', 'dark']) {
  test(`screenshots in ${scheme} mode`, async () => {
    const b = await launch({ colorScheme: scheme, welcome: true });
    try {
      const welcome = b.context.pages().find(isWelcome) ?? (await b.context.waitForEvent('page', { predicate: isWelcome, timeout: 15000 }));
      await welcome.setViewportSize({ width: 900, height: 860 });
      await welcome.getByRole('heading', { name: 'Welcome to Claimlight' }).waitFor();
      await welcome.screenshot({ path: path.join(OUT, `welcome-${scheme}.png`) });
      await welcome.close();

      const url = server.url(scheme === 'dark' ? '/world/dark.html' : '/world/article.html');
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
      // A name the reader corrected, and a claim dismissed.
      const surrounded = items.find((i) => i.kind === 'quote' && i.text.includes('They’re surrounded'));
      if (surrounded) await tabMessage(b.worker, tabId, { type: 'tab/update', id: surrounded.id, patch: { speaker: 'President Trump' } });
      const claim = items.find((i) => i.kind === 'claim');
      await tabMessage(b.worker, tabId, { type: 'tab/update', id: claim.id, patch: { dismissed: true } });

      // The in-page card of the corrected quote, on the page.
      const mark = article.locator('mark[data-claimlight-kind="quote"]', { hasText: 'They’re surrounded' }).first();
      await mark.evaluate((m) => window.scrollBy(0, m.getBoundingClientRect().top - 160));
      await mark.click();
      const ui = inPageUi(article);
      await ui.waitFor('[role="dialog"]');
      await ui.waitFor({ text: 'Corrected by you', within: '[role="dialog"]' });
      const card = await ui.box('[role="dialog"]');
      const markBox = await mark.boundingBox();
      const top = Math.max(0, Math.min(card.y, markBox.y) - 16);
      const bottom = Math.max(card.y + card.height, markBox.y + markBox.height) + 16;
      await article.screenshot({ path: path.join(OUT, `card-${scheme}.png`), clip: { x: 0, y: top, width: 1280, height: Math.min(900 - top, bottom - top) } });

      const popup = await b.context.newPage();
      await popup.setViewportSize({ width: 380, height: 640 });
      await popup.goto(b.extUrl(`popup.html?tab=${tabId}`));
      await popup.getByRole('button', { name: /^Quotes/ }).click();
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
      for (const f of ['popup', 'library', 'card', 'welcome']) assert.ok(fs.statSync(path.join(OUT, `${f}-${scheme}.png`)).size > 5000, f);
    } finally {
      await b.context.close();
    }
  });
}
