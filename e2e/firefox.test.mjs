// Firefox as a first-class browser (issue 15): Firefox ESR with the Firefox build, driven by
// puppeteer-core over WebDriver BiDi. One Firefox for the whole file (it takes 5–40 s to start).
// The sample article is ready with the same findings as in Chromium; a highlight with a note
// survives a reload; the popup and the Library show it; a backup exported from the Library imports
// back; a hostile page keeps working and never sees the note; a strict-CSP page still gets its
// highlights; saves and updates sent to the article's tab complete with the tab in front and
// hidden behind another tab (where Firefox throttles timers).
//
// Firefox gives no handle on the background page: an extension page in a window of its own
// (the "control" page) sends the messages the popup would, with its own browser.* APIs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch as launchChromiumPlaywright, serve, findTabId, tabMessage as chromiumTabMessage, waitReady as chromiumReady, readMarks as chromiumMarks, SEED_DIR, ROOT } from './harness.mjs';
import { launchFirefox, controlPage, openExtensionPage, findTab, tabMessage, waitReady, selectText, readMarks, until } from './browsers.mjs';
import { openArticleSession, saveAndUpdate, checkSaved, median } from './background-saves.mjs';
import * as pages from './fixtures/hostile/pages.mjs';

const PHRASE = 'exchange 175 prisoners of war each on Wednesday';
const NOTE = 'Check the exchange figure against the ministry statement';
const SECRET = 'quokka-5521 my private doubt about this source';
const HOSTILE_PHRASE = 'the projected cost of 48 million pounds';

let server;
let ff;
let control;
before(async () => {
  server = await serve({
    ...pages.SCRIPTS,
    ...pages.FAVICON,
    '/world/article.html': path.join(SEED_DIR, 'page.html'),
    '/demo/article.html': path.join(ROOT, 'demo', 'article.html'),
    '/hostile.html': { body: pages.page({ body: `<article>${pages.ARTICLE}</article>`, scripts: ['/spy.js'] }) },
    '/csp.html': { body: pages.cspPage(), headers: { 'content-security-policy': pages.CSP } },
    '/long.html': { body: pages.manyParagraphsPage(800) },
  });
  const t0 = Date.now();
  ff = await launchFirefox();
  console.log(`# ${await ff.browser.version()} with the extension, started in ${Date.now() - t0} ms`);
  control = await controlPage(ff);
});
after(async () => {
  await ff?.close();
  await server?.close();
});

/** A page of the test server in a new Firefox tab, ready; records the page's uncaught errors. */
async function open(p) {
  const page = await ff.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => {
    const message = String(e?.message ?? e);
    // Firefox reports the browser's own favicon request refused by a strict CSP as a page error.
    if (!/^Content-Security-Policy: .*\/favicon\.ico\b/.test(message)) errors.push(message);
  });
  const url = server.url(p);
  await page.goto(url);
  await waitReady(page);
  return { page, url, errors, tab: await findTab(control, url) };
}

const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
/** The findings as the popup sees them, in a comparable order. */
const findings = (items) =>
  items
    .map(({ id, kind, source, text, speaker, disputedBy, claimant, reason }) => ({ id, kind, source, text: norm(text), speaker, disputedBy, claimant, reason }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
/** What is painted: per annotation id, its kind, speaker, disputer and words. */
const painted = (marks) => marks.map((m) => ({ ...m, text: norm(m.text) })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const countKinds = (items) => items.reduce((c, i) => ({ ...c, [i.kind]: (c[i.kind] ?? 0) + 1 }), {});

test('the sample article is ready with the same findings and marks as in Chromium', async () => {
  const chromium = await launchChromiumPlaywright();
  try {
    for (const p of ['/world/article.html', '/demo/article.html']) {
      const url = server.url(p);
      const cPage = await chromium.context.newPage();
      await cPage.goto(url);
      await chromiumReady(cPage, 60_000);
      const cState = await chromiumTabMessage(chromium.worker, await findTabId(chromium.worker, url), { type: 'tab/state' });
      const cMarks = await chromiumMarks(cPage);
      await cPage.close();

      const f = await open(p);
      const fState = await tabMessage(control, f.tab.id, { type: 'tab/state' });
      const fMarks = await readMarks(f.page);
      assert.equal(fState.isArticle, true);
      assert.equal(fState.analysed, true);
      assert.ok(cState.items.length > 10, `Chromium found ${cState.items.length} items`);
      const kinds = countKinds(fState.items);
      console.log(`# ${p}: Firefox ${JSON.stringify(kinds)}, Chromium ${JSON.stringify(countKinds(cState.items))}; speakers: ${[...new Set(fState.items.map((i) => i.speaker).filter(Boolean))].join(', ')}`);
      assert.deepEqual(kinds, countKinds(cState.items), 'the same counts per kind');
      assert.deepEqual(findings(fState.items), findings(cState.items), 'the same findings: words, speakers, disputers, reasons');
      assert.deepEqual(painted(fMarks), painted(cMarks), 'the same marks painted');
      assert.deepEqual(f.errors, []);
      await f.page.close();
    }
  } finally {
    await chromium.context.close();
  }
});

let article; // the seed article's tab, shared by the next three tests
let savedId;

test('a highlight with a note survives a reload', async () => {
  article = await open('/world/article.html');
  const { page, tab } = article;
  await selectText(page, PHRASE, 'article');
  const made = await tabMessage(control, tab.id, { type: 'tab/command', action: 'highlight' });
  assert.equal(made.ok, true, JSON.stringify(made));
  savedId = made.annotation.id;
  const { item } = await tabMessage(control, tab.id, { type: 'tab/update', id: savedId, patch: { note: NOTE } });
  assert.equal(item.note, NOTE);
  assert.equal(await page.evaluate(() => getSelection().isCollapsed), true, 'the selection is cleared after saving');

  await page.reload();
  await waitReady(page);
  const mark = `mark[data-claimlight-id="${savedId}"][data-claimlight-saved]`;
  await page.waitForSelector(mark, { timeout: 60_000 });
  const mine = (await readMarks(page)).filter((m) => m.kind === 'highlight');
  assert.deepEqual(mine.map((m) => [m.id, norm(m.text)]), [[savedId, PHRASE]]);
  const state = await tabMessage(control, tab.id, { type: 'tab/state' });
  const kept = state.items.find((i) => i.id === savedId);
  assert.equal(kept?.saved, true);
  assert.equal(kept?.note, NOTE);
  assert.equal(kept?.source, 'user');
  assert.deepEqual(article.errors, []);
});

test('the popup and the Library show the highlight and its note', async () => {
  assert.ok(savedId, 'the previous test saved a highlight');
  // The popup as a page of its own for the article's tab, in another window (the article stays in front).
  const popup = await ff.browser.newPage({ type: 'window' });
  await openExtensionPage(ff, popup, `popup.html?tab=${article.tab.id}`);
  assert.equal(await popup.title(), 'Claimlight');
  // A long page starts with its sections folded: open them all.
  await popup.waitForSelector('.popup__fold', { timeout: 60_000 });
  await popup.evaluate(() => document.querySelectorAll('.popup__fold[aria-expanded="false"]').forEach((b) => b.click()));
  await popup.waitForFunction(
    (phrase, note) => [...document.querySelectorAll('article.cl-item')].some((el) => el.querySelector('.cl-item__text')?.textContent.includes(phrase) && el.querySelector('.cl-item__note')?.textContent === note),
    { timeout: 60_000 },
    PHRASE,
    NOTE,
  );
  // The popup lists the page's findings too: one card per item.
  const state = await tabMessage(control, article.tab.id, { type: 'tab/state' });
  await until(async () => (await popup.evaluate(() => document.querySelectorAll('article.cl-item').length)) === state.items.length, 'a card per item in the popup');
  await popup.close();

  const lib = await ff.browser.newPage({ type: 'window' });
  await openExtensionPage(ff, lib, 'library.html');
  assert.equal(await lib.title(), 'Claimlight Library');
  await lib.waitForFunction(
    (id, phrase, note) => {
      const row = document.querySelector(`.cl-arow[data-id="${CSS.escape(id)}"]`);
      return row && row.querySelector('.cl-arow__text')?.textContent.includes(phrase) && row.querySelector('.cl-arow__note')?.textContent === note;
    },
    { timeout: 60_000 },
    savedId,
    PHRASE,
    NOTE,
  );
  assert.equal(await lib.evaluate(() => document.querySelector('.toolbar__count')?.textContent), '1 annotation');
  await lib.close();
});

test('a backup exported from the Library imports back', async () => {
  assert.ok(savedId, 'the first test saved a highlight');
  const lib = await ff.browser.newPage({ type: 'window' });
  await openExtensionPage(ff, lib, 'library.html#export');
  const before = new Set(fs.readdirSync(ff.downloadDir));
  await lib.locator('button::-p-text(Export backup)').click();
  // Firefox writes the file under another name first: wait for the finished backup.
  const backup = await until(() => {
    for (const name of fs.readdirSync(ff.downloadDir)) {
      if (before.has(name) || !/^claimlight-backup-\d{4}-\d{2}-\d{2}.*\.json$/.test(name)) continue;
      try {
        return { name, file: path.join(ff.downloadDir, name), data: JSON.parse(fs.readFileSync(path.join(ff.downloadDir, name), 'utf8')) };
      } catch {
        return null; // still being written
      }
    }
    return null;
  }, 'the backup in the download folder');
  const record = backup.data.annotations.find((a) => a.id === savedId);
  assert.equal(record?.note, NOTE, `the backup ${backup.name} holds the highlight and its note`);
  assert.equal(norm(record.exact), PHRASE);

  // Delete it (as the popup does), then import the backup in the Library.
  const { deleted } = await tabMessage(control, article.tab.id, { type: 'tab/delete', id: savedId });
  assert.deepEqual(deleted.map((a) => a.id), [savedId]);
  await article.page.waitForFunction((id) => !document.querySelector(`mark[data-claimlight-id="${CSS.escape(id)}"]`), { timeout: 60_000 }, savedId);
  const input = await lib.waitForSelector('#import-file');
  await input.uploadFile(backup.file);
  const status = await until(async () => {
    const text = await lib.evaluate(() => document.querySelector('.transfer__status')?.textContent ?? '');
    return /^Imported|^Nothing was imported/.test(text) && text;
  }, 'the import summary');
  assert.match(status, /^Imported 1 annotation from a Claimlight backup file/);

  // The article gets it back after a reload: painted on the same words, with its note.
  await article.page.reload();
  await waitReady(article.page);
  await article.page.waitForSelector(`mark[data-claimlight-id="${savedId}"][data-claimlight-saved]`, { timeout: 60_000 });
  const state = await tabMessage(control, article.tab.id, { type: 'tab/state' });
  const back = state.items.find((i) => i.id === savedId);
  assert.equal(back?.note, NOTE);
  assert.equal(norm(back?.text), PHRASE);
  assert.deepEqual(article.errors, []);
  await lib.close();
  await article.page.close();
});

/** Everything the page's own scripts can see that might hold the text, as a list of places. */
function findInMainWorld(page, secret) {
  return page.evaluate((secret) => {
    const hits = [];
    if (document.documentElement.outerHTML.includes(secret)) hits.push('document outerHTML');
    if (document.body.innerText.includes(secret)) hits.push('document innerText');
    const visit = (root, where) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) if (a.value.includes(secret)) hits.push(`${where} attribute ${el.localName}[${a.name}]`);
        if ('value' in el && typeof el.value === 'string' && el.value.includes(secret)) hits.push(`${where} ${el.localName}.value`);
        if (el.shadowRoot) visit(el.shadowRoot, `open shadow root of <${el.localName}>`);
      }
    };
    visit(document, 'document');
    for (const s of [localStorage, sessionStorage]) {
      for (let i = 0; i < s.length; i++) if ((s.key(i) + s.getItem(s.key(i))).includes(secret)) hits.push('web storage');
    }
    if (window.__spy.seen.some((s) => s.includes(secret))) hits.push('a DOM change the page observed');
    if (window.__spy.messages.some((s) => s.includes(secret))) hits.push('a message posted to the page');
    if (window.__readFrames().texts.some((t) => t.includes(secret))) hits.push('a frame the page can read');
    return hits;
  }, secret);
}

/**
 * What window.find() (searching frames too) tells the page about each text, one right after the
 * other: 'found', 'not found' or the error it threw. In Firefox, a search that walks into the
 * extension's note frame throws a SecurityError whether or not the text is there (and once a
 * search has matched in the page, later ones do not enter the frame at all), so the answer for a
 * note's words must be the answer for words that are nowhere.
 */
function findOutcomes(page, texts) {
  return page.evaluate((texts) =>
    texts.map((t) => {
      try {
        const found = window.find(t, false, false, true, false, true, false);
        const selected = String(getSelection());
        getSelection().removeAllRanges();
        return found ? `found "${selected}"` : 'not found';
      } catch (e) {
        return 'threw'; // (a SecurityError's own properties are not readable here)
      }
    }), texts);
}

async function assertFindTellsNothing(page, secret) {
  const nowhere = `${secret.slice(0, 5)}-nowhere-${Date.now()}`;
  for (const word of [secret, secret.split(' ')[0], secret.split(' ').at(-1)]) {
    const [control, asked] = await findOutcomes(page, [nowhere, word]);
    assert.doesNotMatch(asked, /^found/, `window.find("${word}")`);
    assert.equal(asked, control, `window.find("${word}") answers as for words that are nowhere`);
  }
}

/** The page's own script ran, its click handler fires and its timer keeps beating. */
async function assertPageWorks(page) {
  assert.equal(await page.evaluate(() => window.__page?.ran === true), true, 'page script ran');
  const clicks = await page.evaluate(() => window.__page.clicks);
  await page.click('#counter');
  await page.click('#counter');
  assert.equal(await page.evaluate(() => window.__page.clicks), clicks + 2, 'click handler fires');
  assert.equal(await page.evaluate(() => document.getElementById('counter').textContent.trim()), `Clicked ${clicks + 2}`);
  const ticks = await page.evaluate(() => window.__page.ticks.length);
  await until(async () => (await page.evaluate(() => window.__page.ticks.length)) > ticks + 3, 'the page\'s heartbeat timer');
}

test('a hostile page keeps working and never sees the reader\'s note', async () => {
  const { page, tab, errors } = await open('/hostile.html');
  assert.ok((await readMarks(page)).some((m) => m.kind === 'quote' && m.speaker === 'Margaret Okafor'), 'the article is painted');
  await selectText(page, HOSTILE_PHRASE, 'article');
  const made = await tabMessage(control, tab.id, { type: 'tab/command', action: 'highlight' });
  assert.equal(made.ok, true, JSON.stringify(made));
  const id = made.annotation.id;
  await tabMessage(control, tab.id, { type: 'tab/update', id, patch: { note: SECRET } });
  assert.equal((await tabMessage(control, tab.id, { type: 'tab/state' })).items.find((i) => i.id === id)?.note, SECRET, 'the note was saved');
  assert.deepEqual(await findInMainWorld(page, SECRET), [], 'nowhere the page can look, with the card closed');
  await assertFindTellsNothing(page, SECRET);

  // The card opens on the highlight (the page's own focus() is a real focus event) and shows the
  // note to the reader in the extension's frame; the page still cannot find it.
  await page.focus(`mark[data-claimlight-id="${id}"]`);
  // (puppeteer reports the frame's URL as about:blank: ask the frame where it is.)
  const shown = await until(async () => {
    for (const f of page.frames()) {
      if (f === page.mainFrame()) continue;
      const seen = await f.evaluate(() => ({ href: location.href, text: document.querySelector('.cl-noteview')?.textContent ?? '' })).catch(() => null);
      if (seen?.text) return seen;
    }
    return null;
  }, 'the note shown in the card\'s note frame');
  assert.equal(shown.text, SECRET, 'the reader sees the note');
  assert.ok(shown.href.startsWith(`${ff.origin}/note-frame.html`), `in the extension's own frame: ${shown.href}`);
  const reach = await page.evaluate(() => window.__readFrames());
  console.log(`# hostile page: window.frames reaches ${reach.reachable} frame(s); reading them: ${JSON.stringify(await page.evaluate(() => window.__spy.frameErrors))}`);
  assert.deepEqual(await findInMainWorld(page, SECRET), [], 'nowhere the page can look, with the card open');
  await assertFindTellsNothing(page, SECRET);
  console.log(`# hostile page, card open: window.find() of the note's words: ${JSON.stringify(await findOutcomes(page, [SECRET, 'Westhaven', SECRET]))}`);
  assert.deepEqual(await page.evaluate(() => window.__spy.keys), [], 'the page heard no key events from us');
  await assertPageWorks(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page with a strict Content-Security-Policy still gets its highlights, styled', async () => {
  const { page, tab, errors } = await open('/csp.html');
  await page.waitForSelector('article mark.claimlight-mark[data-claimlight-kind="quote"]', { timeout: 60_000 });
  const marks = await readMarks(page);
  const state = await tabMessage(control, tab.id, { type: 'tab/state' });
  assert.deepEqual([...new Set(marks.map((m) => m.kind))].sort(), ['claim', 'disputed', 'quote']);
  assert.equal(marks.length, state.items.length, 'every finding is painted');
  assert.ok(marks.some((m) => m.kind === 'quote' && m.speaker === 'Margaret Okafor'));
  const style = await page.evaluate(() => {
    const cs = getComputedStyle(document.querySelector('mark.claimlight-mark[data-claimlight-kind="quote"]'));
    return { bg: cs.backgroundColor, line: cs.textDecorationLine, decoration: cs.textDecorationStyle, display: cs.display };
  });
  assert.notEqual(style.bg, 'rgba(0, 0, 0, 0)', 'the quote mark has a background (our stylesheet applies)');
  assert.match(style.line, /underline/);
  assert.equal(style.decoration, 'dotted');
  assert.equal(style.display, 'inline');
  await assertPageWorks(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('saves and updates sent to the article\'s tab complete with the tab in front and hidden', async () => {
  for (const [p, n] of [['/world/article.html', 4], ['/long.html', 3]]) {
    // Its own address (the server ignores the query): no other tab of this file answers for it.
    const s = await openArticleSession(ff, `${server.url(p)}?background-tab`);
    try {
      assert.equal(await s.visibility(), 'visible');
      const front = await saveAndUpdate(s, n, 'front');
      await checkSaved(s, front.saved, 'front');
      await s.hide();
      assert.equal(await s.visibility(), 'hidden');
      const hidden = await saveAndUpdate(s, n, 'hidden');
      assert.equal(await s.visibility(), 'hidden', 'still in the background');
      await checkSaved(s, hidden.saved, 'hidden');
      // A measurement, not a check (this machine may be busy): bench/probes/background-saves.mjs.
      const ms = (xs) => `${xs.map(Math.round).join(', ')} ms (median ${Math.round(median(xs))})`;
      console.log(`# Firefox ${p}: in front, saves ${ms(front.saveMs)}, updates ${ms(front.updateMs)}; hidden, saves ${ms(hidden.saveMs)}, updates ${ms(hidden.updateMs)}`);
      await s.show();
    } finally {
      await s.close();
    }
  }
});
