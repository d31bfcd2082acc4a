// "The page cannot reach the reader's data" (issue 8, part 3), in Chromium with the built extension:
// notes never appear where the page's scripts can read them, notes are typed in an extension-origin
// frame whose keys the page never hears and which the page's messages cannot drive, the content script ignores the page's
// postMessage traffic, the page cannot message the background, the background answers each content
// script only about its own page and refuses page requests from extension pages, extension pages
// have a strict CSP, and the extension makes no network requests of its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, waitReady, selectText, readMarks, menuAction, findTabId, noteFrame, noteView, until, EXT_DIR, SEED_DIR } from './harness.mjs';
import * as pages from './fixtures/hostile/pages.mjs';
import { uiClick, uiHasRole, uiText } from './fixtures/hostile/ui-probe.mjs';

const BUILD = process.env.CLAIMLIGHT_EXT_DIR ?? EXT_DIR; // optional: a private copy of the build
const SECRET = 'zebra-7391 my private doubt about this source';
const PHRASE = 'the projected cost of 48 million pounds';

let server;
let b;
/** Every request the browser made while this file ran: pages, extension pages and the service worker. */
const requests = [];
before(async () => {
  server = await serve({
    ...pages.SCRIPTS,
    ...pages.FAVICON,
    '/a.html': { body: pages.page({ body: `<article>${pages.ARTICLE}</article>` }) },
    '/b.html': { body: pages.page({ title: 'Library opening hours extended', body: `<article>${pages.ARTICLE2}</article>` }) },
    '/c.html': { body: pages.page({ title: 'Library opening hours extended', body: `<article>${pages.ARTICLE2}</article>` }) },
    '/world/article.html': path.join(SEED_DIR, 'page.html'),
    '/ping': { body: 'pong' },
  });
  b = await launch({ extDir: BUILD });
  b.context.on('request', (r) => requests.push({ url: r.url(), fromWorker: !!r.serviceWorker(), type: r.resourceType() }));
});
after(async () => {
  await b?.context.close();
  await server?.close();
});

async function open(p) {
  const page = await b.context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(server.url(p));
  await waitReady(page);
  return { page, problems };
}

/** Everything the page's own scripts can see that might hold the note, as a list of places. */
function findInMainWorld(page, secret) {
  return page.evaluate((secret) => {
    const hits = [];
    if (document.documentElement.outerHTML.includes(secret)) hits.push('document outerHTML');
    if (document.body.innerText.includes(secret)) hits.push('document innerText');
    const visit = (root, where) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) if (a.value.includes(secret)) hits.push(`${where} attribute ${el.localName}[${a.name}]`);
        if ('value' in el && typeof el.value === 'string' && el.value.includes(secret)) hits.push(`${where} ${el.localName}.value`);
        if (el.shadowRoot) {
          const sr = el.shadowRoot;
          if (sr.innerHTML.includes(secret) || sr.textContent.includes(secret)) hits.push(`open shadow root of <${el.localName}>`);
          visit(sr, `shadow root of <${el.localName}>`);
        }
      }
    };
    visit(document, 'document');
    for (const s of [localStorage, sessionStorage]) {
      for (let i = 0; i < s.length; i++) if ((s.key(i) + s.getItem(s.key(i))).includes(secret)) hits.push('web storage');
    }
    return hits;
  }, secret);
}

/** The state the content script of the tab showing `url` reports (the popup's view). */
async function tabState(url) {
  const tabId = await findTabId(b.worker, url);
  return b.worker.evaluate(async (tabId) => (await chrome.tabs.sendMessage(tabId, { type: 'tab/state' })).data, tabId);
}


let pageA;
let savedId;

test('9a. a note is saved, and is not in the page DOM, attributes or storage', async () => {
  // The context-menu "Highlight and add a note", then the note written the way the popup writes it.
  ({ page: pageA } = await open('/a.html'));
  const url = server.url('/a.html');
  await selectText(pageA, PHRASE, 'article');
  const made = await menuAction(b.worker, url, 'note');
  assert.equal(made.ok, true, JSON.stringify(made));
  await pageA.waitForFunction(() => document.querySelector('mark[data-claimlight-kind="highlight"]'));
  const mine = (await readMarks(pageA)).filter((m) => m.kind === 'highlight');
  assert.deepEqual(mine.map((m) => m.text), [PHRASE]);
  savedId = mine[0].id;
  const tabId = await findTabId(b.worker, url);
  const updated = await b.worker.evaluate(
    ({ tabId, id, note }) => chrome.tabs.sendMessage(tabId, { type: 'tab/update', id, patch: { note } }),
    { tabId, id: savedId, note: SECRET },
  );
  assert.equal(updated.ok, true, JSON.stringify(updated));
  const state = await tabState(url);
  assert.equal(state.items.find((i) => i.id === savedId)?.note, SECRET, 'the note was saved');

  const hits = await findInMainWorld(pageA, SECRET);
  assert.deepEqual(hits.filter((h) => !h.includes('shadow root')), []);
});

/** window.find() in the page's main world: it searches closed shadow roots too (Chromium), not other-origin frames. */
function pageFinds(page, text) {
  return page.evaluate((text) => {
    const found = window.find(text, false, false, true, false, true, false);
    getSelection().removeAllRanges();
    return found;
  }, text);
}

test('9b. with the card open (also when the page opens it), the page cannot find() the note; the reader sees it in the note frame', async () => {
  const MARK = `mark[data-claimlight-id="${savedId}"]`;
  const secretParts = [SECRET, SECRET.slice(0, 5), 'zebra-7391'];
  // Made-up events do not open the card.
  await pageA.evaluate((sel) => {
    const m = document.querySelector(sel);
    m.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    m.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  }, MARK);
  await pageA.waitForTimeout(600);
  assert.equal(await uiHasRole(pageA, 'dialog'), false, 'a synthetic mouseover or click opens no card');

  // focus() from the page is a real focus event: the card opens, the note is shown, and not findable.
  await pageA.evaluate((sel) => document.querySelector(sel).focus(), MARK);
  await until(() => uiHasRole(pageA, 'dialog'), 'the card opened by the page\'s focus()');
  let view = await noteView(pageA);
  assert.equal((await view.locator('.cl-noteview').textContent()), SECRET, 'the reader sees the note in the frame');
  assert.equal(await pageFinds(pageA, 'Change kind'), true, 'control: window.find() does see the card\'s own text');
  for (const part of secretParts) assert.equal(await pageFinds(pageA, part), false, `window.find("${part}")`);
  assert.ok(!(await uiText(pageA)).includes(SECRET), 'the note is not text of the UI\'s shadow root');
  assert.deepEqual(await findInMainWorld(pageA, SECRET), []);
  await pageA.keyboard.press('Escape');
  await until(async () => !(await uiHasRole(pageA, 'dialog')), 'the card to close');

  // The reader's own click: the same.
  await pageA.locator(MARK).first().click();
  view = await noteView(pageA, { not: view });
  assert.equal(await view.locator('.cl-noteview').textContent(), SECRET);
  const box = await view.frameElement().then((el) => el.boundingBox());
  assert.ok(box && box.height >= 16 && box.height < 200, `the note frame is sized to its text: ${JSON.stringify(box)}`);
  for (const part of secretParts) assert.equal(await pageFinds(pageA, part), false, `window.find("${part}")`);
  assert.deepEqual(await findInMainWorld(pageA, SECRET), []);
});

test('9c. keys typed into a note never reach the page\'s listeners (capture phase included), the page cannot drive the editor, and the note is saved', async () => {
  const TYPED = ' typed9';
  await pageA.evaluate(() => {
    window.__heard = [];
    for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input']) {
      for (const target of [window, document]) {
        for (const capture of [true, false]) {
          target.addEventListener(type, (e) => window.__heard.push(`${type}:${e.key ?? e.data ?? ''}`), capture);
        }
      }
    }
  });
  const shown = await noteView(pageA);
  await uiClick(pageA, 'button', 'Edit note');
  const editor = await noteFrame(pageA, { not: shown });
  const box = editor.getByRole('textbox', { name: 'Note', exact: true });
  assert.equal(await box.inputValue(), SECRET, 'the editor starts from the saved note');
  assert.equal(await editor.evaluate(() => document.activeElement?.localName), 'textarea', 'focus went into the textarea');
  await box.press('End');
  await pageA.keyboard.type(TYPED); // key by key: keydown, keypress, beforeinput, input, keyup
  assert.equal(await box.inputValue(), SECRET + TYPED);
  assert.deepEqual(await pageA.evaluate(() => window.__heard), [], 'the page heard no key or input event');
  for (const text of [TYPED.trim(), SECRET]) {
    assert.deepEqual(await findInMainWorld(pageA, text), [], `the page cannot find "${text}"`);
    assert.equal(await pageFinds(pageA, text), false, `window.find("${text}")`);
  }

  // The page messages every frame it can reach, and itself, with what the editor's messages look like.
  const url = server.url('/a.html');
  const pageView = await pageA.evaluate(() => {
    const forged = [
      { type: 'editor/save', session: '00000000-0000-4000-8000-000000000000', text: 'pwned' },
      { type: 'editor/draft', text: 'pwned' },
      { type: 'editor/cancel' },
      { type: 'editor/init' },
      'editor/cancel',
    ];
    for (let i = 0; i < window.frames.length; i++) for (const m of forged) window.frames[i].postMessage(m, '*');
    for (const m of forged) window.postMessage(m, '*');
    return { frames: window.frames.length };
  });
  console.log(`# page main world sees ${pageView.frames} frame(s) in window.frames`);
  // Chromium leaves frames inside shadow trees out of window.frames, so the page has no handle on the
  // editor at all. Were one to reach it, the frame has no message listener: deliver the same
  // messages inside the frame itself (as the test can) and nothing happens either.
  await editor.evaluate(() => {
    for (const m of [{ type: 'editor/save', text: 'pwned' }, { type: 'editor/cancel' }, 'editor/cancel']) window.postMessage(m, '*');
  });
  await pageA.waitForTimeout(500);
  assert.equal(editor.isDetached(), false, 'the editor is still open');
  assert.equal(await box.inputValue(), SECRET + TYPED, 'its text is unchanged');
  assert.equal((await tabState(url)).items.find((i) => i.id === savedId)?.note, SECRET, 'nothing saved by the page');

  await box.press('Control+Enter');
  await until(async () => (await tabState(url)).items.find((i) => i.id === savedId)?.note === SECRET + TYPED, 'the note saved');
  await until(async () => (await uiText(pageA)).includes('Note saved.'), 'the card says "Note saved."');
  await until(() => editor.isDetached(), 'the editor frame to close');
  assert.deepEqual(await pageA.evaluate(() => window.__heard), [], 'Ctrl+Enter was not heard either');
  assert.deepEqual(await findInMainWorld(pageA, TYPED.trim()), []);
  // The saved note is shown in a new view frame; the page cannot find() it.
  const after = await noteView(pageA, { not: shown });
  assert.equal(await after.locator('.cl-noteview').textContent(), SECRET + TYPED);
  assert.equal(await pageFinds(pageA, TYPED.trim()), false, 'window.find() of the saved words');

  // A synthetic Esc or outside press does not close an open editor.
  await uiClick(pageA, 'button', 'Edit note');
  const idle = await noteFrame(pageA, { not: editor });
  await pageA.evaluate(() => {
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0 }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    window.__heard = []; // the page's own listeners heard its own made-up Esc
  });
  await pageA.waitForTimeout(300);
  assert.equal(idle.isDetached(), false, 'made-up events leave the empty editor open');

  // Esc in the editor cancels; its key-up does not land in the page after the frame closes either.
  await idle.getByRole('textbox', { name: 'Note', exact: true }).press('Escape');
  await until(() => idle.isDetached(), 'the editor frame to close on Esc');
  assert.ok((await uiText(pageA)).includes('Edit note'), 'the card is still open');
  assert.deepEqual(await pageA.evaluate(() => window.__heard), [], 'Esc was not heard either');
});

test('9d. a page that embeds the note editor itself gets no note: the session is unknown to it', async () => {
  const { page, problems } = await open('/b.html');
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.src = src;
    document.body.append(f);
  }, b.extUrl(`note-frame.html#${randomUUID()}`));
  const frame = await until(() => page.frames().find((f) => f.url().includes('/note-frame.html')), 'the embedded note frame');
  const alert = frame.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /closed/);
  assert.equal(await frame.locator('textarea').count(), 0, 'no editor');
  assert.deepEqual(problems, []);
  await page.close();
});

test('9e. clickjacking: a save from an editor the page covered is refused until the reader can see it', async () => {
  const { page, problems } = await open('/c.html');
  const url = server.url('/c.html');
  await selectText(page, 'will open on Sundays', 'article');
  await until(() => uiHasRole(page, 'toolbar'), 'the selection toolbar');
  await uiClick(page, 'button', 'Note');
  const editor = await noteFrame(page);
  const box = editor.getByRole('textbox', { name: 'Note', exact: true });
  await box.fill('saved only when seen');
  // The page cannot make our host transparent (its opacity is ours), but it can put a near-invisible
  // layer of its own above it in the top layer once the editor is open.
  await page.evaluate(() => document.querySelector('[data-claimlight-ui]').style.setProperty('opacity', '0.05', 'important'));
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('[data-claimlight-ui]')).opacity), '1');
  await page.evaluate(() => {
    const cover = document.createElement('div');
    cover.id = 'cover';
    cover.popover = 'manual';
    cover.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;border:0;background:rgba(255,255,255,0.01)';
    document.body.append(cover);
    cover.showPopover();
  });
  await page.waitForTimeout(300);
  await box.press('Control+Enter');
  await until(async () => /not fully visible/.test(await editor.locator('[role="status"]').textContent()), 'the refusal');
  assert.equal((await tabState(url)).items.filter((i) => i.saved).length, 0, 'nothing saved while covered');
  await page.evaluate(() => document.getElementById('cover').remove());
  // A save counts once the editor has been seen for half a second (by the frame's own clock, which
  // a busy machine slows): until then it is refused again, so ask until it is taken.
  await page.waitForTimeout(700);
  await until(async () => {
    if ((await tabState(url)).items.some((i) => i.saved && i.note === 'saved only when seen')) return true;
    await box.press('Control+Enter', { timeout: 5000 }).catch(() => {}); // the editor closes once it saved
    return false;
  }, 'the note saved once visible');
  assert.deepEqual(problems, []);
  await page.close();
});

test('10. the content script ignores window.postMessage traffic shaped like the contract', async () => {
  const { page, problems } = await open('/b.html');
  const before = await tabState(server.url('/b.html'));
  const beforeA = await tabState(server.url('/a.html'));
  await selectText(page, 'will open on Sundays', 'article');
  await page.evaluate((id) => {
    const messages = [
      { type: 'tab/command', action: 'highlight' },
      { type: 'tab/command', action: 'note' },
      { type: 'annotation/delete', canonical: null, ids: [id] },
      { type: 'annotation/create', canonical: null, annotation: { kind: 'highlight', source: 'user', exact: 'x', selectors: [] } },
      { type: 'tab/visibility', kind: 'all', visible: false },
      { type: 'tab/delete', id },
    ];
    for (const m of messages) {
      window.postMessage(m, '*');
      window.postMessage(JSON.stringify(m), '*');
      document.dispatchEvent(new CustomEvent('claimlight', { detail: m }));
    }
  }, savedId);
  await page.waitForTimeout(1500);
  assert.equal((await readMarks(page)).filter((m) => m.kind === 'highlight').length, 0, 'nothing highlighted');
  assert.ok(await page.evaluate(() => !getSelection().isCollapsed), 'selection left alone');
  const afterB = await tabState(server.url('/b.html'));
  assert.deepEqual(afterB.visible, before.visible, 'visibility unchanged');
  assert.equal(afterB.items.filter((i) => i.saved).length, 0, 'nothing saved on B');
  const afterA = await tabState(server.url('/a.html'));
  assert.deepEqual(afterA.items.filter((i) => i.saved).map((i) => i.id), beforeA.items.filter((i) => i.saved).map((i) => i.id), 'A keeps its annotation');
  assert.deepEqual(problems, []);
  await page.close();
});

test('11. the page cannot message the background', async () => {
  const { page } = await open('/b.html');
  const result = await page.evaluate(async (extId) => {
    const runtime = globalThis.chrome?.runtime;
    if (!runtime?.sendMessage) return { exposed: false };
    try {
      const reply = await runtime.sendMessage(extId, { type: 'page/open', canonical: null, title: 't', siteName: 's' });
      return { exposed: true, reply };
    } catch (e) {
      return { exposed: true, error: String(e) };
    }
  }, b.extensionId);
  console.log(`# page main world: chrome.runtime.sendMessage ${result.exposed ? `exposed, call failed: ${result.error}` : 'not exposed'}`);
  assert.equal(result.reply, undefined, 'no reply reached the page');
  await page.close();
});

test('12. the background answers only for the sender\'s own page; extension pages cannot act as a page', async () => {
  const { page } = await open('/b.html');
  const stateB = await tabState(server.url('/b.html'));
  assert.ok(!stateB.items.some((i) => i.id === savedId), 'B does not list A\'s annotation');
  assert.equal(stateB.items.filter((i) => i.saved).length, 0);
  assert.notEqual(stateB.pageKey, (await tabState(server.url('/a.html'))).pageKey);

  const noteBefore = (await tabState(server.url('/a.html'))).items.find((i) => i.id === savedId)?.note;
  assert.ok(noteBefore?.startsWith(SECRET), noteBefore);
  const ext = await b.context.newPage();
  await ext.goto(b.extUrl('library.html'));
  const replies = await ext.evaluate(async (id) => {
    const send = (m) => chrome.runtime.sendMessage(m).catch((e) => ({ ok: false, error: String(e) }));
    return {
      update: await send({ type: 'annotation/update', canonical: null, id, patch: { note: 'overwritten' } }),
      del: await send({ type: 'annotation/delete', canonical: null, ids: [id] }),
      open: await send({ type: 'page/open', canonical: null, title: 't', siteName: 's' }),
    };
  }, savedId);
  for (const [k, r] of Object.entries(replies)) assert.equal(r?.ok, false, `${k} refused: ${JSON.stringify(r)}`);
  const a = (await tabState(server.url('/a.html'))).items.find((i) => i.id === savedId);
  assert.equal(a?.note, noteBefore, 'A\'s annotation unchanged');
  await ext.close();
  await page.close();
});

test('13. extension pages have a strict CSP and no inline scripts', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(BUILD, 'manifest.json'), 'utf8'));
  const csp = manifest.content_security_policy?.extension_pages;
  assert.equal(typeof csp, 'string', 'an explicit CSP for extension pages');
  assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/, csp);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /object-src 'none'/);
  console.log(`# extension pages CSP: ${csp}`);
  assert.equal(manifest.externally_connectable, undefined, 'no externally_connectable');
  // Web-accessible resources can be fetched by any page: code only (lazy-loaded UI), never data, and
  // one page: the note editor frame, which shows text only for a session its own tab opened (9d).
  for (const war of manifest.web_accessible_resources ?? []) {
    for (const r of war.resources) assert.ok(/^[\w/.-]+\.(js|css)$/.test(r) || r === 'note-frame.html', `web-accessible ${r}`);
    console.log(`# web-accessible: ${war.resources.join(', ')} (use_dynamic_url: ${war.use_dynamic_url ?? false})`);
  }
  for (const file of ['popup.html', 'library.html', 'note-frame.html']) {
    const html = fs.readFileSync(path.join(BUILD, file), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    assert.ok(scripts.length > 0, `${file} loads its script`);
    for (const [, attrs, body] of scripts) {
      assert.match(attrs, /\bsrc="\/[^"]+"/, `${file}: script from the extension`);
      assert.equal(body.trim(), '', `${file}: no inline script`);
    }
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i, `${file}: no inline event handlers`);
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//i, `${file}: nothing remote`);
  }
});

test('14. the extension makes no network requests of its own', async () => {
  // A browse session: the seed article, the popup, a highlight, the library and an export.
  const seed = await b.context.newPage();
  await seed.goto(server.url('/world/article.html'));
  await waitReady(seed);
  await selectText(seed, 'exchange 175 prisoners of war each on Wednesday', 'article');
  assert.equal((await menuAction(b.worker, server.url('/world/article.html'), 'highlight')).ok, true);
  const popup = await b.context.newPage();
  await popup.goto(b.extUrl('popup.html'));
  await popup.waitForTimeout(1000);
  const lib = await b.context.newPage();
  await lib.goto(b.extUrl('library.html#export'));
  await lib.getByRole('heading', { name: 'Export', exact: true }).waitFor();
  const [download] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: 'Export backup' }).click()]);
  assert.ok(fs.readFileSync(await download.path(), 'utf8').includes('prisoners of war'));

  // The recorder sees the service worker's requests too: a fetch of our own proves it.
  await b.worker.evaluate((u) => fetch(u).then((r) => r.text()), server.url('/ping'));
  await until(() => requests.some((r) => r.url === server.url('/ping') && r.fromWorker), 'the service worker\'s fetch in the record');

  const foreign = requests.filter((r) => !r.url.startsWith(server.origin + '/') && !r.url.startsWith('chrome-extension://'));
  const fromExtension = requests.filter((r) => r.fromWorker && r.url !== server.url('/ping'));
  console.log(`# network: ${requests.length} requests recorded, ${foreign.length} foreign, ${fromExtension.length} from the service worker besides the probe`);
  assert.deepEqual(foreign, []);
  assert.deepEqual(fromExtension.filter((r) => !r.url.startsWith('chrome-extension://')), []);
  for (const p of [seed, popup, lib]) await p.close();
});
