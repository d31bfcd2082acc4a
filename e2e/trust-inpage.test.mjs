// Trust (issue 13) on the page itself, keyboard only: the card corrects who said a quote (the mark,
// Copy and later visits follow, and an alias applies to the rest); the first Alt+Shift+N travels on a
// page with nothing saved; Tab reaches the selection toolbar; a highlight with a note shows a sign the
// page cannot find; the card follows the page's own light or dark, whatever the system prefers; the
// first-run page shows what the marks mean and where data lives.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, waitReady, selectText, readMarks, inPageUi, noteFrame, until, isWelcome, SEED_DIR } from './harness.mjs';

const SEED_HTML = fs.readFileSync(path.join(SEED_DIR, 'page.html'), 'utf8');
// The seed article on a dark page (its own colours, not the system's).
const DARK_HTML = SEED_HTML.replace('</head>', '<style>html, body { background: #121417; color: #e6e6e6; }</style></head>');

let server;
before(async () => {
  server = await serve({ '/world/article.html': path.join(SEED_DIR, 'page.html'), '/world/dark.html': { body: DARK_HTML } });
});
after(() => server.close());

const CARD = '[role="dialog"]';
const TOOLBAR = '[role="toolbar"]';

/** What has focus inside our closed shadow root: its accessible name (aria-label, else text). */
const focusedInUi = (ui) => ui.evaluate((root) => root.activeElement?.getAttribute('aria-label') ?? root.activeElement?.textContent?.trim() ?? null);

async function open(b, p) {
  const page = await b.context.newPage();
  await page.goto(server.url(p));
  await waitReady(page);
  return { page, ui: inPageUi(page) };
}

/** Alt+Shift+N until the focused mark is a quote whose text includes `text`. */
async function travelTo(page, text, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Alt+Shift+N');
    const t = await page.evaluate(() => (document.activeElement?.matches('mark[data-claimlight-kind="quote"]') ? document.activeElement.getAttribute('data-claimlight-id') : null));
    if (t && (await page.evaluate((id) => [...document.querySelectorAll(`mark[data-claimlight-id="${id}"]`)].map((m) => m.textContent).join(''), t)).includes(text)) return t;
  }
  throw new Error(`Alt+Shift+N never reached “${text}”`);
}

const luminance = (rgb) => {
  const [r, g, bl] = rgb.match(/\d+(\.\d+)?/g).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * bl) / 255;
};

test('the card corrects a speaker from the keyboard: the mark, Copy, later visits and an alias follow (dark system, light page)', async () => {
  const b = await launch({ colorScheme: 'dark' });
  try {
    const { page, ui } = await open(b, '/world/article.html');
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    // The very first Alt+Shift+N on a page with nothing saved (the page tools are not loaded yet) travels.
    await page.keyboard.press('Alt+Shift+N');
    await until(() => page.evaluate(() => !!document.activeElement?.matches('mark[data-claimlight-id]')), 'the first press focuses a mark');
    await ui.waitFor(CARD);

    const target = 'Putin went through a hell of a lot with me';
    const id = await travelTo(page, target);
    assert.equal(await page.getAttribute(`mark[data-claimlight-id="${id}"]`, 'data-claimlight-speaker'), 'Donald Trump');
    await ui.waitFor({ text: 'Said by Donald Trump', within: CARD });
    // The page is light: so is the card, though the system prefers dark.
    assert.match(await ui.attr('.cl-inpage', 'class'), /cl-inpage--light/);
    assert.ok(luminance(await ui.style(CARD, 'backgroundColor')) > 0.8, 'a light card');

    // Tab into the card, back to "Change speaker", Enter: a Speaker combobox with the name selected.
    await page.keyboard.press('Tab');
    await until(async () => (await focusedInUi(ui)) !== null, 'focus in the card');
    for (let i = 0; i < 10 && (await focusedInUi(ui)) !== 'Change speaker'; i++) await page.keyboard.press('Shift+Tab');
    assert.equal(await focusedInUi(ui), 'Change speaker');
    await page.keyboard.press('Enter');
    await ui.waitFor({ role: 'combobox', name: 'Speaker', within: CARD });
    assert.equal(await ui.evaluate((root) => root.activeElement?.getAttribute('role')), 'combobox');
    await page.keyboard.type('Donald J. Trump');
    await page.keyboard.press('Enter');
    // At once: the mark carries the new name; the card says it was corrected; focus is back on Change.
    await until(async () => (await readMarks(page)).some((m) => m.text.includes(target) && m.speaker === 'Donald J. Trump'), 'the corrected mark');
    await ui.waitFor({ text: 'Corrected by you · Claimlight said Donald Trump', within: CARD });
    assert.equal(await focusedInUi(ui), 'Change speaker');
    // Make it an alias, then Copy: both from the keyboard.
    await page.keyboard.press('Tab');
    assert.equal(await focusedInUi(ui), 'Always read “Donald Trump” as Donald J. Trump');
    await page.keyboard.press('Enter');
    await ui.waitFor({ text: 'From now on Claimlight reads “Donald Trump” as Donald J. Trump.', within: CARD });
    for (let i = 0; i < 12 && (await focusedInUi(ui)) !== 'Copy'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await ui.waitFor({ text: 'Copied with attribution.', within: CARD });
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(clip.includes('” — Donald J. Trump,'), clip);
    // The legend is in the card.
    assert.equal(await ui.count({ css: 'summary', text: 'What the marks mean', within: CARD }), 1);
    await page.keyboard.press('Escape');
    await ui.waitFor(CARD, { state: 'detached' });

    // Later visit: the correction stays, and the alias names Donald Trump's other quotes the reader's way.
    await page.reload();
    await waitReady(page);
    const marks = await readMarks(page);
    assert.ok(marks.some((m) => m.text.includes(target) && m.speaker === 'Donald J. Trump'), 'corrected after a reload');
    const others = marks.filter((m) => m.kind === 'quote' && !m.text.includes(target) && /Donald/.test(m.speaker ?? ''));
    assert.ok(others.length > 0, 'other quotes of his');
    assert.ok(others.every((m) => m.speaker === 'Donald J. Trump'), JSON.stringify(others.map((m) => m.speaker)));
    // Their card says why: the analysis's reason and the alias.
    await page.locator(`mark[data-claimlight-id="${others[0].id}"]`).first().focus();
    await ui.waitFor({ text: /your alias: “Donald Trump” read as Donald J\. Trump/, within: CARD });
  } finally {
    await b.context.close();
  }
});

test('keyboard and sight on a dark page (light system): Tab reaches the toolbar, the card is dark, a note shows a sign the page cannot find', async () => {
  const b = await launch({ colorScheme: 'light' });
  try {
    const { page, ui } = await open(b, '/world/dark.html');
    // A selection made from the keyboard (Shift+arrow), then Tab: into the toolbar; arrows move in it.
    const phrase = 'exchange 175 prisoners of war';
    await selectText(page, phrase, 'article');
    await page.evaluate(() => getSelection().getRangeAt(0).startContainer.parentElement.scrollIntoView({ block: 'center' }));
    await page.keyboard.press('Shift+ArrowRight');
    await ui.waitFor(TOOLBAR);
    assert.match(await ui.attr('.cl-inpage', 'class'), /cl-inpage--dark/, 'the toolbar follows the dark page');
    await page.keyboard.press('Tab');
    await until(async () => (await focusedInUi(ui)) === 'Highlight', 'Tab reached the toolbar');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focusedInUi(ui), 'Note');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await until(() => page.evaluate(() => document.activeElement?.getAttribute('data-claimlight-kind') === 'highlight'), 'the new highlight has focus');
    const highlight = await page.evaluate(() => document.activeElement.getAttribute('data-claimlight-id'));
    assert.ok((await page.evaluate(() => document.activeElement.textContent)).startsWith(phrase));

    // Its card (open on focus from the keyboard): dark, with a dark note editor.
    await page.keyboard.press('Alt+Shift+P');
    await page.keyboard.press('Alt+Shift+N');
    await ui.waitFor(CARD);
    assert.ok(luminance(await ui.style(CARD, 'backgroundColor')) < 0.2, 'a dark card on a dark page');
    await page.keyboard.press('Tab');
    await until(async () => (await focusedInUi(ui)) === 'Add note', 'focus on Add note');
    await page.keyboard.press('Enter');
    const editor = await noteFrame(page);
    const bg = await editor.evaluate(() => getComputedStyle(document.querySelector('textarea')).backgroundColor);
    assert.ok(luminance(bg) < 0.2, `the note frame is dark too: ${bg}`);
    const secret = 'zq-private-note-7731';
    await page.keyboard.type(secret);
    await page.keyboard.press('Control+Enter');
    await ui.waitFor('iframe.cl-noteframe--view');
    await page.keyboard.press('Escape');
    await ui.waitFor(CARD, { state: 'detached' });

    // The sign: one, in our closed UI, without text; the page cannot tell which highlight has it.
    await until(async () => (await ui.count('.cl-notebadge')) === 1, 'one note sign');
    assert.equal(await ui.textContent('.cl-notebadge'), '');
    assert.equal(await ui.attr('.cl-notebadge', 'aria-hidden'), 'true');
    const box = await ui.box('.cl-notebadge');
    const seen = await page.evaluate(({ id, secret, x, y }) => {
      const marks = [...document.querySelectorAll(`mark[data-claimlight-id="${id}"]`)];
      return {
        attributes: marks.flatMap((m) => [...m.attributes].map((a) => `${a.name}=${a.value}`)).filter((a) => /note|zq-/i.test(a)),
        found: window.find(secret),
        atSign: document.elementFromPoint(x, y)?.hasAttribute('data-claimlight-ui') ?? false,
        highlights: typeof CSS.highlights === 'undefined' ? 0 : [...CSS.highlights.keys()].length,
      };
    }, { id: highlight, secret, x: box.x + box.width / 2, y: box.y + box.height / 2 });
    assert.deepEqual(seen, {
      attributes: [],
      found: false,
      atSign: false,
      highlights: 0,
    });
  } finally {
    await b.context.close();
  }
});

test('first run: a page shows what the marks mean on a sample, and where data lives (dark)', async () => {
  const b = await launch({ colorScheme: 'dark', welcome: true });
  try {
    const welcome = b.context.pages().find(isWelcome) ?? (await b.context.waitForEvent('page', { predicate: isWelcome, timeout: 15000 }));
    await welcome.getByRole('heading', { name: 'Welcome to Claimlight', level: 1 }).waitFor();
    const kinds = await welcome.locator('mark.claimlight-mark').evaluateAll((ms) => ms.map((m) => [m.dataset.claimlightKind, getComputedStyle(m).textDecorationStyle]));
    assert.deepEqual(kinds, [['quote', 'dotted'], ['claim', 'dashed'], ['disputed', 'wavy'], ['highlight', 'solid']]);
    await welcome.getByRole('list', { name: 'What the marks mean' }).waitFor();
    await welcome.getByRole('heading', { name: 'Where your data lives' }).waitFor();
    await welcome.getByText(/In this browser only/).waitFor();
    assert.equal(await welcome.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
    assert.ok(luminance(await welcome.evaluate(() => getComputedStyle(document.body).backgroundColor)) < 0.2, 'dark page');
    // Its links reach the Library from the keyboard.
    const link = welcome.getByRole('link', { name: 'Library' });
    await link.focus();
    assert.match(await link.getAttribute('href'), /^chrome-extension:\/\/[^/]+\/library\.html$/);
  } finally {
    await b.context.close();
  }
});
