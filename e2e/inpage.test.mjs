// The in-page reading UI in Chromium with the built extension: the selection toolbar, the
// hover/focus card and its actions, keyboard use, and a hostile page that hides marks, unsets every
// style and covers everything with a max-z-index overlay. The UI lives in a CLOSED shadow root, so
// it is driven through the DevTools protocol (inPageUi in harness.mjs), never through a test switch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, waitReady, selectText, readMarks, inPageUi, noteFrame, noteView, until, EXT_DIR, SEED_DIR } from './harness.mjs';

const BUILD = process.env.CLAIMLIGHT_EXT_DIR ?? EXT_DIR; // optional: a private copy of the build
const SEED_HTML = fs.readFileSync(path.join(SEED_DIR, 'page.html'), 'utf8');
const HOSTILE_HTML = SEED_HTML.replace(
  '</body>',
  `<style>mark{display:none!important} *{all:unset} </style>
   <div id="overlay" style="position:fixed;inset:0;z-index:2147483647;background:rgba(255,255,255,0.01)"></div></body>`,
);

const STRICT_CSP = "default-src 'none'; style-src 'self'; script-src 'self'";

let server;
let b;
before(async () => {
  server = await serve({
    '/world/article.html': path.join(SEED_DIR, 'page.html'),
    '/world/hostile.html': { body: HOSTILE_HTML },
    // The seed article under a strict CSP: no inline <style>, no style attributes, only same-origin sheets.
    '/world/csp.html': { body: SEED_HTML, headers: { 'content-security-policy': STRICT_CSP } },
    // The seed article on a dark page of its own.
    '/world/dark.html': { body: SEED_HTML.replace('</head>', '<style>html, body { background: #121417; color: #e6e6e6; }</style></head>') },
  });
  b = await launch({ extDir: BUILD });
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});
after(async () => {
  await b?.context.close();
  await server?.close();
});

const HOST = '[data-claimlight-ui]';
const TOOLBAR = '[role="toolbar"]';
const CARD = '[role="dialog"]';
const inToolbar = (name) => ({ role: 'button', name, exact: true, within: TOOLBAR });
const inCard = (role, name, exact = false) => ({ role, name, exact, within: CARD });

async function open(path) {
  const page = await b.context.newPage();
  await page.goto(server.url(path));
  await waitReady(page);
  return { page, ui: inPageUi(page) };
}

/** A painted auto-finding of a kind (with a speaker for quotes), by id. */
async function firstAuto(page, kind) {
  await page.waitForFunction(
    (k) => [...document.querySelectorAll(`mark[data-claimlight-kind="${k}"]`)].some((m) => m.getAttribute('data-claimlight-id').startsWith('auto-')),
    kind,
  );
  const marks = await readMarks(page);
  const pick = marks.find((m) => m.kind === kind && m.id.startsWith('auto-') && (kind !== 'quote' || m.speaker));
  assert.ok(pick, `no auto ${kind} painted`);
  return pick;
}

/** Select text and bring it into view (the toolbar only shows for a selection on screen). */
async function selectVisible(page, text, scope) {
  await selectText(page, text, scope);
  await page.evaluate(() => getSelection().getRangeAt(0).startContainer.parentElement.scrollIntoView({ block: 'center' }));
}

const markSel = (id) => `mark[data-claimlight-id="${id}"]`;

/** Is our shadow host the page's element at the centre of this box? */
const hostAtCentre = (page, box) =>
  page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('data-claimlight-ui') ?? false, {
    x: box.x + box.width / 2,
    y: box.y + box.height / 2,
  });

test('the UI lives in a closed shadow root: the page sees the host, never inside it', async () => {
  const { page, ui } = await open('/world/article.html');
  await selectVisible(page, 'exchange 175 prisoners of war each on Wednesday', 'article');
  await ui.waitFor(TOOLBAR);
  assert.equal(await ui.mode(), 'closed');
  const seen = await page.evaluate((sel) => {
    const host = document.querySelector(sel);
    return { shadowRoot: host.shadowRoot, children: host.childNodes.length, text: host.textContent };
  }, HOST);
  assert.deepEqual(seen, { shadowRoot: null, children: 0, text: '' });
  await page.close();
});

test('select text → toolbar → Highlight paints a highlight', async () => {
  const { page, ui } = await open('/world/article.html');
  const phrase = 'exchange 175 prisoners of war each on Wednesday';
  await selectVisible(page, phrase, 'article');
  await ui.waitFor(TOOLBAR);
  for (const name of ['Highlight', 'Note', 'Mark as Quote', 'Mark as Claim', 'Mark as Disputed']) {
    assert.equal(await ui.count(inToolbar(name)), 1, name);
  }
  await ui.click(inToolbar('Highlight'));
  await page.waitForFunction(() => document.querySelector('mark[data-claimlight-kind="highlight"]'));
  const mine = (await readMarks(page)).filter((m) => m.kind === 'highlight');
  assert.deepEqual(mine.map((m) => m.text), [phrase]);
  await ui.waitFor(TOOLBAR, { state: 'detached' });
  await page.close();
});

test('Note from the toolbar is saved and shown in the card after a reload', async () => {
  const { page, ui } = await open('/world/article.html');
  const phrase = 'Secretary of State Marco Rubio';
  await selectVisible(page, phrase, 'article');
  await ui.click(inToolbar('Note'));
  // The note is typed in the editor frame (extension origin), not in the page.
  assert.equal(await ui.attr('iframe', 'title'), 'Claimlight: write a note');
  const editor = await noteFrame(page);
  const box = editor.getByRole('textbox', { name: 'Note', exact: true });
  assert.equal(await editor.evaluate(() => document.activeElement?.localName), 'textarea', 'focus is in the textarea');
  await box.fill('Check his <b>title</b>');
  await box.press('Control+Enter');
  await ui.waitFor('iframe', { state: 'detached' });
  // Focus follows the note to its new mark (not lost to <body>), without opening its card.
  await page.waitForFunction((p) => document.activeElement?.matches('mark[data-claimlight-kind="highlight"]') && p.startsWith(document.activeElement.textContent), phrase);
  assert.equal(await ui.count(CARD), 0);
  const mine = page.locator('mark[data-claimlight-kind="highlight"]', { hasText: phrase }).first();
  await mine.waitFor();
  await page.reload();
  await waitReady(page);
  const mark = page.locator('mark[data-claimlight-kind="highlight"]', { hasText: phrase }).first();
  await mark.waitFor();
  await mark.hover();
  await ui.waitFor(CARD);
  assert.match(await ui.text(CARD), /Yours/);
  // The note is shown in the card's note frame (extension origin), as text, never HTML.
  const view = await noteView(page);
  assert.equal(await view.locator('.cl-noteview').textContent(), 'Check his <b>title</b>');
  assert.equal(await view.locator('b').count(), 0);
  assert.equal(await ui.attr('iframe', 'title'), 'Your note');
  assert.doesNotMatch(await ui.text(CARD), /Check his/);
  // Notes never go into the page's DOM.
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML.includes('Check his')), false);
  await page.close();
});

test('hover a quote: card shows the speaker and the reason; edit its note', async () => {
  const { page, ui } = await open('/world/article.html');
  const q = await firstAuto(page, 'quote');
  await page.locator(markSel(q.id)).first().hover();
  await ui.waitFor(CARD);
  const text = await ui.text(CARD);
  assert.match(text, new RegExp(`Said by ${q.speaker}`));
  assert.match(text, /Why: \S/);
  assert.match(text, /Auto-detected/);
  assert.equal(await ui.attr(CARD, 'aria-label'), 'Claimlight: Quote');
  // The card stays open while the pointer is on it.
  await ui.hover(CARD);
  await page.waitForTimeout(600);
  assert.equal(await ui.visible(CARD), true);

  await ui.click(inCard('button', 'Add note'));
  const editor = await noteFrame(page);
  await editor.getByRole('textbox', { name: 'Note', exact: true }).fill('Where was this said?');
  await editor.getByRole('button', { name: 'Save' }).click();
  await ui.waitFor({ text: 'Note saved.', within: CARD });
  const view = await noteView(page);
  assert.equal(await view.locator('.cl-noteview').textContent(), 'Where was this said?');
  // Focus is back in the card (on its first control), not lost to the page.
  assert.equal(await ui.evaluate((root) => !!root.activeElement?.closest('[role="dialog"]')), true);
  await ui.waitFor(inCard('button', 'Edit note'));
  // Kept as a saved annotation (source: auto).
  await page.waitForFunction((t) => [...document.querySelectorAll('mark[data-claimlight-saved]')].some((m) => t.startsWith(m.textContent)), q.text);
  assert.match(await ui.text(CARD), /kept by you/);
  await page.close();
});

test('change kind of an auto-finding', async () => {
  const { page, ui } = await open('/world/article.html');
  const c = await firstAuto(page, 'claim');
  await page.locator(markSel(c.id)).first().click();
  await ui.waitFor(CARD);
  await ui.selectOption(inCard('combobox', 'Change kind'), 'disputed');
  await ui.waitFor({ text: 'Marked as Disputed.', within: CARD });
  // The page repaints and the card re-renders after the message: wait for both, not for time.
  await until(async () => (await readMarks(page)).some((m) => m.kind === 'disputed' && m.saved && m.text === c.text), 'the finding repainted as a saved disputed mark');
  await until(async () => (await ui.attr(CARD, 'aria-label')) === 'Claimlight: Disputed', 'the card to name the new kind').catch(async (e) => {
    const saved = (await readMarks(page)).filter((m) => m.saved);
    throw new Error(`${e.message}; card: ${await ui.attr(CARD, 'aria-label')} ${JSON.stringify(await ui.text(CARD))}; saved marks: ${JSON.stringify(saved)}`);
  });
  await page.close();
});

test('dismiss an auto-finding: gone now and after a reload', async () => {
  const { page, ui } = await open('/world/article.html');
  const q = await firstAuto(page, 'quote');
  await page.locator(markSel(q.id)).first().click();
  await ui.click(inCard('button', 'Dismiss', true));
  await page.waitForFunction((id) => !document.querySelector(`mark[data-claimlight-id="${id}"]`), q.id);
  await ui.waitFor({ text: 'Dismissed.' });
  const still = async () => (await readMarks(page)).some((m) => m.kind === 'quote' && m.text === q.text);
  assert.equal(await still(), false);
  await page.reload();
  await waitReady(page);
  await firstAuto(page, 'quote'); // other quotes are painted again…
  assert.equal(await still(), false); // …but not the dismissed one
  await page.close();
});

test('Copy puts the quote with its attribution on the clipboard', async () => {
  const { page, ui } = await open('/world/article.html');
  const q = await firstAuto(page, 'quote');
  await page.locator(markSel(q.id)).first().click();
  await ui.click(inCard('button', 'Copy'));
  await ui.waitFor({ text: 'Copied with attribution.', within: CARD });
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(clip.startsWith('“'), clip);
  assert.ok(clip.includes(`” — ${q.speaker}, Trump and Putin seek ceasefire`), clip);
  assert.ok(clip.endsWith('https://news.example/world/trump-putin-ceasefire-call'), clip);
  await page.close();
});

test('keyboard: Alt+Shift+N focuses a mark and opens its card, Tab enters it, Esc closes it', async () => {
  const { page, ui } = await open('/world/article.html');
  await firstAuto(page, 'quote');
  await page.keyboard.press('Alt+Shift+N');
  await ui.waitFor(CARD);
  const focusedId = await page.evaluate(() => document.activeElement?.getAttribute('data-claimlight-id'));
  assert.ok(focusedId, 'a mark has focus');
  await page.keyboard.press('Tab');
  const hostFocused = await page.evaluate((sel) => document.activeElement === document.querySelector(sel), HOST);
  assert.equal(hostFocused, true, 'the page sees focus on our host');
  const focusInCard = await ui.evaluate((root) => {
    const a = root.activeElement;
    return a && a.closest('[role="dialog"]') ? a.tagName : null;
  });
  assert.ok(focusInCard === 'BUTTON' || focusInCard === 'SELECT', `focus in card: ${focusInCard}`);
  await page.keyboard.press('Escape');
  await ui.waitFor(CARD, { state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-claimlight-id')), focusedId);
  // Next annotation moves on.
  await page.keyboard.press('Alt+Shift+N');
  await ui.waitFor(CARD);
  assert.notEqual(await page.evaluate(() => document.activeElement?.getAttribute('data-claimlight-id')), focusedId);
  await page.close();
});

test('dark mode: the card follows the page’s own background, not the system’s preference', async () => {
  const rgbSum = (css) => css.match(/\d+/g).slice(0, 3).map(Number).reduce((a, x) => a + x, 0);
  // A light page in a dark system: a light card.
  const light = await open('/world/article.html');
  await light.page.emulateMedia({ colorScheme: 'dark' });
  const q = await firstAuto(light.page, 'quote');
  await light.page.locator(markSel(q.id)).first().click();
  await light.ui.waitFor(CARD);
  assert.ok(rgbSum(await light.ui.style(CARD, 'backgroundColor')) > 600, 'light card on a light page');
  await light.page.close();
  // A dark page in a light system: a dark card, and dark note frames.
  const { page, ui } = await open('/world/dark.html');
  await page.emulateMedia({ colorScheme: 'light' });
  const d = await firstAuto(page, 'quote');
  await page.locator(markSel(d.id)).first().click();
  await ui.waitFor(CARD);
  const bg = await ui.style(CARD, 'backgroundColor');
  assert.ok(rgbSum(bg) < 150, `dark background, got ${bg}`);
  // The note editor frame follows it too.
  await ui.click(inCard('button', /note/));
  const editor = await noteFrame(page);
  assert.ok(rgbSum(await editor.evaluate(() => getComputedStyle(document.querySelector('textarea')).backgroundColor)) < 150, 'dark textarea in the frame');
  // And so does the frame that shows the saved note.
  await editor.getByRole('textbox', { name: 'Note', exact: true }).fill('in the dark');
  await editor.getByRole('textbox', { name: 'Note', exact: true }).press('Control+Enter');
  const view = await noteView(page);
  assert.ok(rgbSum(await view.evaluate(() => getComputedStyle(document.body).backgroundColor)) < 150, 'dark note view');
  await page.close();
});

test('at 200% zoom (half the CSS viewport) the toolbar and card stay inside the viewport', async () => {
  const { page, ui } = await open('/world/article.html');
  await page.setViewportSize({ width: 640, height: 450 });
  const inside = async (target) => {
    const r = await ui.box(target);
    assert.ok(r && r.x >= 0 && r.y >= 0 && r.x + r.width <= 640 && r.y + r.height <= 450, JSON.stringify(r));
  };
  await selectVisible(page, 'exchange 175 prisoners of war each on Wednesday', 'article');
  await ui.waitFor(TOOLBAR);
  await inside(TOOLBAR);
  await page.keyboard.press('Escape');
  await ui.waitFor(TOOLBAR, { state: 'detached' });
  const q = await firstAuto(page, 'quote');
  await page.locator(markSel(q.id)).first().click();
  await ui.waitFor(CARD);
  await inside(CARD);
  await ui.click(inCard('button', /note/));
  await noteFrame(page);
  await inside(CARD);
  await inside('iframe');
  await page.close();
});

test('hostile page CSS and a max-z-index overlay do not hide the toolbar or the card', async () => {
  const { page, ui } = await open('/world/hostile.html');
  const phrase = 'exchange 175 prisoners of war each on Wednesday';
  await selectVisible(page, phrase, 'body');
  await ui.waitFor(TOOLBAR);
  const box = await ui.box(TOOLBAR);
  assert.ok(box && box.width > 40 && box.height > 10, JSON.stringify(box));
  assert.equal(await hostAtCentre(page, box), true, 'our host is the element at the toolbar centre');
  assert.equal(await page.evaluate((sel) => document.querySelector(sel).matches(':popover-open'), HOST), true, 'host in the top layer');
  await ui.click(inToolbar('Highlight'));
  await page.waitForFunction(() => document.querySelector('mark[data-claimlight-kind="highlight"]'));

  // Marks are display:none on this page; keyboard travel still opens the card.
  await page.evaluate(() => document.querySelector('mark[data-claimlight-kind="highlight"]').focus());
  await ui.waitFor(CARD);
  const cb = await ui.box(CARD);
  assert.ok(cb && cb.width > 100 && cb.height > 40, JSON.stringify(cb));
  assert.equal(await hostAtCentre(page, cb), true, 'our host is the element at the card centre');
  assert.equal(await ui.style(CARD, 'fontSize'), '14px');
  await page.close();
});

test('strict CSP (style-src \'self\'): computed styles inside the closed shadow root are ours', async () => {
  const { page, ui } = await open('/world/csp.html');
  const consoleErrors = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  // Violations the page sees from here on (the UI mounts on the first selection).
  await page.evaluate(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await selectVisible(page, 'exchange 175 prisoners of war each on Wednesday', 'article');
  await ui.waitFor(TOOLBAR);
  assert.equal(await ui.mode(), 'closed');
  assert.equal(await page.evaluate((sel) => getComputedStyle(document.querySelector(sel)).position, HOST), 'fixed', 'host.css on the host');
  assert.equal(await ui.style('.cl-inpage', 'fontSize'), '14px');
  assert.equal(await ui.style(TOOLBAR, 'position'), 'fixed');
  assert.equal(await ui.style(TOOLBAR, 'borderRadius'), '8px');
  assert.notEqual(await ui.style(TOOLBAR, 'backgroundColor'), 'rgba(0, 0, 0, 0)', 'toolbar has its background');
  assert.equal(await ui.style(inToolbar('Highlight'), 'borderBottomStyle'), 'solid');
  const q = await firstAuto(page, 'quote');
  await page.keyboard.press('Escape');
  await page.locator(markSel(q.id)).first().click();
  await ui.waitFor(CARD);
  const cb = await ui.box(CARD);
  assert.ok(cb.width > 250 && cb.width < 400, `card width from inpage.css (22em): ${cb.width}`);
  assert.equal(await ui.style(CARD, 'position'), 'fixed');
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violations');
  assert.deepEqual(consoleErrors, []);

  // Control: this CSP does block a <style> element inside a shadow root.
  const styleWorks = await ui.evaluate((root) => {
    const probe = document.createElement('p');
    const style = document.createElement('style');
    style.textContent = '.cl-csp-probe { font-size: 31px; }';
    probe.className = 'cl-csp-probe';
    root.append(style, probe);
    const size = getComputedStyle(probe).fontSize;
    style.remove();
    probe.remove();
    return size === '31px';
  });
  assert.equal(styleWorks, false, 'the page CSP blocks a <style> in the shadow root');

  // The note editor frame loads under this CSP too (default-src 'none' covers frame-src).
  await page.evaluate(() => (window.__violations = [])); // the control above was one
  await ui.click(inCard('button', /note/));
  const editor = await noteFrame(page);
  await editor.getByRole('textbox', { name: 'Note', exact: true }).fill('under a strict CSP\nand a second line');
  await editor.getByRole('button', { name: 'Save' }).click();
  await ui.waitFor({ text: 'Note saved.', within: CARD });
  // The saved note's view frame is sized to its two lines (a style set through the CSSOM: no violation).
  const view = await noteView(page);
  await until(async () => ((await (await view.frameElement()).boundingBox())?.height ?? 0) > 35, 'the view frame to grow to two lines');
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violations from the frames');
  await page.close();
});

test('privacy: with a note shown in the open card, the page\'s scripts cannot find it anywhere', async () => {
  const SECRET = 'okapi-5512 my private doubt about this source';
  const page = await b.context.newPage();
  // A page that tries to capture shadow roots by patching attachShadow before anything mounts.
  await page.addInitScript(() => {
    // Bubbling listeners for typing: the UI stops these events at its shadow root.
    window.__typed = [];
    for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'compositionend']) {
      for (const target of [window, document]) target.addEventListener(type, (e) => window.__typed.push(e.key ?? e.data ?? ''));
    }
    window.__roots = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      window.__roots.push(root);
      return root;
    };
  });
  await page.goto(server.url('/world/article.html'));
  await waitReady(page);
  const ui = inPageUi(page);
  const phrase = 'land and power plants';
  const savedBefore = new Set((await readMarks(page)).filter((m) => m.saved).map((m) => m.id));
  await selectVisible(page, phrase, 'article');
  await ui.click(inToolbar('Note'));
  const first = await noteFrame(page);
  await first.getByRole('textbox', { name: 'Note', exact: true }).fill(SECRET);
  await first.getByRole('textbox', { name: 'Note', exact: true }).press('Control+Enter');
  await page.waitForFunction(
    (before) => [...document.querySelectorAll('mark[data-claimlight-saved]')].some((m) => !before.includes(m.getAttribute('data-claimlight-id'))),
    [...savedBefore],
  );
  const mine = (await readMarks(page)).filter((m) => m.saved && !savedBefore.has(m.id));
  assert.deepEqual(mine.map((m) => m.text), [phrase]);
  const mark = page.locator(markSel(mine[0].id)).first();

  /** Every place a page script could look, as a list of hits. */
  const leaks = () =>
    page.evaluate(({ secret, hostSel }) => {
      const hits = [];
      const host = document.querySelector(hostSel);
      if (!host) hits.push('no UI host');
      else {
        if (host.shadowRoot !== null) hits.push('host.shadowRoot is reachable');
        if (host.innerHTML || host.textContent) hits.push('host has light-DOM content');
      }
      if (document.documentElement.outerHTML.includes(secret)) hits.push('outerHTML');
      if (document.title.includes(secret)) hits.push('title');
      const visit = (root, where) => {
        for (const el of root.querySelectorAll('*')) {
          for (const a of el.attributes) if (a.value.includes(secret)) hits.push(`${where} ${el.localName}[${a.name}]`);
          if (typeof el.value === 'string' && el.value.includes(secret)) hits.push(`${where} ${el.localName}.value`);
          if (el.shadowRoot) visit(el.shadowRoot, `shadow root of ${el.localName}`);
        }
      };
      visit(document, 'document');
      for (const r of window.__roots) if (r.innerHTML.includes(secret) || r.textContent.includes(secret)) hits.push('captured shadow root');
      if (window.__roots.some((r) => r.host === host)) hits.push('the page captured our shadow root');
      if (getSelection().toString().includes(secret)) hits.push('selection');
      return hits;
    }, { secret: SECRET, hostSel: HOST });

  await mark.click();
  await ui.waitFor(CARD);
  const view = await noteView(page);
  assert.equal(await view.locator('.cl-noteview').textContent(), SECRET, 'the card shows the note in its frame');
  assert.ok(!(await ui.text(CARD)).includes(SECRET), 'the note is not text of the card');
  assert.deepEqual(await leaks(), []);
  assert.equal(await page.evaluate((s) => window.find(s), SECRET), false, 'window.find() does not find the note');
  // Editing: the note is now the value of a textarea in the editor frame (extension origin).
  await ui.click(inCard('button', 'Edit note'));
  await until(() => view.isDetached(), 'the view frame to give way to the editor');
  const editor = await noteFrame(page, { not: first });
  const box = editor.getByRole('textbox', { name: 'Note', exact: true });
  assert.equal(await box.inputValue(), SECRET);
  assert.deepEqual(await leaks(), []);
  // Typing key by key: the page's listeners hear nothing (capture-phase ones too: privacy.test.mjs 9c).
  await page.evaluate(() => (window.__typed = []));
  await box.press('End');
  await page.keyboard.type(' qx7');
  assert.equal(await box.inputValue(), `${SECRET} qx7`);
  assert.deepEqual(await page.evaluate(() => window.__typed), []);
  assert.deepEqual(await leaks(), []);
  await page.close();
});
