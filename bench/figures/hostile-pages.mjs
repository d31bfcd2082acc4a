// Figure 7 — the two large hostile pages of e2e/hostile.test.mjs (one 5 MB text node; 20,000
// paragraphs), timed here rather than asserted there (a busy machine stretches any time): how long
// until Claimlight is ready, and the longest gap of the page's own 10 ms setTimeout heartbeat
// (page.js) with and without Claimlight — a gap is a task that kept the page from running. On the
// giant page the reader also asks for the analysis (the popup's Analyse), which is timed with the
// heartbeat during it.
import { median } from '../lib/stats.mjs';

const settle = (ms) => new Promise((r) => setTimeout(r, ms));

/** Longest gap between heartbeat ticks after `since` (default: DOMContentLoaded), and the tick count. */
function heartbeat(page, since = null) {
  return page.evaluate((since) => {
    const from = since ?? performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0;
    const ticks = window.__page.ticks.filter((t) => t >= from);
    let max = 0;
    for (let i = 1; i < ticks.length; i++) max = Math.max(max, ticks[i] - ticks[i - 1]);
    return { maxGapMs: max, ticks: ticks.length };
  }, since);
}

async function untilReady(page, timeout) {
  const t0 = Date.now();
  while (Date.now() - t0 < timeout) {
    if (await page.evaluate(() => document.documentElement.getAttribute('data-claimlight') === 'ready')) return true;
    await settle(200);
  }
  return false;
}

/** Navigation → ready with the extension, and the heartbeat then; the same window without it. */
async function loadOnce({ extContext, plainContext, url }) {
  const page = await extContext.newPage();
  const t0 = Date.now();
  await page.goto(url, { timeout: 180_000 });
  const ready = await untilReady(page, 180_000);
  const readyMs = ready ? Date.now() - t0 : NaN;
  await settle(1000);
  const withExt = await heartbeat(page);
  await page.close();
  const plain = await plainContext.newPage();
  await plain.goto(url, { timeout: 180_000 });
  await settle(Math.min(Number.isFinite(readyMs) ? readyMs + 1000 : 8000, 8000));
  const without = await heartbeat(plain);
  await plain.close();
  return { readyMs, gapMs: withExt.maxGapMs, baselineGapMs: without.maxGapMs };
}

/** The reader asks for the analysis of a page Claimlight left alone: the reply time and the heartbeat meanwhile. */
async function analysisOnRequest({ extContext, worker, url }) {
  const page = await extContext.newPage();
  await page.goto(url, { timeout: 180_000 });
  await untilReady(page, 180_000);
  const tabId = await worker.evaluate(async (url) => {
    for (const t of await chrome.tabs.query({})) {
      try {
        const r = await chrome.tabs.sendMessage(t.id, { type: 'tab/state' });
        if (r?.ok && r.data.url === url) return t.id;
      } catch {}
    }
    return null;
  }, url);
  const since = await page.evaluate(() => performance.now());
  const t0 = Date.now();
  const reply = await worker.evaluate((tabId) => chrome.tabs.sendMessage(tabId, { type: 'tab/analyze' }), tabId);
  const ms = Date.now() - t0;
  await settle(500);
  const beat = await heartbeat(page, since);
  await page.close({ runBeforeUnload: false });
  return { ok: reply?.ok === true, ms, gapMs: beat.maxGapMs, items: reply?.data?.items?.length ?? 0 };
}

export async function measureHostilePages({ ext, plainContext, giantUrl, manyUrl, reps }) {
  const out = {};
  for (const [key, url] of [['giant', giantUrl], ['many', manyUrl]]) {
    const runs = [];
    for (let i = 0; i < reps; i++) runs.push(await loadOnce({ extContext: ext.context, plainContext, url }));
    out[key] = {
      readyMs: median(runs.map((r) => r.readyMs)),
      gapMs: median(runs.map((r) => r.gapMs)),
      baselineGapMs: median(runs.map((r) => r.baselineGapMs)),
      runs,
    };
  }
  const forced = [];
  for (let i = 0; i < reps; i++) forced.push(await analysisOnRequest({ extContext: ext.context, worker: ext.worker, url: giantUrl }));
  out.giantAnalysis = { ms: median(forced.map((r) => r.ms)), gapMs: median(forced.map((r) => r.gapMs)), ok: forced.every((r) => r.ok), items: forced[0]?.items ?? 0, runs: forced };
  return out;
}
