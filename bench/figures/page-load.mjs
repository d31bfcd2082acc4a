// Figures 3 and 5b — loading the large page with and without Claimlight: long tasks between
// DOMContentLoaded and html[data-claimlight="ready"], and memory once settled.
import { median, round } from '../lib/stats.mjs';
import { memoryOf, pageRendererFootprint } from '../lib/browser.mjs';
import { longMainThreadTasks, markTime, startTrace } from '../lib/trace.mjs';

/** Installed before any page script: records long tasks, DOMContentLoaded and the ready mark. */
function recorder() {
  const rec = { tasks: [], dcl: null, ready: null };
  Object.defineProperty(window, '__loadRecord', { value: rec });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  document.addEventListener('DOMContentLoaded', () => {
    rec.dcl = performance.now();
    performance.mark('bench-dcl');
  });
  new MutationObserver(() => {
    if (rec.ready === null && document.documentElement?.getAttribute('data-claimlight') === 'ready') {
      rec.ready = performance.now();
      performance.mark('bench-ready');
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-claimlight'] });
}

const settle = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits for the ready mark by polling the recorder (cheap), not with a selector query on every mutation. */
async function untilReady(page, timeout) {
  const t0 = Date.now();
  while (Date.now() - t0 < timeout) {
    if (await page.evaluate(() => window.__loadRecord.ready !== null)) return;
    await settle(250);
  }
  throw new Error('Claimlight did not get ready');
}

async function loadOnce(context, url, { withExtension, windowMs, userDataDir, cpuRate = 1 }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // A slow CPU (rate 4: a low-end laptop) for the page's renderer, the content script's world included.
  if (cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  const stopTrace = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load', timeout: 180000 });
  if (withExtension) await untilReady(page, 180000);
  else await settle(windowMs);
  await settle(500); // long-task entries arrive asynchronously
  const events = await stopTrace();
  await cdp.detach().catch(() => {});
  const rec = await page.evaluate(() => window.__loadRecord);
  const end = withExtension ? rec.ready : rec.dcl + windowMs;
  const tasks = rec.tasks.filter((t) => t.start + t.duration >= rec.dcl && t.start <= end);
  // The same window on the trace clock, from the marks the recorder left.
  const dclAt = markTime(events, 'bench-dcl');
  const endAt = withExtension ? markTime(events, 'bench-ready') : dclAt + windowMs;
  const traced = longMainThreadTasks(events).filter((t) => dclAt !== null && endAt !== null && t.start + t.duration >= dclAt && t.start <= endAt);
  const memory = await memoryOf(page); // forces a GC first
  memory.footprint = pageRendererFootprint(userDataDir);
  await page.close();
  return {
    traced: {
      count: traced.length,
      longest: traced.reduce((m, t) => Math.max(m, t.duration), 0),
      total: traced.reduce((s, t) => s + t.duration, 0),
      // Long tasks that ran an extension's script: Claimlight's (the only extension loaded).
      extension: traced.filter((t) => t.extension).length,
      extensionLongest: traced.filter((t) => t.extension).reduce((m, t) => Math.max(m, t.duration), 0),
      // The same tasks less the garbage collection that ran in them (V8 collects when the page's
      // heap asks for it, often in the task that creates a content script's world: see figure 3s's
      // one-line content script, which gets the same collection).
      extensionNetOfGc: traced.filter((t) => t.extension && t.duration - t.gc > 50).length,
      extensionLongestNetOfGc: traced.filter((t) => t.extension).reduce((m, t) => Math.max(m, t.duration - t.gc), 0),
      tasks: traced.map((t) => ({ ms: round(t.duration), script: round(t.script), rendering: round(t.rendering), gc: round(t.gc), extension: t.extension, top: t.top })),
    },
    windowMs: end - rec.dcl,
    count: tasks.length,
    longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    total: tasks.reduce((s, t) => s + t.duration, 0),
    durations: tasks.map((t) => round(t.duration)).sort((a, b) => b - a).slice(0, 10),
    memory,
  };
}

/**
 * `emptyContext` (optional): a browser with a one-line content script instead of Claimlight, loaded
 * over the same window as Claimlight's run: the browser's own cost of a content script.
 */
export async function measurePageLoad({ extContext, plainContext, emptyContext, extProfile, plainProfile, emptyProfile, url, reps, cpuRate = 1 }) {
  await extContext.addInitScript(recorder);
  await plainContext.addInitScript(recorder);
  if (emptyContext) await emptyContext.addInitScript(recorder);
  const ext = [];
  const plain = [];
  const empty = [];
  for (let r = 0; r < reps; r++) {
    const e = await loadOnce(extContext, url, { withExtension: true, userDataDir: extProfile, cpuRate });
    ext.push(e);
    // Without Claimlight nothing happens after the page has loaded: a few seconds cover its own tasks.
    plain.push(await loadOnce(plainContext, url, { withExtension: false, userDataDir: plainProfile, cpuRate, windowMs: Math.min(5000 * cpuRate, Math.max(1000, e.windowMs)) }));
    if (emptyContext) empty.push(await loadOnce(emptyContext, url, { withExtension: false, userDataDir: emptyProfile, cpuRate, windowMs: Math.min(5000 * cpuRate, Math.max(1000, e.windowMs)) }));
  }
  const summary = (runs) => ({
    windowMs: round(median(runs.map((x) => x.windowMs))),
    count: median(runs.map((x) => x.count)),
    longestMs: round(median(runs.map((x) => x.longest))),
    totalMs: round(median(runs.map((x) => x.total))),
    longestTasks: runs[0].durations,
    tracedCount: median(runs.map((x) => x.traced.count)),
    tracedLongestMs: round(median(runs.map((x) => x.traced.longest))),
    tracedTotalMs: round(median(runs.map((x) => x.traced.total))),
    tracedExtensionCount: median(runs.map((x) => x.traced.extension)),
    tracedExtensionLongestMs: round(median(runs.map((x) => x.traced.extensionLongest))),
    tracedExtensionNetOfGcCount: median(runs.map((x) => x.traced.extensionNetOfGc)),
    tracedExtensionLongestNetOfGcMs: round(median(runs.map((x) => x.traced.extensionLongestNetOfGc))),
    tracedTasks: runs.map((x) => x.traced.tasks),
    jsHeapUsedMB: round(median(runs.map((x) => x.memory.jsHeapUsed)) / 2 ** 20, 2),
    footprintMB: runs.every((x) => x.memory.footprint) ? round(median(runs.map((x) => x.memory.footprint)) / 2 ** 20, 1) : null,
    footprintSamplesMB: runs.map((x) => round((x.memory.footprint ?? 0) / 2 ** 20, 1)),
    domNodes: median(runs.map((x) => x.memory.nodes)),
    listeners: median(runs.map((x) => x.memory.listeners)),
  });
  return { withClaimlight: summary(ext), without: summary(plain), ...(emptyContext ? { emptyContentScript: summary(empty) } : {}) };
}
