// Firefox ESR and Chromium with the built extension, both driven by puppeteer-core (Firefox over
// WebDriver BiDi, Chromium over CDP). The system browsers only: nothing is ever downloaded.
//
// Unlike the Playwright harness (harness.mjs), nothing here keeps a page "visible" when it is not:
// a tab behind another tab is hidden, and the browser throttles its timers as it would for a reader.
// That is what the background-tab tests need, and what the Firefox suite gets anyway.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import puppeteer from 'puppeteer-core';
import { ROOT, CHROMIUM, EXT_DIR } from './harness.mjs';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
/** The Firefox build (npm run build:firefox); CLAIMLIGHT_FIREFOX_EXT_DIR points at another copy. */
export const FIREFOX_EXT_DIR = process.env.CLAIMLIGHT_FIREFOX_EXT_DIR ?? path.join(ROOT, '.output', 'firefox-mv2');

/** Firefox starts in 5–40 s on a busy 2-core machine: generous ceilings for everything browser-wide. */
const LAUNCH_TIMEOUT = 180_000;
const PROTOCOL_TIMEOUT = 180_000;

/** Chromium's switches that keep background tabs running at full speed (puppeteer adds them by default). */
const NO_BACKGROUND_THROTTLING = ['--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows', '--disable-renderer-backgrounding'];

function manifestOf(extDir) {
  const file = path.join(extDir, 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`No built extension at ${extDir}: run npm run build (and npm run build:firefox) first.`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * Firefox ESR with the Firefox build installed as a temporary add-on. Its moz-extension:// origin
 * is fixed per launch (extensions.webextensions.uuids), so extension pages have known URLs.
 * Downloads go to `downloadDir` without asking.
 */
export async function launchFirefox({ extDir = FIREFOX_EXT_DIR } = {}) {
  if (!fs.existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: install it with "sudo apt-get install -y firefox-esr" (or set FIREFOX=/path/to/firefox).`);
  const geckoId = manifestOf(extDir).browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extDir} is not a Firefox build (no browser_specific_settings.gecko.id)`);
  const uuid = randomUUID();
  const downloadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlight-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    timeout: LAUNCH_TIMEOUT,
    protocolTimeout: PROTOCOL_TIMEOUT,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.helperApps.neverAsk.saveToDisk': 'text/markdown,text/csv,application/json,application/ld+json,application/octet-stream',
    },
  });
  try {
    await browser.installExtension(path.resolve(extDir));
  } catch (e) {
    await browser.close();
    throw e;
  }
  const origin = `moz-extension://${uuid}`;
  await closeWelcome(browser, origin);
  return {
    name: 'firefox',
    browser,
    origin,
    downloadDir,
    extUrl: (p) => `${origin}/${p.replace(/^\//, '')}`,
    close: () => browser.close(),
  };
}

/**
 * Chromium with the Chrome build, hidden tabs throttled as in a reader's browser (puppeteer's
 * default switches that prevent it are left out).
 */
export async function launchChromium({ extDir = EXT_DIR } = {}) {
  manifestOf(extDir);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlight-e2e-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: LAUNCH_TIMEOUT,
    protocolTimeout: PROTOCOL_TIMEOUT,
    userDataDir,
    defaultViewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions', ...NO_BACKGROUND_THROTTLING],
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
  try {
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: LAUNCH_TIMEOUT });
    const origin = `chrome-extension://${new URL(worker.url()).host}`; // URL.origin is 'null' for this scheme
    await closeWelcome(browser, origin);
    return {
      name: 'chromium',
      browser,
      origin,
      extUrl: (p) => `${origin}/${p.replace(/^\//, '')}`,
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/**
 * Claimlight opens its first-run page when it is installed (every fresh profile here): close it, so
 * the tests' own tabs are the ones in front.
 */
async function closeWelcome(browser, origin) {
  const welcome = await until(async () => (await browser.pages()).find((p) => p.url().startsWith(`${origin}/welcome.html`)), 'the first-run page', 15_000).catch(() => null);
  await welcome?.close().catch(() => undefined);
}

/** Poll fn until it returns something truthy; fail with what was awaited (and the last value). */
export async function until(fn, what, timeout = 60_000) {
  const t0 = Date.now();
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() - t0 > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)?.slice(0, 300)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Open an extension page (popup.html, library.html …) in `page`. In Firefox, page.goto() of a
 * moz-extension:// URL from about:blank never resolves: start it, then wait for the location.
 */
export async function openExtensionPage(b, page, p, { timeout = 60_000 } = {}) {
  const url = b.extUrl(p);
  const nav = page.goto(url).catch(() => undefined);
  if (b.name === 'chromium') await nav;
  await until(async () => {
    const href = await page.evaluate(() => location.href).catch(() => '');
    return href === url && (await page.evaluate(() => document.readyState).catch(() => '')) === 'complete';
  }, `${p} to load`, timeout);
  return page;
}

/**
 * A window of its own showing an extension page: its `browser.*` / `chrome.*` APIs stand in for the
 * background (Firefox gives no handle on the background page). Being in another window, it leaves
 * the article tab visible.
 */
export async function controlPage(b, p = 'library.html') {
  const page = await b.browser.newPage({ type: 'window' });
  await openExtensionPage(b, page, p);
  return page;
}

/** Send a message from an extension page to a tab's content script; returns the whole reply. */
export function sendToTab(control, tabId, msg) {
  return control.evaluate(({ tabId, msg }) => (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(tabId, msg), { tabId, msg });
}

/** Send a tab/* message and return its data; throws on an error reply. */
export async function tabMessage(control, tabId, msg) {
  const r = await sendToTab(control, tabId, msg);
  if (!r?.ok) throw new Error(`tab message ${msg.type} failed: ${JSON.stringify(r)}`);
  return r.data;
}

/**
 * The id (and window) of the tab showing pageUrl. Without the "tabs" permission tab URLs are not
 * readable, so each tab's content script is asked for its state (as the popup does).
 */
export async function findTab(control, pageUrl, timeout = 60_000) {
  return until(
    () =>
      control.evaluate(async (pageUrl) => {
        const api = globalThis.browser ?? globalThis.chrome;
        for (const t of await api.tabs.query({})) {
          try {
            const r = await api.tabs.sendMessage(t.id, { type: 'tab/state' });
            if (r?.ok && r.data.url === pageUrl) return { id: t.id, windowId: t.windowId };
          } catch {}
        }
        return null;
      }, pageUrl),
    `the tab showing ${pageUrl}`,
    timeout,
  );
}

/** Wait until the page's content script has painted its first pass. */
export function waitReady(page, timeout = 120_000) {
  return page.waitForSelector('html[data-claimlight="ready"]', { timeout });
}

/** Select the first occurrence of `text` inside `scope` (a CSS selector) in the page. */
export async function selectText(page, text, scope = 'body') {
  const ok = await page.evaluate((text, scope) => {
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
  }, text, scope);
  if (!ok) throw new Error(`text not found in page: ${text}`);
}

/** What the page shows: Claimlight's marks grouped by annotation id. */
export function readMarks(page) {
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
