// The popup, driven for real: opened as a page with ?tab=<id> of the article's tab. Notes typed in
// the popup reach the page (and survive the popup closing mid-word), items reveal on the page,
// delete has undo, kinds hide and show, the page note persists, pages without Claimlight get a
// friendly message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, waitReady, SEED_DIR, findTabId, until, tabMessage } from './harness.mjs';

let server;
before(async () => {
  server = await serve({ '/world/article.html': path.join(SEED_DIR, 'page.html') });
});
after(() => server.close());

const tabState = (worker, tabId) => tabMessage(worker, tabId, { type: 'tab/state' });

async function openArticleAndPopup(b) {
  const url = server.url('/world/article.html');
  const article = await b.context.newPage();
  await article.goto(url);
  await waitReady(article);
  const tabId = await findTabId(b.worker, url);
  assert.ok(tabId, 'article tab found');
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 380, height: 700 });
  await popup.goto(b.extUrl(`popup.html?tab=${tabId}`));
  await popup.getByRole('heading', { name: 'Claimlight', level: 1 }).waitFor();
  return { article, popup, tabId, url };
}

test('popup lists the page items, saves notes as typed, reveals, deletes with undo', async () => {
  const b = await launch();
  try {
    const { article, popup, tabId } = await openArticleAndPopup(b);
    const state = await tabState(b.worker, tabId);
    assert.ok(state.items.length > 0, 'the seed article has findings');
    assert.equal(await popup.title(), 'Claimlight');

    // Counts by kind match the tab's items.
    const quotes = state.items.filter((i) => i.kind === 'quote');
    const toggle = popup.getByRole('switch', { name: `Quotes (${quotes.length})` });
    await toggle.waitFor();

    // A long page starts with its sections folded: open Quotes. Quotes are grouped under their speakers.
    await popup.getByRole('button', { name: /^Quotes/ }).click();
    const speakers = [...new Set(quotes.map((q) => q.speaker).filter(Boolean))];
    for (const s of speakers) await popup.getByRole('heading', { name: s, level: 3 }).first().waitFor();

    // Write a note on the first quote (an unsaved auto-finding): each keystroke is saved.
    const target = quotes[0];
    const card = popup.locator('article.cl-item', { hasText: target.text.slice(0, 30) }).first();
    await card.getByRole('button', { name: 'Add note' }).click();
    const box = card.getByRole('textbox');
    await box.pressSequentially('Check this against the transcript', { delay: 15 });
    const saved = await until(async () => {
      const s = await tabState(b.worker, tabId);
      return s.items.find((i) => i.note === 'Check this against the transcript');
    }, 'the note on the page');
    assert.equal(saved.saved, true);
    assert.equal(saved.kind, 'quote');
    assert.equal(saved.text.replace(/\s+/g, ' '), target.text.replace(/\s+/g, ' '));
    // Exactly one saved record for that finding (no duplicates from coalesced saves).
    assert.equal((await tabState(b.worker, tabId)).items.filter((i) => i.saved && i.kind === 'quote').length, 1);
    // The page's mark for it is now a saved one.
    await article.waitForSelector(`mark[data-claimlight-id="${saved.id}"][data-claimlight-saved]`);
    // The editor kept focus and its text while the item changed identity.
    assert.equal(await box.inputValue(), 'Check this against the transcript');

    // Export this page: a dated Markdown file with the page and the kept quote and its note.
    const [dl] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export this page (Markdown)' }).click()]);
    assert.match(dl.suggestedFilename(), /^claimlight-\d{4}-\d{2}-\d{2}\.md$/);
    const md = fs.readFileSync(await dl.path(), 'utf8');
    assert.ok(md.includes('Trump and Putin seek ceasefire'), 'the page heading');
    assert.ok(md.includes('Check this against the transcript'), 'the note');
    assert.ok(md.replace(/\\/g, '').includes(target.text.slice(0, 30)), 'the quote');

    // Keep typing, then close the popup straight away: nothing is lost.
    await box.pressSequentially(' today', { delay: 0 });
    await popup.close({ runBeforeUnload: true });
    await until(async () => (await tabState(b.worker, tabId)).items.find((i) => i.id === saved.id)?.note === 'Check this against the transcript today', 'the last keystrokes');

    // Reopen: click an item → the page flashes it.
    const popup2 = await b.context.newPage();
    await popup2.goto(b.extUrl(`popup.html?tab=${tabId}`));
    await popup2.getByRole('button', { name: /^Quotes/ }).click();
    const card2 = popup2.locator('article.cl-item', { hasText: 'Check this against the transcript today' });
    await card2.waitFor();
    await card2.locator('.cl-item__text').click();
    await article.waitForSelector(`mark.claimlight-flash[data-claimlight-id="${saved.id}"]`);

    // Keyboard: Enter on a focused item reveals it too.
    await card2.locator('.cl-item__text').focus();
    await popup2.keyboard.press('Enter');

    // Delete, then Undo.
    await card2.getByRole('button', { name: /^Delete/ }).click();
    await popup2.getByRole('button', { name: 'Undo' }).waitFor();
    await until(async () => !(await tabState(b.worker, tabId)).items.some((i) => i.id === saved.id), 'the delete');
    await popup2.getByRole('button', { name: 'Undo' }).click();
    await until(async () => (await tabState(b.worker, tabId)).items.some((i) => i.id === saved.id && i.note.endsWith('today')), 'the undo');
    await popup2.locator('article.cl-item', { hasText: 'Check this against the transcript today' }).waitFor();
    await popup2.close();
  } finally {
    await b.context.close();
  }
});

test('popup hides and shows kinds, keeps a page note, and is friendly on other pages', async () => {
  const b = await launch();
  try {
    const { article, popup, tabId } = await openArticleAndPopup(b);
    const quoteMarks = () => article.locator('mark[data-claimlight-kind="quote"]').count();
    assert.ok((await quoteMarks()) > 0);
    await popup.getByRole('switch', { name: /^Quotes/ }).uncheck();
    await until(async () => (await quoteMarks()) === 0, 'quote marks hidden');
    assert.equal((await tabState(b.worker, tabId)).visible.quote, false);
    await popup.getByRole('switch', { name: /^Quotes/ }).check();
    await until(async () => (await quoteMarks()) > 0, 'quote marks back');

    // Page note: saved as typed, there when the popup opens again.
    await popup.getByRole('textbox', { name: 'Note on this page' }).pressSequentially('Follow up next week');
    await popup.getByText('Saved', { exact: true }).last().waitFor();
    await popup.close();
    const again = await b.context.newPage();
    await again.goto(b.extUrl(`popup.html?tab=${tabId}`));
    const note = again.getByRole('textbox', { name: 'Note on this page' });
    await note.waitFor();
    await until(async () => (await note.inputValue()) === 'Follow up next week', 'the page note');

    // The Library button opens library.html in a new tab.
    const [lib] = await Promise.all([b.context.waitForEvent('page'), again.getByRole('button', { name: 'Open Library' }).click()]);
    await lib.waitForURL(/library\.html/);

    // A tab without a content script.
    const blank = await b.context.newPage();
    await blank.goto('about:blank');
    await blank.bringToFront();
    const blankId = await b.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id);
    const p = await b.context.newPage();
    await p.goto(b.extUrl(`popup.html?tab=${blankId}`));
    await p.getByText(/can’t read this page/).waitFor();
  } finally {
    await b.context.close();
  }
});
