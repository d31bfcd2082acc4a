// The in-page reading UI in Chromium with the built extension: the selection toolbar, the
// hover/focus card and its actions, keyboard use, and a hostile page that hides marks, unsets every
// style and covers everything with a max-z-index overlay.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, waitReady, selectText, readMarks, SEED_DIR } from './harness.mjs';

const SEED_HTML = fs.readFileSync(path.join(SEED_DIR, 'page.html'), 'utf8');
const HOSTILE_HTML = SEED_HTML.replace(
  '</body>',
  `<style>mark{display:none!important} *{all:unset} </style>
   <div id="overlay" style="position:fixed;inset:0;z-index:2147483647;background:rgba(255,255,255,0.01)"></div></body>`,
);

let server;
let b;
before(async () => {
  server = await serve({
    '/world/article.html': path.join(SEED_DIR, 'page.html'),
    '/world/hostile.html': { body: HOSTILE_HTML },
  });
  b = await launch();
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});
after(async () => {
  await b?.context.close();
  await server?.close();
});

const UI = '[data-claimlight-ui]';
const ui = (page) => page.locator(UI);
const toolbar = (page) => ui(page).locator('[role="toolbar"]');
const card = (page) => ui(page).getByRole('dialog');

async function open(path) {
  const page = await b.context.newPage();
  await page.goto(server.url(path));
  await waitReady(page);
  return page;
}

/** A painted auto-finding of a kind (with a speaker for quotes), by id. */
async function firstAuto(page, kind) {
  await page.waitForFunction(
    (k) => [...document.querySelectorAll(`mark[data-claimlight-kind="${k}"]`)].some((m) => m.getAttribute('data-claimlight-id').startsWith('auto-')),
    kind,
    { timeout: 20000 },
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

test('select text → toolbar → Highlight paints a highlight', async () => {
  const page = await open('/world/article.html');
  const phrase = 'exchange 175 prisoners of war each on Wednesday';
  await selectVisible(page, phrase, 'article');
  await toolbar(page).waitFor({ state: 'visible' });
  for (const name of ['Highlight', 'Note', 'Mark as Quote', 'Mark as Claim', 'Mark as Disputed']) {
    assert.equal(await toolbar(page).getByRole('button', { name, exact: true }).count(), 1, name);
  }
  await toolbar(page).getByRole('button', { name: 'Highlight', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('mark[data-claimlight-kind="highlight"]'));
  const mine = (await readMarks(page)).filter((m) => m.kind === 'highlight');
  assert.deepEqual(mine.map((m) => m.text), [phrase]);
  await toolbar(page).waitFor({ state: 'detached' });
  await page.close();
});

test('Note from the toolbar is saved and shown in the card after a reload', async () => {
  const page = await open('/world/article.html');
  const phrase = 'Secretary of State Marco Rubio';
  await selectVisible(page, phrase, 'article');
  await toolbar(page).getByRole('button', { name: 'Note', exact: true }).click();
  const box = ui(page).getByRole('textbox', { name: 'Note' });
  await box.fill('Check his <b>title</b>');
  await box.press('Control+Enter');
  const mine = page.locator('mark[data-claimlight-kind="highlight"]', { hasText: phrase }).first();
  await mine.waitFor();
  await page.reload();
  await waitReady(page);
  const mark = page.locator('mark[data-claimlight-kind="highlight"]', { hasText: phrase }).first();
  await mark.waitFor();
  await mark.hover();
  await card(page).waitFor({ state: 'visible' });
  const text = await card(page).innerText();
  assert.match(text, /Check his <b>title<\/b>/); // as text, never HTML
  assert.match(text, /Yours/);
  assert.equal(await card(page).locator('b').count(), 0);
  // Notes never go into the page's DOM.
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML.includes('Check his')), false);
  await page.close();
});

test('hover a quote: card shows the speaker and the reason; edit its note', async () => {
  const page = await open('/world/article.html');
  const q = await firstAuto(page, 'quote');
  await page.locator(markSel(q.id)).first().hover();
  await card(page).waitFor({ state: 'visible' });
  const text = await card(page).innerText();
  assert.match(text, new RegExp(`Said by ${q.speaker}`));
  assert.match(text, /Why: \S/);
  assert.match(text, /Auto-detected/);
  assert.equal(await card(page).getAttribute('aria-label'), 'Claimlight: Quote');
  // The card stays open while the pointer is on it.
  await card(page).hover();
  await page.waitForTimeout(600);
  assert.equal(await card(page).isVisible(), true);

  await card(page).getByRole('button', { name: 'Add note' }).click();
  await card(page).getByRole('textbox', { name: 'Note' }).fill('Where was this said?');
  await card(page).getByRole('button', { name: 'Save' }).click();
  await card(page).getByText('Where was this said?').waitFor();
  await card(page).getByRole('button', { name: 'Edit note' }).waitFor();
  // Kept as a saved annotation (source: auto).
  await page.waitForFunction((t) => [...document.querySelectorAll('mark[data-claimlight-saved]')].some((m) => t.startsWith(m.textContent)), q.text);
  assert.match(await card(page).innerText(), /kept by you/);
  await page.close();
});

test('change kind of an auto-finding', async () => {
  const page = await open('/world/article.html');
  const c = await firstAuto(page, 'claim');
  await page.locator(markSel(c.id)).first().click();
  await card(page).waitFor({ state: 'visible' });
  await card(page).getByRole('combobox', { name: 'Change kind' }).selectOption('disputed');
  await card(page).getByText('Marked as Disputed.').waitFor();
  const marks = await readMarks(page);
  assert.ok(marks.some((m) => m.kind === 'disputed' && m.saved && m.text === c.text), JSON.stringify(marks.filter((m) => m.saved)));
  assert.equal(await card(page).getAttribute('aria-label'), 'Claimlight: Disputed');
  await page.close();
});

test('dismiss an auto-finding: gone now and after a reload', async () => {
  const page = await open('/world/article.html');
  const q = await firstAuto(page, 'quote');
  await page.locator(markSel(q.id)).first().click();
  await card(page).getByRole('button', { name: 'Dismiss', exact: true }).click();
  await page.waitForFunction((id) => !document.querySelector(`mark[data-claimlight-id="${id}"]`), q.id);
  await ui(page).getByText('Dismissed.').waitFor();
  const still = async () => (await readMarks(page)).some((m) => m.kind === 'quote' && m.text === q.text);
  assert.equal(await still(), false);
  await page.reload();
  await waitReady(page);
  await firstAuto(page, 'quote'); // other quotes are painted again…
  assert.equal(await still(), false); // …but not the dismissed one
  await page.close();
});

test('Copy puts the quote with its attribution on the clipboard', async () => {
  const page = await open('/world/article.html');
  const q = await firstAuto(page, 'quote');
  await page.locator(markSel(q.id)).first().click();
  await card(page).getByRole('button', { name: 'Copy' }).click();
  await card(page).getByText('Copied with attribution.').waitFor();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(clip.startsWith('“'), clip);
  assert.ok(clip.includes(`” — ${q.speaker}, Trump and Putin seek ceasefire`), clip);
  assert.ok(clip.endsWith('https://news.example/world/trump-putin-ceasefire-call'), clip);
  await page.close();
});

test('keyboard: Alt+Shift+N focuses a mark and opens its card, Tab enters it, Esc closes it', async () => {
  const page = await open('/world/article.html');
  await firstAuto(page, 'quote');
  await page.keyboard.press('Alt+Shift+N');
  await card(page).waitFor({ state: 'visible' });
  const focusedId = await page.evaluate(() => document.activeElement?.getAttribute('data-claimlight-id'));
  assert.ok(focusedId, 'a mark has focus');
  await page.keyboard.press('Tab');
  const inCard = await page.evaluate((sel) => {
    const host = document.querySelector(sel);
    const a = host.shadowRoot.activeElement;
    return document.activeElement === host && !!a && !!a.closest('[role="dialog"]') ? a.tagName : null;
  }, UI);
  assert.ok(inCard === 'BUTTON' || inCard === 'SELECT', `focus in card: ${inCard}`);
  await page.keyboard.press('Escape');
  await card(page).waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-claimlight-id')), focusedId);
  // Next annotation moves on.
  await page.keyboard.press('Alt+Shift+N');
  await card(page).waitFor({ state: 'visible' });
  assert.notEqual(await page.evaluate(() => document.activeElement?.getAttribute('data-claimlight-id')), focusedId);
  await page.close();
});

test('dark mode: the card follows prefers-color-scheme', async () => {
  const page = await open('/world/article.html');
  await page.emulateMedia({ colorScheme: 'dark' });
  const q = await firstAuto(page, 'quote');
  await page.locator(markSel(q.id)).first().click();
  await card(page).waitFor({ state: 'visible' });
  const bg = await card(page).evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, bl] = bg.match(/\d+/g).map(Number);
  assert.ok(r + g + bl < 150, `dark background, got ${bg}`);
  await page.close();
});

test('at 200% zoom (half the CSS viewport) the toolbar and card stay inside the viewport', async () => {
  const page = await open('/world/article.html');
  await page.setViewportSize({ width: 640, height: 450 });
  const inside = async (loc) => {
    const r = await loc.boundingBox();
    assert.ok(r && r.x >= 0 && r.y >= 0 && r.x + r.width <= 640 && r.y + r.height <= 450, JSON.stringify(r));
  };
  await selectVisible(page, 'exchange 175 prisoners of war each on Wednesday', 'article');
  await toolbar(page).waitFor({ state: 'visible' });
  await inside(toolbar(page));
  await page.keyboard.press('Escape');
  await toolbar(page).waitFor({ state: 'detached' });
  const q = await firstAuto(page, 'quote');
  await page.locator(markSel(q.id)).first().click();
  await card(page).waitFor({ state: 'visible' });
  await inside(card(page));
  await card(page).getByRole('button', { name: /note/ }).click();
  await inside(card(page));
  await page.close();
});

test('hostile page CSS and a max-z-index overlay do not hide the toolbar or the card', async () => {
  const page = await open('/world/hostile.html');
  const phrase = 'exchange 175 prisoners of war each on Wednesday';
  await selectVisible(page, phrase, 'body');
  const bar = toolbar(page);
  await bar.waitFor({ state: 'visible' });
  const box = await bar.boundingBox();
  assert.ok(box && box.width > 40 && box.height > 10, JSON.stringify(box));
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('data-claimlight-ui') ?? false, {
    x: box.x + box.width / 2,
    y: box.y + box.height / 2,
  });
  assert.equal(hit, true, 'our host is the element at the toolbar centre');
  assert.equal(await page.evaluate((sel) => document.querySelector(sel).matches(':popover-open'), UI), true, 'host in the top layer');
  await bar.getByRole('button', { name: 'Highlight', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('mark[data-claimlight-kind="highlight"]'));

  // Marks are display:none on this page; keyboard travel still opens the card.
  await page.evaluate(() => document.querySelector('mark[data-claimlight-kind="highlight"]').focus());
  const c = card(page);
  await c.waitFor({ state: 'visible' });
  const cb = await c.boundingBox();
  assert.ok(cb && cb.width > 100 && cb.height > 40, JSON.stringify(cb));
  const cardHit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('data-claimlight-ui') ?? false, {
    x: cb.x + cb.width / 2,
    y: cb.y + cb.height / 2,
  });
  assert.equal(cardHit, true, 'our host is the element at the card centre');
  const font = await c.evaluate((el) => getComputedStyle(el).fontSize);
  assert.equal(font, '14px');
  await page.close();
});
