// The library, driven for real: saved annotations from the seed article listed by page, search and
// filters, tag editing, live updates both ways, bulk delete with undo, who said what, disputed,
// and settings that change what the article shows after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, waitReady, selectText, SEED_DIR, findTabId, tabMessage, until } from './harness.mjs';

let server;
before(async () => {
  server = await serve({ '/world/article.html': path.join(SEED_DIR, 'page.html') });
});
after(() => server.close());

/** Open the seed article and keep its quotes and disputed assertions (as a reader acting on them would). */
async function seedArticle(b) {
  const url = server.url('/world/article.html');
  const article = await b.context.newPage();
  await article.goto(url);
  await waitReady(article);
  const tabId = await findTabId(b.worker, url);
  const state = await tabMessage(b.worker, tabId, { type: 'tab/state' });
  const keep = state.items.filter((i) => (i.kind === 'quote' && i.speaker) || i.kind === 'disputed');
  assert.ok(keep.length >= 3, `the seed article has attributed quotes and disputes (${keep.length})`);
  const saved = [];
  for (const item of keep) {
    const { item: s } = await tabMessage(b.worker, tabId, { type: 'tab/update', id: item.id, patch: { tags: ['seed'] } });
    assert.ok(s, `kept ${item.text}`);
    saved.push(s);
  }
  return { url, article, tabId, saved };
}

const rows = (lib) => lib.locator('.cl-arow');
const countText = (lib) => lib.locator('.toolbar__count').textContent();
const annotations = (n) => (n === 1 ? '1 annotation' : `${n} annotations`);

test('library lists, searches, filters, edits tags and notes live, bulk deletes with undo', async () => {
  const b = await launch();
  try {
    const { article, tabId, saved } = await seedArticle(b);
    const lib = await b.context.newPage();
    await lib.goto(b.extUrl('library.html'));
    assert.equal(await lib.title(), 'Claimlight Library');
    await lib.getByRole('heading', { name: 'Claimlight Library', level: 1 }).waitFor();
    await until(async () => (await countText(lib)) === annotations(saved.length), 'all saved annotations listed');
    // Grouped by page: one heading row for the article.
    assert.equal(await lib.locator('.page-heading').count(), 1);

    // Search: words of one quote find it (and only matching rows are shown).
    const target = saved.find((s) => s.kind === 'quote');
    const words = target.text.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((w) => w.length > 4).slice(0, 2).join(' ');
    await lib.getByRole('searchbox', { name: 'Search' }).fill(words);
    await until(async () => {
      const n = Number((await countText(lib)).match(/^(\d+)/)?.[1] ?? NaN);
      return n >= 1 && n < saved.length;
    }, 'search results');
    for (const t of await rows(lib).locator('.cl-arow__text').allTextContents()) {
      for (const w of words.split(' ')) assert.match(t.toLowerCase(), new RegExp(w.toLowerCase()));
    }
    await lib.getByRole('searchbox', { name: 'Search' }).fill('');

    // Filter by kind.
    const disputedCount = saved.filter((s) => s.kind === 'disputed').length;
    await lib.getByRole('combobox', { name: 'Kind' }).selectOption('disputed');
    await until(async () => (await countText(lib)) === (disputedCount ? annotations(disputedCount) : 'No annotations match.'), 'kind filter');
    await lib.getByRole('combobox', { name: 'Kind' }).selectOption('');

    // Edit: tags and a note from the library; the page sees the note without a reload.
    await lib.getByRole('searchbox', { name: 'Search' }).fill(words);
    const row = rows(lib).filter({ hasText: target.text.slice(0, 25) }).first();
    await row.getByRole('button', { name: /^Edit/ }).click();
    const panel = lib.getByRole('complementary', { name: 'Edit annotation' });
    await panel.getByRole('textbox', { name: 'Tags' }).fill('seed, alpha');
    await panel.getByRole('button', { name: 'Save tags' }).click();
    await panel.getByText('Tags saved').waitFor();
    await panel.getByRole('textbox', { name: 'Note' }).pressSequentially('Noted in the library');
    await until(async () => {
      const s = await tabMessage(b.worker, tabId, { type: 'tab/state' });
      return s.items.find((i) => i.id === target.id)?.note === 'Noted in the library';
    }, 'the note on the page');
    await lib.getByRole('searchbox', { name: 'Search' }).fill('zzzz-no-such-words');
    await lib.getByText('No annotations match.').waitFor();
    await lib.getByRole('searchbox', { name: 'Search' }).fill('');

    await lib.getByRole('combobox', { name: 'Tag' }).selectOption('alpha');
    await until(async () => (await countText(lib)) === annotations(1), 'tag filter');
    await lib.getByRole('combobox', { name: 'Note' }).selectOption('with');
    await until(async () => (await countText(lib)) === annotations(1), 'has-note filter');
    await lib.getByRole('button', { name: 'Clear filters' }).click();
    await until(async () => (await countText(lib)) === annotations(saved.length), 'filters cleared');

    // Live the other way: a highlight made on the page appears in the library.
    await selectText(article, 'prisoners of war', 'article');
    const made = await tabMessage(b.worker, tabId, { type: 'tab/command', action: 'highlight' });
    assert.equal(made.ok, true);
    await until(async () => (await countText(lib)) === annotations(saved.length + 1), 'the new highlight in the library');

    // Bulk delete two, then undo.
    await rows(lib).nth(0).getByRole('checkbox').check();
    await rows(lib).nth(1).getByRole('checkbox').check();
    await lib.getByRole('button', { name: 'Delete selected (2)' }).click();
    await until(async () => (await countText(lib)) === annotations(saved.length - 1), 'bulk delete');
    await lib.getByRole('button', { name: 'Undo' }).click();
    await until(async () => (await countText(lib)) === annotations(saved.length + 1), 'undo');
  } finally {
    await b.context.close();
  }
});

test('who said what groups quotes by speaker; disputed lists who disputes', async () => {
  const b = await launch();
  try {
    const { saved } = await seedArticle(b);
    const lib = await b.context.newPage();
    await lib.goto(b.extUrl('library.html#who'));
    await lib.getByRole('heading', { name: 'Who said what' }).waitFor();
    const speakers = [...new Set(saved.filter((s) => s.kind === 'quote').map((s) => s.speaker))];
    for (const sp of speakers) {
      const section = lib.locator('section.speaker').filter({ has: lib.getByRole('heading', { name: new RegExp(`^${sp}`), level: 3 }) });
      await section.waitFor();
      const expected = saved.filter((s) => s.kind === 'quote' && s.speaker === sp).length;
      await until(async () => (await section.locator('.cl-arow').count()) === expected, `quotes of ${sp}`);
    }
    // The seed article quotes these two (see the fixture's labels; the analysis may name them by an alias).
    const labels = JSON.parse(fs.readFileSync(path.join(SEED_DIR, 'labels.json'), 'utf8'));
    for (const name of ['Donald Trump', 'Karoline Leavitt']) {
      const names = [name, ...labels.speakers[name]];
      const shown = speakers.find((sp) => names.includes(sp));
      assert.ok(shown, `a quote by ${name} was kept: ${speakers.join(', ')}`);
      await lib.getByRole('heading', { name: new RegExp(`^${shown}`), level: 3 }).waitFor();
    }

    await lib.getByRole('link', { name: 'Disputed' }).click();
    await lib.getByRole('heading', { name: 'Disputed assertions' }).waitFor();
    const disputed = saved.filter((s) => s.kind === 'disputed');
    await until(async () => (await lib.locator('article.disputed').count()) === disputed.length, 'disputed rows');
    for (const d of disputed.filter((x) => x.disputedBy)) await lib.locator('article.disputed dd', { hasText: d.disputedBy }).first().waitFor();
  } finally {
    await b.context.close();
  }
});

test('settings change what the article shows after a reload', async () => {
  const b = await launch();
  try {
    const url = server.url('/world/article.html');
    const article = await b.context.newPage();
    await article.goto(url);
    await waitReady(article);
    const marks = (sel) => article.locator(`mark.claimlight-mark${sel}`).count();
    assert.ok((await marks('[data-claimlight-kind="quote"]')) > 0, 'quotes painted by default');

    const lib = await b.context.newPage();
    await lib.goto(b.extUrl('library.html#settings'));
    const kinds = lib.getByRole('group', { name: 'Shown on pages by default' });
    await kinds.getByRole('switch', { name: 'Quotes' }).uncheck();
    await lib.getByText('Settings saved.').waitFor();
    await article.reload();
    await waitReady(article);
    assert.equal(await marks('[data-claimlight-kind="quote"]'), 0, 'no quote marks once quotes are off by default');
    assert.ok((await marks('')) > 0, 'other kinds still painted');
    await kinds.getByRole('switch', { name: 'Quotes' }).check();

    // Auto-analysis off for this site: no auto marks after a reload.
    const auto = lib.getByRole('group', { name: 'Automatic analysis' });
    await auto.getByRole('textbox', { name: 'Site' }).fill(new URL(url).host);
    await auto.getByRole('button', { name: 'Turn off for this site' }).click();
    const siteSwitch = auto.getByRole('switch', { name: new URL(url).hostname });
    await siteSwitch.waitFor();
    assert.equal(await siteSwitch.isChecked(), false);
    await article.reload();
    await waitReady(article);
    assert.equal(await marks(':not([data-claimlight-saved])'), 0, 'no auto marks with auto-analysis off for the site');
    // The popup offers to analyse the page on request.
    const tabId = await findTabId(b.worker, url);
    const popup = await b.context.newPage();
    await popup.goto(b.extUrl(`popup.html?tab=${tabId}`));
    await popup.getByRole('button', { name: 'Analyse this page' }).click();
    await until(async () => (await marks(':not([data-claimlight-saved])')) > 0, 'auto marks after "Analyse this page"');
    await popup.getByText(/^Analysed: \d+ findings\.$/).waitFor();
    await popup.close();
    // Back on (via the site's switch).
    await siteSwitch.check();
    await article.reload();
    await waitReady(article);
    await until(async () => (await marks('')) > 0, 'auto marks again');
  } finally {
    await b.context.close();
  }
});

test('export downloads dated files; import reports its summary and errors', async () => {
  const b = await launch();
  try {
    const { saved } = await seedArticle(b);
    const lib = await b.context.newPage();
    await lib.goto(b.extUrl('library.html#export'));
    await lib.getByRole('heading', { name: 'Export', exact: true }).waitFor();
    const status = lib.locator('.transfer__status');

    const download = async (name) => {
      const [d] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name }).click()]);
      const file = await d.path();
      return { name: d.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
    };

    // The current search of the Annotations view is an export scope of its own.
    await lib.goto(b.extUrl('library.html#annotations'));
    await lib.getByRole('combobox', { name: 'Kind' }).selectOption('disputed');
    await lib.evaluate(() => (location.hash = '#export')); // in-page navigation: the filters are remembered
    await lib.getByRole('heading', { name: 'Export', exact: true }).waitFor();
    const scope = lib.getByRole('combobox', { name: 'Export which annotations' });
    assert.equal(await scope.inputValue(), '\u0000search');
    const filteredCsv = await download('Export CSV');
    const disputed = saved.filter((s) => s.kind === 'disputed').length;
    assert.equal(filteredCsv.text.trim().split('\r\n').length, disputed + 1, 'header + the disputed annotations only');
    await scope.selectOption('');
    const md = await download('Export Markdown');
    assert.match(md.name, /^claimlight-\d{4}-\d{2}-\d{2}\.md$/);
    assert.ok(md.text.includes('Trump and Putin'), 'the page title is in the Markdown');
    const csv = await download('Export CSV');
    assert.match(csv.name, /^claimlight-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.equal(csv.text.trim().split('\r\n').length, saved.length + 1);
    const wa = await download('Export Web Annotations');
    assert.match(wa.name, /\.jsonld$/);
    const backup = await download('Export backup');
    assert.match(backup.name, /^claimlight-backup-\d{4}-\d{2}-\d{2}\.json$/);
    assert.equal(JSON.parse(backup.text).annotations.length, saved.length);

    // A malformed file: a clear message, nothing written.
    const input = lib.getByLabel('Import');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"claimlight-backup","version":1,"annotations":[') });
    await until(async () => /Nothing was imported from broken\.json/.test(await status.textContent()), 'the import error');
    // The backup again: every record is already here.
    await input.setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
    await until(async () => /Imported 0 annotations/.test(await status.textContent()), 'the import summary');
    assert.match(await status.textContent(), new RegExp(`Skipped ${saved.length}: ${saved.length} already here \\(same id\\)`));
    assert.equal(await status.getAttribute('role'), 'status');
  } finally {
    await b.context.close();
  }
});
