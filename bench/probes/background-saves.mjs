// Probe: how long a save (and an update) sent to the seed article's tab takes to answer, with the
// tab in front and hidden behind another tab of its window, in Firefox ESR and in Chromium (both
// with the built extension, hidden tabs throttled as in a reader's browser).
//
//   node bench/probes/background-saves.mjs            both browsers, 10 saves + 10 updates each way
//   SAVES=5 BROWSERS=firefox node bench/probes/background-saves.mjs
//
// Needs the builds (npm run build && npm run build:firefox). Prints medians and maxima per save and
// how long three chained setTimeout(0) take in the page (the timer throttling itself).
import path from 'node:path';
import { launchChromium, launchFirefox } from '../../e2e/browsers.mjs';
import { openArticleSession, saveAndUpdate, timerProbe, median } from '../../e2e/background-saves.mjs';
import { serve, SEED_DIR } from '../../e2e/harness.mjs';
import { manyParagraphsPage } from '../../e2e/fixtures/hostile/pages.mjs';

const N = Number(process.env.SAVES ?? 10);
const BROWSERS = (process.env.BROWSERS ?? 'firefox,chromium').split(',');
/** Chromium starts throttling a hidden page's timers ~10 s after it was hidden. */
const SETTLE_MS = Number(process.env.SETTLE_MS ?? 11_000);
/** The seed article (38 findings) and a long one (800 paragraphs, ~800 findings: a repaint takes many slices). */
const PAGES = (process.env.PAGES ?? 'seed,long').split(',');
const LONG_PARAGRAPHS = 800;

const fmt = (xs) => `median ${median(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms, total ${(xs.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`;

const server = await serve({
  '/seed': path.join(SEED_DIR, 'page.html'),
  '/long': { body: manyParagraphsPage(LONG_PARAGRAPHS) },
});
const rows = [];

/** N saves and N updates with the page's tab in front, then as many with it hidden. */
async function measure(b, pageName) {
  const s = await openArticleSession(b, server.url(`/${pageName}`));
  try {
    const front = await saveAndUpdate(s, N, 'front');
    const frontTimers = await timerProbe(s.article);
    await s.hide();
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const hiddenTimers = await timerProbe(s.article);
    const back = await saveAndUpdate(s, N, 'hidden');
    for (const [where, r, timers] of [['in front', front, frontTimers], ['hidden', back, hiddenTimers]]) {
      const row = { browser: b.name, page: pageName, where, saves: fmt(r.saveMs), updates: fmt(r.updateMs), timers };
      rows.push(row);
      console.log(`${b.name}, ${pageName}, tab ${where}: ${N} saves ${row.saves}; ${N} updates ${row.updates}; 3×setTimeout(0) in the page ${timers} ms`);
      if (process.env.VERBOSE) console.log(`  saves: ${r.saveMs.map(Math.round).join(' ')}\n  updates: ${r.updateMs.map(Math.round).join(' ')}`);
    }
  } finally {
    await s.close();
  }
}

try {
  for (const name of BROWSERS) {
    const t0 = Date.now();
    const b = name === 'firefox' ? await launchFirefox() : await launchChromium();
    console.log(`${name}: started in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    try {
      for (const pageName of PAGES) await measure(b, pageName);
    } finally {
      await b.close();
    }
  }
} finally {
  await server.close();
}
console.log('\n| browser | page | article tab | saves | updates | 3×setTimeout(0) |\n|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.browser} | ${r.page} | ${r.where} | ${r.saves} | ${r.updates} | ${r.timers} ms |`);
