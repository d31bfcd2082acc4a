// Hostile and odd pages (issue 8, part 2), in Chromium with the built extension. Every page keeps
// working (its own scripts ran, its click handler still fires after Claimlight is ready), Claimlight
// either works or stays out of the way, and nothing throws. The two large pages also print how
// long the page's own timers were held up (a 10 ms setTimeout heartbeat), with and without
// Claimlight: printed, not checked (a busy machine stretches every time); `npm run bench`,
// figure 7, measures them against their goals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { launch, serve, waitReady, selectText, readMarks, menuAction, findTabId, inPageUi, until, CHROMIUM, CEILING } from './harness.mjs';
import * as pages from './fixtures/hostile/pages.mjs';

/** Whether Claimlight's in-page UI (closed shadow root, seen through CDP) shows an element with this role. */
const uiHasRole = (page, role) => inPageUi(page, { timeout: 2000 }).visible({ role });

const EXT_DIR = process.env.CLAIMLIGHT_EXT_DIR; // optional: a private copy of the build

let server;
let other; // a second port: another origin
let b;
before(async () => {
  other = await serve({ ...pages.SCRIPTS, ...pages.FAVICON, '/frame.html': { body: pages.framedArticlePage() } });
  server = await serve({
    ...pages.SCRIPTS,
    ...pages.FAVICON,
    '/csp.html': { body: pages.cspPage(), headers: { 'content-security-policy': pages.CSP } },
    '/resets.html': { body: pages.resetsPage() },
    '/rerender.html': { body: pages.rerenderPage() },
    '/docwrite.html': { body: pages.docwritePage() },
    '/frames.html': { body: pages.framesPage('/frame.html', other.url('/frame.html')) },
    '/frame.html': { body: pages.framedArticlePage() },
    '/shadow.html': { body: pages.shadowPage() },
    '/editors.html': { body: pages.editorsPage() },
    '/giant.html': { body: pages.giantPage() },
    '/many.html': { body: pages.manyParagraphsPage() },
  });
  b = await launch(EXT_DIR ? { extDir: EXT_DIR } : {});
});
after(async () => {
  await b?.context.close();
  await server?.close();
  await other?.close();
});

/** Open a page, recording uncaught page errors and console errors (the page's and Claimlight's). */
async function open(path, { ready = true, timeout = CEILING } = {}) {
  const page = await b.context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || (m.type() === 'warning' && /claimlight/i.test(m.text()))) problems.push(`console.${m.type()}: ${m.text()}`);
  });
  const t0 = Date.now();
  await page.goto(server.url(path));
  if (ready) await waitReady(page, timeout);
  return { page, problems, readyMs: Date.now() - t0 };
}

/** The page's own script ran and its click handler still fires. */
async function assertPageWorks(page, frame = page) {
  assert.equal(await frame.evaluate(() => window.__page?.ran === true), true, 'page script ran');
  const before = await frame.evaluate(() => window.__page.clicks);
  await frame.click('#counter');
  await frame.click('#counter');
  assert.equal(await frame.evaluate(() => window.__page.clicks), before + 2, 'click handler fires');
  assert.equal((await frame.textContent('#counter')).trim(), `Clicked ${before + 2}`);
}

const markCount = (frame, scope = 'body') =>
  frame.evaluate((s) => document.querySelector(s)?.querySelectorAll('mark.claimlight-mark').length ?? 0, scope);

const waitForMarks = (page, scope, timeout = CEILING) =>
  page.waitForFunction((s) => document.querySelector(s)?.querySelector('mark.claimlight-mark[data-claimlight-kind]'), scope, { timeout });

test('1. strict CSP: marks painted and styled by our stylesheet, in-page UI styled, page works', async () => {
  const { page, problems } = await open('/csp.html');
  await waitForMarks(page, 'article');
  const style = await page.evaluate(() => {
    const m = document.querySelector('mark.claimlight-mark[data-claimlight-kind="quote"]');
    const cs = getComputedStyle(m);
    return { bg: cs.backgroundColor, line: cs.textDecorationLine, styleDecl: cs.textDecorationStyle, display: cs.display };
  });
  assert.notEqual(style.bg, 'rgba(0, 0, 0, 0)', 'quote mark has a background');
  assert.match(style.line, /underline/);
  assert.equal(style.styleDecl, 'dotted');
  assert.equal(style.display, 'inline');
  await assertPageWorks(page);
  assert.deepEqual(problems, []);
  await page.close();
});

test('1b. strict CSP: the in-page UI gets its stylesheet', async () => {
  const { page, problems } = await open('/csp.html');
  await selectText(page, 'postponed its vote on the new ferry terminal', 'article');
  await page.waitForSelector('[data-claimlight-ui]', { state: 'attached' });
  await until(() => uiHasRole(page, 'toolbar'), 'the toolbar for the selection');
  const position = await page.evaluate(() => getComputedStyle(document.querySelector('[data-claimlight-ui]')).position);
  assert.equal(position, 'fixed', 'shadow host styled by our stylesheet (position: fixed)');
  assert.deepEqual(problems, []);
  await page.close();
});

test('2. page mark styles and `* { all: unset }`: our marks stay visible', async () => {
  const { page, problems } = await open('/resets.html');
  await waitForMarks(page, 'article');
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll('mark.claimlight-mark')].map((m) => {
      const r = m.getBoundingClientRect();
      const cs = getComputedStyle(m);
      return { w: r.width, h: r.height, display: cs.display, visibility: cs.visibility, bg: cs.backgroundColor };
    }),
  );
  assert.ok(boxes.length >= 3, `marks painted: ${boxes.length}`);
  for (const box of boxes) {
    assert.equal(box.display, 'inline');
    assert.equal(box.visibility, 'visible');
    assert.ok(box.w > 0 && box.h > 0, `non-zero box ${JSON.stringify(box)}`);
    assert.notEqual(box.bg, 'rgb(255, 0, 0)', 'not the page red');
  }
  await assertPageWorks(page);
  assert.deepEqual(problems, []);
  await page.close();
});

test('3a. framework re-render replaces the article: the new article is analysed and painted', async () => {
  const { page, problems } = await open('/rerender.html');
  await page.waitForFunction(() => window.__page.rerendered === true);
  const t0 = Date.now();
  await waitForMarks(page, '#next-article');
  const repaintMs = Date.now() - t0;
  const speakers = (await readMarks(page)).map((m) => m.speaker).filter(Boolean);
  assert.ok(speakers.includes('Priya Natarajan'), `speakers of the new article: ${speakers}`);
  assert.ok(!speakers.includes('Margaret Okafor'), 'nothing left of the old article');
  await assertPageWorks(page);
  assert.deepEqual(problems, []);
  console.log(`# re-render: new article painted ${repaintMs} ms after the swap`);
  await page.close();
});

test('3b. document.open()/write() rewrite: nothing throws; the rewritten article is painted', async () => {
  const { page, problems } = await open('/docwrite.html');
  await page.waitForFunction(() => window.__page.rewritten === true && document.getElementById('rewritten'));
  await assertPageWorks(page);
  let painted = true;
  try {
    await waitForMarks(page, '#rewritten');
  } catch {
    painted = false;
  }
  const ready = await page.evaluate(() => document.documentElement.getAttribute('data-claimlight'));
  console.log(`# document.write: rewritten article painted=${painted}, data-claimlight=${ready}`);
  assert.deepEqual(problems, []);
  assert.equal(painted, true, 'the rewritten article is painted');
  await page.close();
});

test('4. frames: Claimlight runs in the top frame only; frames keep working; no errors', async () => {
  const { page, problems } = await open('/frames.html');
  await waitForMarks(page, 'article');
  const same = page.frameLocator('#same');
  await same.locator('article').waitFor();
  await page.frameLocator('#cross').locator('article').waitFor();
  // Let a (wrongly injected) frame script have time to paint.
  await page.waitForTimeout(1500);
  const frames = page.frames().filter((f) => f !== page.mainFrame());
  assert.equal(frames.length, 2);
  for (const f of frames) {
    assert.equal(await markCount(f), 0, `no marks in ${f.url()}`);
    assert.equal(await f.evaluate(() => document.documentElement.hasAttribute('data-claimlight')), false);
    assert.equal(await f.evaluate(() => !!document.querySelector('[data-claimlight-ui]')), false);
    await assertPageWorks(page, f);
  }
  assert.ok((await markCount(page, 'article')) > 0, 'top frame painted');
  await assertPageWorks(page);
  assert.deepEqual(problems, []);
  await page.close();
});

test('5. article in an open shadow root: ready, no errors, shadow content left alone', async () => {
  const { page, problems } = await open('/shadow.html');
  await page.waitForTimeout(1000);
  const seen = await page.evaluate(() => {
    const root = document.querySelector('news-story').shadowRoot;
    return { shadowText: root.textContent.length, shadowMarks: root.querySelectorAll('mark').length, lightMarks: document.querySelectorAll('mark').length };
  });
  assert.ok(seen.shadowText > 500, 'the story rendered in its shadow root');
  console.log(`# shadow DOM: marks inside the shadow root=${seen.shadowMarks}, in the light DOM=${seen.lightMarks}`);
  assert.equal(seen.lightMarks, 0);
  await assertPageWorks(page);
  assert.deepEqual(problems, []);
  await page.close();
});

test('6. editors and form fields: never painted, selections inside offer no toolbar', async () => {
  const { page, problems } = await open('/editors.html');
  await waitForMarks(page, 'article');
  const inside = await page.evaluate(() =>
    ['#editor', '#plain-editor', '#role-box', '#area', '#field'].map((s) => [s, document.querySelector(s).querySelectorAll('mark').length]),
  );
  for (const [s, n] of inside) assert.equal(n, 0, `no marks in ${s}`);
  assert.equal(await page.inputValue('#area'), pages.EDITOR_QUOTE, 'textarea value untouched');
  assert.equal(await page.inputValue('#field'), pages.EDITOR_QUOTE, 'input value untouched');

  // The toolbar does show for a selection in the article (so its absence below means something).
  await selectText(page, 'postponed its vote on the new ferry terminal', 'article');
  await page.evaluate(() => getSelection().getRangeAt(0).startContainer.parentElement.scrollIntoView({ block: 'center' }));
  await until(() => uiHasRole(page, 'toolbar'), 'the toolbar for a selection in the article');
  await page.evaluate(() => getSelection().removeAllRanges());
  await page.waitForTimeout(300);
  // Select text in each contenteditable, the way a reader would (focus + drag-select).
  for (const s of ['#editor', '#plain-editor', '#role-box']) {
    await page.click(s);
    await selectText(page, 'We will appeal this decision', s);
    await page.waitForTimeout(500);
    assert.equal(await uiHasRole(page, 'toolbar'), false, `no toolbar for a selection in ${s}`);
    const reply = await menuAction(b.worker, server.url('/editors.html'), 'highlight');
    assert.equal(reply.ok, true);
    assert.equal(reply.data.ok, false, `the menu refuses a selection in ${s}`);
  }
  for (const s of ['#area', '#field']) {
    await page.focus(s);
    await page.evaluate((sel) => document.querySelector(sel).setSelectionRange(1, 30), s);
    await page.waitForTimeout(500);
    assert.equal(await uiHasRole(page, 'toolbar'), false, `no toolbar for a selection in ${s}`);
  }
  // Typing in the editor is not disturbed.
  await page.click('#plain-editor');
  await page.keyboard.press('End');
  await page.keyboard.type(' Typed.');
  await page.waitForTimeout(800); // the mutation debounce
  assert.match(await page.textContent('#plain-editor'), /Typed\.$/);
  assert.equal(await markCount(page, '#plain-editor'), 0);
  await assertPageWorks(page);
  assert.deepEqual(problems, []);
  await page.close();
});

// --- large pages: the page's timers keep running --------------------------------------------------

/** Longest gap between heartbeat ticks after DOMContentLoaded, and how many ticks there were. */
function heartbeatStats(page, since = null) {
  return page.evaluate((since) => {
    const from = since ?? performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0;
    const ticks = window.__page.ticks.filter((t) => t >= from);
    let max = 0;
    for (let i = 1; i < ticks.length; i++) max = Math.max(max, ticks[i] - ticks[i - 1]);
    return { maxGapMs: Math.round(max), ticks: ticks.length, spanMs: Math.round((ticks.at(-1) ?? 0) - (ticks[0] ?? 0)) };
  }, since);
}

/** The same page in a browser without the extension: what the page costs on its own. */
async function baseline(path, settleMs) {
  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await plain.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url(path));
    await page.waitForTimeout(settleMs);
    return await heartbeatStats(page);
  } finally {
    await plain.close();
  }
}

async function measureLargePage(path, label) {
  const t0 = Date.now();
  const { page, problems } = await open(path, { ready: false });
  const loadedMs = Date.now() - t0;
  // A generous ceiling: a condition, not a speed check (figure 7 of npm run bench times it).
  await waitReady(page, 180_000);
  const readyMs = Date.now() - t0;
  await page.waitForTimeout(1000);
  const withExt = await heartbeatStats(page);
  const marks = await markCount(page);
  await assertPageWorks(page);
  const base = await baseline(path, Math.min(readyMs + 1000, 8000));
  const report = { readyMs, withExt, base, marks, page, problems };
  console.log(
    `# ${label}: goto ${loadedMs} ms, ready ${readyMs} ms after navigation start, ${marks} marks; ` +
      `heartbeat max gap ${withExt.maxGapMs} ms over ${withExt.spanMs} ms (${withExt.ticks} ticks); ` +
      `without Claimlight ${base.maxGapMs} ms over ${base.spanMs} ms`,
  );
  return report;
}

/** The promise's value, or `fallback` after `ms` (a busy page may not answer for minutes). */
function withDeadline(promise, ms, fallback) {
  let timer;
  const late = new Promise((r) => (timer = setTimeout(() => r(fallback), ms)));
  return Promise.race([promise.catch(() => fallback), late]).finally(() => clearTimeout(timer));
}

/** The reader asks for analysis anyway (the popup's Analyse button): time it and watch the heartbeat. */
async function forcedAnalysis(page, path) {
  const since = await page.evaluate(() => performance.now());
  const tabId = await findTabId(b.worker, server.url(path));
  const t0 = Date.now();
  const request = b.worker.evaluate((tabId) => chrome.tabs.sendMessage(tabId, { type: 'tab/analyze' }), tabId);
  // A generous ceiling for the reply (a condition); how long it takes is figure 7 of npm run bench.
  const reply = await withDeadline(request, 180_000, { ok: false, error: 'no reply within 180 s' });
  const ms = Date.now() - t0;
  await page.waitForTimeout(500);
  const none = { maxGapMs: Infinity, ticks: 0, spanMs: 0 };
  return { reply, ms, beat: await withDeadline(heartbeatStats(page, since), 3000, none), marks: await withDeadline(markCount(page), 3000, -1) };
}

test('7. one 5 MB text node: the page keeps working; Claimlight gets ready', async () => {
  const r = await measureLargePage('/giant.html', '5 MB text node');
  assert.ok(r.withExt.ticks > 0, 'the page\'s own timer ran');
  // One paragraph is not an article's shape: Claimlight stays out of the way unless asked.
  const state = await b.worker.evaluate(async (tabId) => (await chrome.tabs.sendMessage(tabId, { type: 'tab/state' })).data, await findTabId(b.worker, server.url('/giant.html')));
  console.log(`# 5 MB text node: isArticle=${state.isArticle}, analysed=${state.analysed}`);
  assert.deepEqual(r.problems, []);
  await r.page.close();
});

// The giant paragraph's items are painted with the CSS Custom Highlight API (no DOM change, so no
// re-layout of 5 MB of text: wrapping cost 0.5–1 s of layout per slice, 14 s in all).
test('7b. one 5 MB text node, analysis requested by the reader: painted, revealable, the page keeps working', async () => {
  const { page, problems } = await open('/giant.html', { timeout: 180_000 });
  const f = await forcedAnalysis(page, '/giant.html');
  const highlighted = await page.evaluate(() => [...(CSS.highlights?.keys() ?? [])].filter((k) => k.startsWith('claimlight-')).length);
  const state = await b.worker.evaluate(async (tabId) => (await chrome.tabs.sendMessage(tabId, { type: 'tab/state' })).data, await findTabId(b.worker, server.url('/giant.html')));
  const last = state.items.at(-1);
  const revealed = await b.worker.evaluate(async ({ tabId, id }) => chrome.tabs.sendMessage(tabId, { type: 'tab/reveal', id }), { tabId: await findTabId(b.worker, server.url('/giant.html')), id: last?.id });
  await page.waitForTimeout(800);
  const scrolled = await page.evaluate(() => scrollY);
  // A page that is still painting can take minutes to answer a click: probe with a (generous) deadline.
  const answers = await withDeadline(page.evaluate(() => true), 60_000, false);
  console.log(
    `# 5 MB text node, forced analysis: reply ok=${f.reply?.ok} after ${f.ms} ms, ${f.marks} marks; ` +
      `heartbeat max gap ${f.beat.maxGapMs} ms over ${f.beat.spanMs} ms (${f.beat.ticks} ticks); page answers: ${answers}; ` +
      `${state.items.length} items, ${highlighted} highlight layers; revealing the last scrolled to y=${Math.round(scrolled)}`,
  );
  if (answers) await assertPageWorks(page);
  await page.close({ runBeforeUnload: false });
  assert.deepEqual(problems, []);
  assert.equal(f.reply?.ok, true, JSON.stringify(f.reply).slice(0, 300));
  assert.ok(f.beat.ticks > 0, 'the page\'s own timer ran meanwhile');
  assert.equal(answers, true, 'the page answers');
  assert.ok(state.items.length > 1000, `${state.items.length} items`);
  assert.ok(highlighted >= 1, 'the giant paragraph is painted with CSS highlights');
  assert.equal(revealed?.data?.found, true, 'the popup can reveal an item in the giant paragraph');
  assert.ok(scrolled > 10000, `revealing the last item scrolled to ${scrolled}`);
});

test('8. 20,000 paragraphs: the page keeps working; painted where the reader is', async () => {
  const r = await measureLargePage('/many.html', '20,000 paragraphs');
  // Thousands of items: painted near the viewport first, the rest as the reader scrolls to them.
  const visibleMarks = () => r.page.evaluate(() => [...document.querySelectorAll('mark.claimlight-mark')].filter((m) => {
    const b = m.getBoundingClientRect();
    return b.bottom > 0 && b.top < innerHeight;
  }).length);
  const atTop = await visibleMarks();
  await r.page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight * 0.6));
  await r.page.waitForFunction(() => [...document.querySelectorAll('mark.claimlight-mark')].some((m) => {
    const b = m.getBoundingClientRect();
    return b.bottom > 0 && b.top < innerHeight;
  }), null, { timeout: 60_000 }).catch(() => {});
  const inMiddle = await visibleMarks();
  const state = await r.page.evaluate(() => document.querySelectorAll('mark.claimlight-mark').length);
  // The popup's "show me" on an item far below: painted first, then scrolled to.
  const tabId = await findTabId(b.worker, server.url('/many.html'));
  const items = (await b.worker.evaluate(async (tabId) => (await chrome.tabs.sendMessage(tabId, { type: 'tab/state' })).data.items, tabId));
  const far = items.at(-1);
  const revealed = await b.worker.evaluate(({ tabId, id }) => chrome.tabs.sendMessage(tabId, { type: 'tab/reveal', id }), { tabId, id: far.id });
  // A smooth scroll across 680,000 px takes over a second.
  const farInView = await r.page.waitForFunction((id) => [...document.querySelectorAll('mark.claimlight-mark')].filter((m) => m.dataset.claimlightId === id).some((m) => {
    const b = m.getBoundingClientRect();
    return b.bottom > 0 && b.top < innerHeight;
  }), far.id, { timeout: 60_000, polling: 100 }).then(() => true, () => false);
  console.log(`# 20,000 paragraphs: ${r.marks} marks at ready (${atTop} in view); after scrolling to 60%: ${inMiddle} in view, ${state} in all; ` +
    `${items.length} items; revealing the last: found=${revealed?.data?.found}, in view=${farInView}`);
  assert.deepEqual(r.problems, []);
  await r.page.close();
  assert.ok(atTop > 0 && inMiddle > 0, `marks in view: ${atTop} at the top, ${inMiddle} after scrolling`);
  assert.ok(r.marks < state, 'scrolling painted more');
  assert.equal(revealed?.data?.found, true, 'the last item can be revealed');
  assert.equal(farInView, true, 'the revealed item is painted and in view');
  assert.ok(r.withExt.ticks > 0, 'the page\'s own timer ran');
});
