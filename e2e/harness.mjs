// Shared setup for browser tests: a loopback static server for fixture pages and Chromium with the
// built extension loaded (playwright-core + the system Chromium; no browser is ever downloaded).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXT_DIR = path.join(ROOT, '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const SEED_DIR = path.resolve(ROOT, '..', 'shared', 'fixtures', 'seed');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

/**
 * Serve files on 127.0.0.1. `routes` maps a URL path to a file path, or to { body, headers } for
 * generated pages. Unknown paths are 404. Returns { origin, url(p), setRoute(p, v), close() }.
 */
export async function serve(routes = {}) {
  const table = new Map(Object.entries(routes));
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const v = table.get(p);
    if (!v) {
      res.statusCode = 404;
      return res.end('not found');
    }
    if (typeof v === 'string') {
      res.setHeader('content-type', TYPES[path.extname(v)] ?? 'application/octet-stream');
      return res.end(fs.readFileSync(v));
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    for (const [k, h] of Object.entries(v.headers ?? {})) res.setHeader(k, h);
    res.end(typeof v.body === 'function' ? v.body() : v.body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (p) => origin + p,
    setRoute: (p, v) => table.set(p, v),
    close: () => new Promise((r) => server.close(r)),
  };
}

export function newProfileDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'claimlight-e2e-'));
}

/** Chromium with the built extension, on a (fresh unless given) profile. */
export async function launch({ userDataDir = newProfileDir(), extDir = EXT_DIR, colorScheme, viewport } = {}) {
  if (!fs.existsSync(path.join(extDir, 'manifest.json'))) throw new Error(`No built extension at ${extDir}: run npm run build first.`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme,
    viewport: viewport ?? { width: 1280, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`,
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, userDataDir, extUrl: (p) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}` };
}

export async function waitReady(page, timeout = 15000) {
  await page.waitForSelector('html[data-claimlight="ready"]', { timeout });
}

/** Select the first occurrence of `text` inside `scope` (a CSS selector) in the page. */
export async function selectText(page, text, scope = 'body') {
  const ok = await page.evaluate(({ text, scope }) => {
    const root = document.querySelector(scope);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf(text);
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + text.length);
        const sel = getSelection();
        sel.removeAllRanges();
        sel.addRange(r);
        return true;
      }
    }
    return false;
  }, { text, scope });
  if (!ok) throw new Error(`text not found in page: ${text}`);
}

/** What the page shows: Claimlight's marks grouped by annotation id. */
export async function readMarks(page) {
  return page.evaluate(() => {
    const groups = new Map();
    for (const m of document.querySelectorAll('mark[data-claimlight-id]')) {
      const id = m.getAttribute('data-claimlight-id');
      if (!groups.has(id)) {
        groups.set(id, {
          id, kind: m.getAttribute('data-claimlight-kind'), speaker: m.getAttribute('data-claimlight-speaker'),
          disputedBy: m.getAttribute('data-claimlight-disputed-by'), saved: m.hasAttribute('data-claimlight-saved'), text: '',
        });
      }
      groups.get(id).text += m.textContent;
    }
    return [...groups.values()];
  });
}

/** Act as the context-menu item does: the background sends the page a selection command. */
export async function menuAction(worker, pageUrl, action) {
  const tabId = await findTabId(worker, pageUrl);
  return worker.evaluate(async ({ tabId, action }) => {
    // The menu item must exist: update() rejects for unknown ids.
    await chrome.contextMenus.update(`claimlight-${action}`, {});
    return chrome.tabs.sendMessage(tabId, { type: 'tab/command', action });
  }, { tabId, action });
}

/**
 * The id of the tab showing pageUrl. Without the "tabs" permission the background cannot read tab
 * URLs, so ask each tab's content script for its state (the same contract the popup uses).
 */
export async function findTabId(worker, pageUrl) {
  return worker.evaluate(async (pageUrl) => {
    for (const t of await chrome.tabs.query({})) {
      try {
        const r = await chrome.tabs.sendMessage(t.id, { type: 'tab/state' });
        if (r?.ok && r.data.url === pageUrl) return t.id;
      } catch {}
    }
    throw new Error('tab not found: ' + pageUrl);
  }, pageUrl);
}
