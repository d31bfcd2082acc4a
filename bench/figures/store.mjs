// Figure 6 — the store with many annotations: per-page reads, search, bulk import (in an extension
// page) and the popup's first item (with a full store versus an empty one).
import { findTabId } from '../../e2e/harness.mjs';
import { median, round } from '../lib/stats.mjs';
import { throttleCpu } from '../lib/browser.mjs';

const settle = (ms) => new Promise((r) => setTimeout(r, ms));

async function untilReady(page) {
  const t0 = Date.now();
  while (Date.now() - t0 < 60000) {
    if (await page.evaluate(() => document.documentElement.getAttribute('data-claimlight') === 'ready')) return;
    await settle(100);
  }
  throw new Error('article page did not get ready');
}

/**
 * ms from the popup's navigation start to its first rendered item, `reps` times (median). A page
 * with many items opens with its sections folded: then the first thing rendered is a section's
 * heading with its count (a fold button), which is what the reader sees first.
 */
export async function popupFirstItem(ext, articleUrl, reps) {
  const article = await ext.context.newPage();
  await article.goto(articleUrl);
  await untilReady(article);
  const tabId = await findTabId(ext.worker, articleUrl);
  const times = [];
  for (let r = 0; r < reps; r++) {
    const popup = await ext.context.newPage();
    await popup.goto(ext.extUrl(`popup.html?tab=${tabId}`), { waitUntil: 'commit' });
    const handle = await popup.waitForFunction(() => document.querySelector('article.cl-item, button.popup__fold') && performance.now(), null, { polling: 'raf', timeout: 30000 });
    times.push(await handle.jsonValue());
    await popup.close();
  }
  await article.close();
  return { ms: median(times), samples: times.map((t) => round(t)) };
}

export async function measureStore({ ext, script, annotations, pages, perRecordCount, articleUrl, queryReps, cpuRate = 0 }) {
  const page = await ext.context.newPage();
  // A quiet page of the extension's origin (no live queries re-running while we write).
  await page.goto(ext.extUrl('manifest.json'));
  await page.evaluate(script);
  const call = (fn, ...args) => page.evaluate(([fn, args]) => globalThis.__storeBench[fn](...args), [fn, args]);

  const seeded = await call('seed', pages, annotations / pages, articleUrl);
  const oneByOne = await call('importOneByOne', perRecordCount);
  const keys = Array.from({ length: queryReps }, (_, i) => seeded.pageKeys[Math.floor((i * seeded.pageKeys.length) / queryReps)]);
  const byPage = await call('byPage', keys);
  const scanByPage = await call('scanByPage', keys.slice(0, Math.max(3, Math.ceil(queryReps / 4))));
  const search = await call('search', 'minister', queryReps);
  const scanSearch = await call('scanSearch', 'minister', Math.max(3, Math.ceil(queryReps / 4)));
  await page.close();
  const slow = cpuRate ? await coldSearchThrottled(ext, script, cpuRate, 'minister') : null;
  // A word no annotation has: the first search reads the whole table (the newest records do not answer it).
  if (slow) slow.none = await coldSearchThrottled(ext, script, cpuRate, 'zyxwvut');
  const popup = await popupFirstItem(ext, articleUrl, 3);
  return {
    annotations: seeded.added,
    pages,
    importMs: round(seeded.ms),
    oneByOne: { count: oneByOne.count, ms: round(oneByOne.ms), extrapolatedMs: round((oneByOne.ms * annotations) / oneByOne.count) },
    byPage: { ms: round(median(byPage.times), 2), perPage: byPage.found / keys.length },
    scanByPage: { ms: round(median(scanByPage.times), 2) },
    search: { coldMs: round(search.times[0], 2), warmMs: round(median(search.times.slice(1)), 2), items: search.items },
    scanSearch: { ms: round(median(scanSearch.times), 2), items: scanSearch.items },
    popup,
    slow,
  };
}

/**
 * The cold search index against a plain scan on a slow CPU: a fresh extension page (its index not
 * loaded) throttled `rate` times; scans before and after the cold search, so both read a table the
 * browser has in its caches alike.
 */
async function coldSearchThrottled(ext, script, rate, word) {
  const page = await ext.context.newPage();
  await page.goto(ext.extUrl('manifest.json'));
  await page.evaluate(script);
  const cdp = await throttleCpu(page, rate);
  const call = (fn, ...args) => page.evaluate(([fn, args]) => globalThis.__storeBench[fn](...args), [fn, args]);
  const before = await call('scanSearch', word, 2);
  const cold = await call('search', word, 1);
  const after = await call('scanSearch', word, 1);
  await cdp.detach().catch(() => {});
  await page.close();
  return { rate, coldMs: round(cold.times[0], 2), scanMs: round(median([...before.times, ...after.times]), 2), items: cold.items };
}
