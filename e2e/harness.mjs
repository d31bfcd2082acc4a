// Shared setup for browser tests: a loopback static server for fixture pages and Chromium with the
// built extension loaded (playwright-core + the system Chromium; no browser is ever downloaded).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The built extension; CLAIMLIGHT_EXT_DIR points the tests at another copy (e.g. while .output is being rebuilt). */
export const EXT_DIR = process.env.CLAIMLIGHT_EXT_DIR ?? path.join(ROOT, '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const SEED_DIR = path.resolve(ROOT, '..', 'shared', 'fixtures', 'seed');
/**
 * How long any wait may last before it fails. Waits are for conditions, never for time: the ceiling
 * only has to be long enough for a machine with every core busy (E2E_CEILING_MS to change it).
 */
export const CEILING = Number(process.env.E2E_CEILING_MS ?? 120_000);

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

/**
 * A name that is not localhost, mapped to 127.0.0.1 in the browsers launch() starts: pages served
 * under it are plain-http pages of an ordinary site, an insecure context (no crypto.randomUUID, no
 * secure-context-only API), as a reader's http news site is.
 */
export const TEST_HOST = 'claimlight-test.example';

/**
 * Serve files on 127.0.0.1. `routes` maps a URL path to a file path, or to { body, headers } for
 * generated pages. Unknown paths are 404. Returns { origin, url(p), hostOrigin, hostUrl(p),
 * setRoute(p, v), close() }: hostUrl is the same page under TEST_HOST (plain http, not localhost).
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
  const hostOrigin = `http://${TEST_HOST}:${server.address().port}`;
  return {
    origin,
    url: (p) => origin + p,
    hostOrigin,
    hostUrl: (p) => hostOrigin + p,
    setRoute: (p, v) => table.set(p, v),
    close: () => new Promise((r) => server.close(r)),
  };
}

export function newProfileDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'claimlight-e2e-'));
}

/** The first-run page Claimlight opens when it is installed (a fresh profile). */
export const isWelcome = (p) => /^chrome-extension:\/\/[^/]+\/welcome\.html/.test(p.url());

/**
 * Chromium with the built extension, on a (fresh unless given) profile. On a fresh profile the
 * extension opens its first-run page; it is closed before the test starts unless `welcome` is true.
 */
export async function launch({ userDataDir = newProfileDir(), extDir = EXT_DIR, colorScheme, viewport, welcome = false } = {}) {
  if (!fs.existsSync(path.join(extDir, 'manifest.json'))) throw new Error(`No built extension at ${extDir}: run npm run build first.`);
  const fresh = !fs.existsSync(userDataDir) || fs.readdirSync(userDataDir).length === 0;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme,
    viewport: viewport ?? { width: 1280, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`,
      // TEST_HOST resolves to the loopback test servers (only that name is mapped).
      `--host-resolver-rules=MAP ${TEST_HOST} 127.0.0.1`,
    ],
  });
  context.setDefaultTimeout(CEILING);
  context.setDefaultNavigationTimeout(CEILING);
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: CEILING });
  const extensionId = new URL(worker.url()).host;
  if (fresh && !welcome) {
    const opened = context.waitForEvent('page', { predicate: isWelcome, timeout: 15000 }).catch(() => null);
    const page = context.pages().find(isWelcome) ?? (await opened);
    await page?.close();
  }
  return { context, worker, extensionId, userDataDir, extUrl: (p) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}` };
}

export async function waitReady(page, timeout = CEILING) {
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

// --- the in-page UI in its CLOSED shadow root, driven through the Chrome DevTools Protocol --------
// Playwright's locators pierce open shadow roots only. DOM.getDocument({ pierce: true }) reaches
// closed ones too: we resolve the UI's shadow root into an isolated world of our own (the page's
// scripts cannot interfere with the helpers, nor see them) and run small functions on it there.
// Clicks and typing go through page.mouse and page.keyboard, as a reader's would.

const UI_HOST_ATTR = 'data-claimlight-ui';

/** In the isolated world, `this` is the shadow root: find the target, then do `op` with it. */
function uiAct(op, spec, arg) {
  const root = this;
  if (!root.host || !root.host.isConnected) return { stale: true };
  const IMPLICIT = { BUTTON: 'button', TEXTAREA: 'textbox', SELECT: 'combobox', A: 'link', DIALOG: 'dialog', UL: 'list', LI: 'listitem' };
  const INPUT_ROLE = { checkbox: 'checkbox', radio: 'radio', button: 'button', submit: 'button', reset: 'button', range: 'slider' };
  const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const roleOf = (el) => el.getAttribute('role') || (el.tagName === 'INPUT' ? INPUT_ROLE[el.type] ?? 'textbox' : IMPLICIT[el.tagName]) || null;
  const nameOf = (el) => {
    const label = el.getAttribute('aria-label');
    if (label) return clean(label);
    const by = el.getAttribute('aria-labelledby');
    if (by) return clean(by.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' '));
    if (el.id) {
      const l = root.querySelector(`label[for="${CSS.escape(el.id)}"]`);
      if (l) return clean(l.textContent);
    }
    const wrap = el.closest('label');
    if (wrap) return clean(wrap.textContent);
    if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return clean(el.getAttribute('placeholder') || el.title);
    return clean(el.textContent || el.title);
  };
  const matches = (want, got) => {
    if (want == null) return true;
    if (typeof want === 'object') return new RegExp(want.source, want.flags).test(got);
    return spec.exact ? got === want : got.toLowerCase().includes(want.toLowerCase());
  };
  const hiddenFromAt = (el) => !!el.closest('[aria-hidden="true"], [hidden]');
  const scopes = spec.within ? [...root.querySelectorAll(spec.within)] : [root];
  const found = [];
  for (const scope of scopes) {
    const all = [...(scope === root ? [] : [scope]), ...scope.querySelectorAll(spec.css ?? '*')];
    for (const el of all) {
      if (found.includes(el)) continue;
      if (spec.css && !el.matches(spec.css)) continue;
      if (spec.role && (roleOf(el) !== spec.role || hiddenFromAt(el) || !matches(spec.name, nameOf(el)))) continue;
      if (spec.text != null) {
        const own = clean(el.textContent);
        if (!matches(spec.text, own)) continue;
        if ([...el.children].some((c) => matches(spec.text, clean(c.textContent)))) continue; // the innermost only
      }
      found.push(el);
    }
  }
  const el = found[0] ?? null;
  const box = (e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  };
  const isVisible = (e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
  };
  const value = (() => {
    switch (op) {
      case 'count': return found.length;
      case 'visible': return !!el && isVisible(el);
      case 'box': return el && box(el);
      case 'text': return el && el.innerText;
      case 'textContent': return el && el.textContent;
      case 'attr': return el && el.getAttribute(arg);
      case 'style': return el && getComputedStyle(el)[arg];
      case 'value': return el && 'value' in el ? el.value : null;
      case 'describe':
        return el && { tag: el.localName, role: roleOf(el), name: nameOf(el), text: el.innerText, box: box(el), visible: isVisible(el) };
      case 'hit': {
        const t = el && root.elementFromPoint(arg.x, arg.y);
        return !!t && (t === el || el.contains(t));
      }
      case 'focus':
        if (!el) return false;
        el.focus();
        if (typeof el.select === 'function' && arg?.selectAll) el.select();
        return root.activeElement === el;
      case 'select': {
        if (!el || el.tagName !== 'SELECT') return false;
        const option = [...el.options].find((o) => o.value === arg || clean(o.label) === arg);
        if (!option) return false;
        el.value = option.value;
        el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      }
      default: throw new Error(`unknown op ${op}`);
    }
  })();
  return { value };
}

const UI_MISSING = { count: 0, visible: false, box: null, text: null, textContent: null, attr: null, style: null, value: null, describe: null, hit: false, focus: false, select: false };

/** A target in the UI: a CSS selector, or { role, name, exact, text, css, within } (name/text: string or RegExp). */
function uiSpec(target) {
  const spec = typeof target === 'string' ? { css: target } : { ...target };
  for (const k of ['name', 'text']) if (spec[k] instanceof RegExp) spec[k] = { source: spec[k].source, flags: spec[k].flags };
  return spec;
}

const describeTarget = (target) => (typeof target === 'string' ? target : JSON.stringify(uiSpec(target)));

/** Depth-first search of a CDP DOM tree (children and shadow roots). */
function findCdpNode(node, test) {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = findCdpNode(child, test);
    if (hit) return hit;
  }
  return null;
}

/**
 * Drive Claimlight's in-page UI, which lives in a closed shadow root, through CDP. Every method
 * takes a target (see uiSpec) and works on its first match; waits poll until `timeout` ms.
 * Returns { mode, query, count, visible, text, textContent, attr, style, value, box, waitFor, click,
 * hover, fill, type, press, selectOption, evaluate }.
 */
export function inPageUi(page, { timeout = CEILING } = {}) {
  let cdp = null;
  let root = null; // { objectId, mode }

  async function resolveRoot() {
    cdp ??= await page.context().newCDPSession(page);
    const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = findCdpNode(doc, (n) => n.nodeType === 1 && (n.attributes ?? []).some((a, i) => i % 2 === 0 && a === UI_HOST_ATTR));
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'claimlight-e2e' });
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId, executionContextId });
    return { objectId: object.objectId, mode: shadow.shadowRootType };
  }

  async function call(fn, args) {
    for (let attempt = 0; attempt < 2; attempt++) {
      root ??= await resolveRoot();
      if (!root) return { missing: true };
      try {
        const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
          objectId: root.objectId,
          functionDeclaration: fn,
          arguments: args.map((value) => ({ value })),
          returnByValue: true,
          awaitPromise: true,
        });
        if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
        if (!result.value?.stale) return result.value;
      } catch (e) {
        // The page navigated or reloaded (our world and handle went with it): resolve again.
        if (!/context|object|node/i.test(String(e.message))) throw e;
      }
      root = null;
    }
    return { missing: true };
  }

  const act = async (op, target, arg) => {
    const r = await call(uiAct.toString(), [op, uiSpec(target), arg]);
    return r.missing ? UI_MISSING[op] : r.value;
  };

  async function poll(what, check, ms = timeout) {
    const end = Date.now() + ms;
    for (;;) {
      const v = await check();
      if (v) return v;
      if (Date.now() > end) throw new Error(`in-page UI: timed out after ${ms} ms waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const waitFor = (target, { state = 'visible', timeout: ms = timeout } = {}) =>
    poll(`${describeTarget(target)} to be ${state}`, async () => {
      switch (state) {
        case 'visible': return act('visible', target);
        case 'hidden': return !(await act('visible', target));
        case 'attached': return (await act('count', target)) > 0;
        case 'detached': return (await act('count', target)) === 0;
        default: throw new Error(`unknown state ${state}`);
      }
    }, ms);

  /** The centre of a visible target whose box has stopped moving and which receives the pointer there. */
  async function actionPoint(target, ms = timeout) {
    let last = null;
    return poll(`${describeTarget(target)} to be visible, stable and on top`, async () => {
      const b = await act('box', target);
      const same = b && last && b.x === last.x && b.y === last.y && b.width === last.width && b.height === last.height;
      last = b;
      if (!b || !same || b.width === 0 || b.height === 0) return null;
      const p = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      return (await act('hit', target, p)) ? p : null;
    }, ms);
  }

  async function focus(target, selectAll = false) {
    await waitFor(target);
    await poll(`${describeTarget(target)} to take focus`, () => act('focus', target, { selectAll }));
  }

  return {
    /** 'closed' or 'open' as the browser reports it; null before the UI exists. */
    mode: async () => (root ??= await resolveRoot())?.mode ?? null,
    query: (target) => act('describe', target),
    count: (target) => act('count', target),
    visible: (target) => act('visible', target),
    text: (target) => act('text', target),
    textContent: (target) => act('textContent', target),
    attr: (target, name) => act('attr', target, name),
    style: (target, prop) => act('style', target, prop),
    value: (target) => act('value', target),
    box: (target) => act('box', target),
    waitFor,
    async click(target, opts = {}) {
      const p = await actionPoint(target, opts.timeout);
      await page.mouse.click(p.x, p.y);
    },
    async hover(target, opts = {}) {
      const p = await actionPoint(target, opts.timeout);
      await page.mouse.move(p.x, p.y);
    },
    /** Replace the field's text, as a paste would (one input event). */
    async fill(target, text) {
      await focus(target, true);
      if (text) await page.keyboard.insertText(text);
      else await page.keyboard.press('Delete');
    },
    /** Type key by key (keydown, keypress, input, keyup for each character). */
    async type(target, text) {
      await focus(target);
      await page.keyboard.type(text);
    },
    async press(target, key) {
      await focus(target);
      await page.keyboard.press(key);
    },
    async selectOption(target, value) {
      await waitFor(target);
      if (!(await act('select', target, value))) throw new Error(`in-page UI: no option ${value} in ${describeTarget(target)}`);
    },
    /** Run fn(shadowRoot, arg) in the helpers' isolated world; the result must be JSON-serialisable. */
    async evaluate(fn, arg) {
      const r = await call(`async function (arg) { if (!this.host || !this.host.isConnected) return { stale: true }; return { value: await (${fn.toString()})(this, arg) }; }`, [arg]);
      if (r.missing) throw new Error('in-page UI: no shadow root yet');
      return r.value;
    },
  };
}

/** Send a tab/* message to a tab's content script through the service worker; returns its data. */
export async function tabMessage(worker, tabId, msg) {
  const r = await worker.evaluate(({ tabId, msg }) => chrome.tabs.sendMessage(tabId, msg), { tabId, msg });
  if (!r?.ok) throw new Error(`tab message ${msg.type} failed: ${JSON.stringify(r)}`);
  return r.data;
}

/** Poll fn until it returns something truthy; fail with what was awaited (and the last value). */
export async function until(fn, what, timeout = CEILING) {
  const t0 = Date.now();
  let last;
  while (Date.now() - t0 < timeout) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/**
 * The note editor the in-page UI opened: an extension-origin <iframe> (note-frame.html) inside the
 * closed shadow root. Playwright reaches it as one of page.frames(); returns that Frame once its
 * textarea is there. Pass `not` (a frame) to wait for a new editor after that one.
 */
export async function noteFrame(page, { timeout = CEILING, not = null } = {}) {
  const isNoteFrame = (f) => f !== not && !f.isDetached() && f.url().startsWith('chrome-extension://') && new URL(f.url()).pathname === '/note-frame.html';
  // The same page also shows saved notes read-only (noteView): the editor is the one with a textarea.
  return until(async () => {
    for (const f of page.frames().filter(isNoteFrame)) {
      if (await f.locator('textarea').count().catch(() => 0)) return f;
    }
    return null;
  }, 'the note editor frame', timeout);
}

/**
 * The frame in which the open card shows the saved note, read-only (note-frame.html in view mode:
 * the note is never text of the page's document). Returns that Frame once the note is in it.
 */
export async function noteView(page, { timeout = CEILING, not = null } = {}) {
  const isNoteFrame = (f) => f !== not && !f.isDetached() && f.url().startsWith('chrome-extension://') && new URL(f.url()).pathname === '/note-frame.html';
  return until(async () => {
    for (const f of page.frames().filter(isNoteFrame)) {
      if (await f.locator('.cl-noteview').count().catch(() => 0)) return f;
    }
    return null;
  }, 'the note view frame', timeout);
}
