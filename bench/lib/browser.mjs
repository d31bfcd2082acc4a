// Browsers for the bench: with the built extension (e2e/harness.mjs) or without it, same flags.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, launch, newProfileDir } from '../../e2e/harness.mjs';

/** The harness's launch flags without the two that load the extension. */
const PLAIN_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchPlain() {
  const userDataDir = newProfileDir();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: PLAIN_ARGS,
  });
  return { context, userDataDir };
}

export const launchWithExtension = () => launch();

/**
 * Chromium with a one-line extension instead of Claimlight: a content script that does nothing, on
 * the same pages (and the empty service worker the harness waits for). It is the floor of figure 3s:
 * what the browser itself spends on the first content script of a page (the isolated world, and the
 * garbage collection that often runs then), which no extension's code can avoid.
 */
export function launchWithEmptyContentScript() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlight-empty-ext-'));
  fs.mkdirSync(path.join(dir, 'content-scripts'));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'Empty content script', version: '1.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['content-scripts/content.js'] }],
  }));
  fs.writeFileSync(path.join(dir, 'background.js'), '');
  fs.writeFileSync(path.join(dir, 'content-scripts', 'content.js'), 'void 0;\n');
  return launch({ extDir: dir });
}

/**
 * Slow the page's renderer down `rate` times (CDP Emulation.setCPUThrottlingRate: a low-end laptop
 * is about 4), for as long as the returned CDP session stays attached.
 */
export async function throttleCpu(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

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

/**
 * The page's memory as Chromium's task manager counts it ("memory footprint": RssAnon + VmSwap of
 * the renderer process, the definition Chromium uses on Linux). The page's renderer is found among
 * this profile's web-content renderers (not the extension's, not WebUI) as the largest one; the
 * bench keeps only one large page open at a time. Returns bytes, or null where /proc is missing.
 */
export function pageRendererFootprint(userDataDir) {
  if (!fs.existsSync('/proc/self/status')) return null;
  let best = null;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let args;
    let status;
    try {
      // Zygote-forked renderers rewrite their command line as one space-separated string.
      args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
      if (!args.includes('--type=renderer') || !args.includes(`--user-data-dir=${userDataDir}`)) continue;
      if (args.includes('--extension-process') || args.includes('--top-chrome-webui')) continue;
      status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    const kb = (field) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0);
    const bytes = (kb('RssAnon') + kb('VmSwap')) * 1024;
    if (!best || bytes > best.bytes) best = { pid: Number(pid), bytes };
  }
  return best?.bytes ?? null;
}
