// Browsers for the bench: with the built extension (e2e/harness.mjs) or without it, same flags.
import { chromium } from 'playwright-core';
import { CHROMIUM, launch, newProfileDir } from '../../e2e/harness.mjs';

/** The harness's launch flags without the two that load the extension. */
const PLAIN_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchPlain() {
  const context = await chromium.launchPersistentContext(newProfileDir(), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: PLAIN_ARGS,
  });
  return { context };
}

export const launchWithExtension = () => launch();

/** A fresh page at `url` with an IIFE bundle injected. */
export async function pageWith(context, url, script) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  if (script) await page.addScriptTag({ content: script });
  return page;
}

/** Heap, DOM node and listener counts after a forced garbage collection (CDP). */
export async function memoryOf(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const dom = await cdp.send('Memory.getDOMCounters');
    return { jsHeapUsed: m.JSHeapUsedSize, jsHeapTotal: m.JSHeapTotalSize, nodes: dom.nodes, documents: dom.documents, listeners: dom.jsEventListeners };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Force a full garbage collection in the page's renderer (CDP). */
export async function collectGarbage(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
  } finally {
    await cdp.detach().catch(() => {});
  }
}
