// Saves and updates sent to an article's tab complete when the tab is hidden behind another tab,
// in Chromium with hidden tabs throttled as in a reader's browser (puppeteer-core without the
// switches that disable it; the Playwright harness keeps every page "visible"). Chromium starts
// throttling a hidden page's timers about 10 s after it was hidden, and then runs chained timers
// once a second: the test waits that long before saving. Firefox: e2e/firefox.test.mjs.
// How long each save took is printed, not checked (bench/probes/background-saves.mjs measures it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, SEED_DIR } from './harness.mjs';
import { launchChromium } from './browsers.mjs';
import { openArticleSession, saveAndUpdate, checkSaved, median } from './background-saves.mjs';
import { manyParagraphsPage } from './fixtures/hostile/pages.mjs';

/** Chromium begins throttling timers of a page hidden for ~10 s. */
const THROTTLING_STARTS_MS = 11_000;

let server;
let b;
before(async () => {
  server = await serve({
    '/world/article.html': path.join(SEED_DIR, 'page.html'),
    '/long.html': { body: manyParagraphsPage(800) },
  });
  b = await launchChromium();
});
after(async () => {
  await b?.close();
  await server?.close();
});

const ms = (xs) => `${xs.map(Math.round).join(', ')} ms (median ${Math.round(median(xs))})`;

for (const [p, n] of [['/world/article.html', 4], ['/long.html', 3]]) {
  test(`${p}: saves and updates complete with the tab in front and hidden`, async () => {
    const s = await openArticleSession(b, `${server.url(p)}?background-tab`);
    try {
      assert.equal(await s.visibility(), 'visible');
      const front = await saveAndUpdate(s, n, 'front');
      await checkSaved(s, front.saved, 'front');
      await s.hide();
      assert.equal(await s.visibility(), 'hidden');
      await new Promise((r) => setTimeout(r, THROTTLING_STARTS_MS));
      const hidden = await saveAndUpdate(s, n, 'hidden');
      assert.equal(await s.visibility(), 'hidden', 'still in the background');
      await checkSaved(s, hidden.saved, 'hidden');
      console.log(`# Chromium ${p}: in front, saves ${ms(front.saveMs)}, updates ${ms(front.updateMs)}; hidden, saves ${ms(hidden.saveMs)}, updates ${ms(hidden.updateMs)}`);
      await s.show();
      // Back in front, the page still answers and shows everything saved meanwhile.
      const state = await s.state();
      for (const it of [...front.saved, ...hidden.saved]) assert.equal(state.items.find((i) => i.id === it.id)?.saved, true);
    } finally {
      await s.close();
    }
  });
}
