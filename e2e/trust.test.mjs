// Trust (issue 13), driven for real from the keyboard: the reader corrects who said something and the
// page, the Library and every export follow; what the reader dismisses stays gone; page notes are
// found and exported; reading memory keeps nothing unless it is on; the popup folds and filters; the
// Library lists rows whole, restores dismissed findings, deletes without leftovers and deletes all
// data after offering a backup. Light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, waitReady, SEED_DIR, findTabId, tabMessage, until, readMarks } from './harness.mjs';

let server;
before(async () => {
  server = await serve({ '/world/article.html': path.join(SEED_DIR, 'page.html') });
});
after(() => server.close());

const tabState = (worker, tabId) => tabMessage(worker, tabId, { type: 'tab/state' });
const SURROUNDED = 'They’re surrounded by Russian soldiers';

/** Press Tab (Shift+Tab with back) until `locator` has focus; fails after `max` presses. */
async function tabTo(page, locator, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${locator}`);
}

/** Everything in Claimlight's IndexedDB, read from an extension page (the only place it exists). */
async function readDb(b) {
  const p = await b.context.newPage();
  await p.goto(b.extUrl('library.html'));
  await p.getByRole('heading', { name: 'Claimlight Library', level: 1 }).waitFor();
  const all = await p.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('claimlight');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const out = {};
          const names = [...db.objectStoreNames];
          if (!names.length) return resolve(out);
          const tx = db.transaction(names, 'readonly');
          for (const n of names) {
            const r = tx.objectStore(n).getAll();
            r.onsuccess = () => (out[n] = r.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
  await p.close();
  return all;
}

async function download(page, button) {
  const [d] = await Promise.all([page.waitForEvent('download'), button.press('Enter')]);
  return { name: d.suggestedFilename(), text: fs.readFileSync(await d.path(), 'utf8') };
}

async function openArticle(b) {
  const url = server.url('/world/article.html');
  const article = await b.context.newPage();
  await article.goto(url);
  await waitReady(article);
  const tabId = await findTabId(b.worker, url);
  return { url, article, tabId };
}

async function openPopup(b, tabId) {
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 380, height: 700 });
  await popup.goto(b.extUrl(`popup.html?tab=${tabId}`));
  await popup.getByRole('heading', { name: 'Claimlight', level: 1 }).waitFor();
  await popup.locator('.popup__section').first().waitFor();
  return popup;
}

const markWith = (page, text) =>
  page.evaluate((t) => {
    const marks = [...document.querySelectorAll('mark[data-claimlight-id]')];
    const m = marks.find((x) => x.getAttribute('data-claimlight-kind') === 'quote' && x.textContent.includes(t.slice(0, 20)));
    const id = m?.getAttribute('data-claimlight-id');
    const whole = marks.filter((x) => x.getAttribute('data-claimlight-id') === id).map((x) => x.textContent).join('');
    return m ? { id, kind: m.getAttribute('data-claimlight-kind'), speaker: m.getAttribute('data-claimlight-speaker'), text: whole } : null;
  }, text);

test('done when: from the popup, a corrected speaker, a dismissed claim and a page note reach the page, the Library and every export (keyboard only)', async () => {
  const b = await launch({ colorScheme: 'light' });
  try {
    const { article, tabId } = await openArticle(b);
    const state = await tabState(b.worker, tabId);
    const quote = state.items.find((i) => i.kind === 'quote' && i.text.includes(SURROUNDED));
    assert.ok(quote, 'the quote containing “surrounded”');
    assert.equal(quote.speaker, 'Donald Trump', 'what the analysis says');
    const claim = state.items.find((i) => i.kind === 'claim' && i.text.includes('500 square'));
    assert.ok(claim, 'a claim to dismiss');
    const popup = await openPopup(b, tabId);

    // Find the quote with the filter box, then correct its speaker: Enter opens the field, typing
    // filters the article's names, Down picks one, Enter saves.
    const filter = popup.getByRole('searchbox', { name: 'Filter this page’s items' });
    await tabTo(popup, filter);
    await popup.keyboard.type('surrounded by Russian soldiers');
    const change = popup.getByRole('button', { name: /^Change speaker of “They’re surrounded/ });
    await change.waitFor();
    await tabTo(popup, change);
    await popup.keyboard.press('Enter');
    const field = popup.getByRole('combobox', { name: 'Speaker' });
    await field.waitFor();
    assert.equal(await field.evaluate((el) => el === document.activeElement), true, 'the field has focus');
    await popup.keyboard.type('Zel');
    const option = popup.getByRole('option', { name: 'Volodymyr Zelensky' });
    await option.waitFor();
    assert.equal(await field.getAttribute('aria-expanded'), 'true');
    await popup.keyboard.press('ArrowDown');
    assert.equal(await option.getAttribute('aria-selected'), 'true');
    await popup.keyboard.press('Enter');
    // At once on the page.
    await until(async () => (await markWith(article, SURROUNDED))?.speaker === 'Volodymyr Zelensky', 'the mark’s new speaker');
    await popup.getByText('Corrected by you · Claimlight said Donald Trump').waitFor();
    await popup.getByRole('button', { name: 'Always read “Donald Trump” as Volodymyr Zelensky' }).waitFor();

    // Dismiss a claim, from the keyboard.
    await tabTo(popup, filter, { back: true });
    await popup.keyboard.press('Control+A');
    await popup.keyboard.type('500 square');
    const dismiss = popup.getByRole('button', { name: /^Dismiss “Ukraine’s army stunned Russia/ });
    await dismiss.waitFor();
    await tabTo(popup, dismiss);
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: 'Undo' }).waitFor();
    await until(async () => !(await readMarks(article)).some((m) => m.text.includes('500 square')), 'the dismissed claim unpainted');

    // A page note, typed in the popup.
    const note = popup.getByRole('textbox', { name: 'Note on this page' });
    await tabTo(popup, note);
    await popup.keyboard.type('Check the Kursk claim against the ISW maps');
    await popup.getByText('Saved', { exact: true }).last().waitFor();

    // After a reload: the corrected speaker, no dismissed claim.
    await article.reload();
    await waitReady(article);
    await until(async () => (await markWith(article, SURROUNDED))?.speaker === 'Volodymyr Zelensky', 'the speaker after a reload');
    assert.equal((await readMarks(article)).some((m) => m.text.includes('500 square')), false, 'the claim stays dismissed');

    const lib = await b.context.newPage();
    await lib.goto(b.extUrl('library.html'));
    // The page note is found by the Library's search.
    const search = lib.getByRole('searchbox', { name: 'Search' });
    await tabTo(lib, search);
    await lib.keyboard.type('ISW maps');
    await lib.locator('.cl-arow--pagenote', { hasText: 'Check the Kursk claim against the ISW maps' }).waitFor();
    await until(async () => (await lib.locator('.toolbar__count').textContent()) === '1 page note', 'the count names the page note');

    // Who said what: under the corrected name.
    await lib.goto(b.extUrl('library.html#who'));
    const section = lib.locator('section.speaker').filter({ has: lib.getByRole('heading', { name: /^Volodymyr Zelensky/, level: 3 }) });
    await section.locator('.cl-arow', { hasText: SURROUNDED }).waitFor();
    assert.equal(await lib.locator('section.speaker').filter({ has: lib.getByRole('heading', { name: /^Donald Trump/, level: 3 }) }).count(), 0);

    // The dismissed claim is listed only under Dismissed, with Restore.
    await lib.goto(b.extUrl('library.html#dismissed'));
    const dismissedRow = lib.locator('.dismissed-list li', { hasText: '500 square' });
    await dismissedRow.waitFor();
    await dismissedRow.getByRole('button', { name: /^Restore/ }).waitFor();

    // Every export: the corrected name, the page note, never the dismissed claim.
    await lib.goto(b.extUrl('library.html#export'));
    const scope = lib.getByRole('combobox', { name: 'Export which annotations' });
    await scope.waitFor();
    // The sites are listed once the store has answered.
    const site = await until(async () => (await scope.locator('option').allTextContents()).find((t) => t.startsWith('127.0.0.1')), 'the site in the export choice');
    const kept = (await readDb(b)).annotations.filter((a) => !a.dismissed).length;
    assert.equal(site, `127.0.0.1 (${kept + 1})`, 'the site counts kept annotations and the page note, not the dismissed claim');
    // The Annotations view's search ("ISW maps") is the default scope: export everything instead.
    assert.equal(await scope.inputValue(), '\u0000search');
    await scope.selectOption('');
    const md = await download(lib, lib.getByRole('button', { name: 'Export Markdown' }));
    assert.match(md.text, /^# Claimlight export\n\nExported on \d{4}-\d{2}-\d{2}\./);
    assert.ok(md.text.includes('— **Volodymyr Zelensky** (corrected by you; Claimlight had Donald Trump)'), md.text);
    assert.ok(md.text.includes('**Page note:** Check the Kursk claim against the ISW maps'), 'the page note, labelled');
    const csv = await download(lib, lib.getByRole('button', { name: 'Export CSV' }));
    assert.ok(csv.text.includes('Volodymyr Zelensky,Donald Trump') || csv.text.includes('Volodymyr Zelensky'), 'the corrected speaker in CSV');
    assert.ok(csv.text.includes('page note,user,,,,Check the Kursk claim'), 'the page note as a row with no quote');
    const wa = await download(lib, lib.getByRole('button', { name: 'Export Web Annotations' }));
    const items = JSON.parse(wa.text).first.items;
    assert.ok(items.some((i) => i.body?.some((x) => x.value === 'Speaker: Volodymyr Zelensky')), 'the corrected speaker in Web Annotations');
    assert.ok(items.some((i) => typeof i.target === 'string' && i.body[0].value.startsWith('Check the Kursk')), 'the page note targets the page');
    for (const f of [md, csv, wa]) assert.equal(f.text.includes('500 square'), false, `the dismissed claim is not in ${f.name}`);
    const backup = await download(lib, lib.getByRole('button', { name: 'Export backup' }));
    const kept500 = JSON.parse(backup.text).annotations.find((a) => a.exact.includes('500 square'));
    assert.equal(kept500?.dismissed, true, 'the backup keeps the dismissal, so it stays dismissed after a restore');
    assert.ok(JSON.parse(backup.text).annotations.some((a) => a.speaker === 'Volodymyr Zelensky' && a.originalSpeaker === 'Donald Trump'));

    // The popup's own export: a title, the date, the corrected name, no dismissed claim.
    const exportButton = popup.getByRole('button', { name: 'Export this page (Markdown)' });
    await tabTo(popup, exportButton);
    const pmd = await download(popup, exportButton);
    assert.match(pmd.text, /^# Claimlight export\n\nExported on \d{4}-\d{2}-\d{2}\./);
    assert.ok(pmd.text.includes('Volodymyr Zelensky** (corrected by you'), 'the popup export has the corrected name');
    assert.equal(pmd.text.includes('500 square'), false);
  } finally {
    await b.context.close();
  }
});

for (const scheme of ['light', 'dark']) {
  test(`popup (${scheme}): a long page starts folded with the page note and export in view; the filter opens what matches; undo a dismissal`, async () => {
    const b = await launch({ colorScheme: scheme });
    try {
      const { article, tabId } = await openArticle(b);
      const popup = await openPopup(b, tabId);
      assert.equal(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), scheme === 'dark');
      const folds = popup.locator('.popup__fold');
      assert.ok((await folds.count()) >= 3);
      for (const f of await folds.all()) assert.equal(await f.getAttribute('aria-expanded'), 'false');
      for (const target of [popup.getByRole('textbox', { name: 'Note on this page' }), popup.getByRole('button', { name: 'Export this page (Markdown)' })]) {
        const box = await target.boundingBox();
        assert.ok(box && box.y + box.height <= 700, `in view without scrolling: ${JSON.stringify(box)}`);
      }
      // The legend, from the keyboard.
      const legend = popup.locator('summary', { hasText: 'What the marks mean' });
      await tabTo(popup, legend);
      await popup.keyboard.press('Enter');
      await popup.getByRole('list', { name: 'What the marks mean' }).waitFor();
      // Open Quotes from the keyboard: speakers and items.
      const quotes = popup.getByRole('button', { name: /^Quotes/ });
      await tabTo(popup, quotes);
      await popup.keyboard.press('Enter');
      assert.equal(await quotes.getAttribute('aria-expanded'), 'true');
      await popup.getByRole('heading', { name: 'Donald Trump', level: 3 }).waitFor();
      // Every reason is shown whole: "Why: " and the analysis's words, wrapped, never cut.
      const state = await tabState(b.worker, tabId);
      for (const r of await popup.locator('.cl-item__reason').all()) {
        const text = await r.textContent();
        assert.ok(state.items.some((i) => `Why: ${i.reason}` === text), `a whole reason: ${text}`);
        assert.equal(await r.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1), true, 'not clipped');
      }
      // The filter opens the sections with matches only.
      const filter = popup.getByRole('searchbox', { name: 'Filter this page’s items' });
      await tabTo(popup, filter, { back: true });
      await popup.keyboard.type('Peskov');
      await until(async () => (await popup.locator('article.cl-item').count()) === 1, 'one match');
      // Dismiss it and undo.
      const dismiss = popup.getByRole('button', { name: /^Dismiss “/ });
      await tabTo(popup, dismiss);
      await popup.keyboard.press('Enter');
      const undo = popup.getByRole('button', { name: 'Undo' });
      await undo.waitFor();
      await until(async () => !(await readMarks(article)).some((m) => m.speaker === 'Dmitry Peskov'), 'unpainted');
      await tabTo(popup, undo, { back: true });
      await popup.keyboard.press('Enter');
      await until(async () => (await readMarks(article)).some((m) => m.speaker === 'Dmitry Peskov'), 'painted again after undo');
      // Nothing is left of it: the undo forgot the dismissal.
      assert.equal((await readDb(b)).annotations.length, 0);
      assert.equal(await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), true, 'no sideways overflow');
    } finally {
      await b.context.close();
    }
  });
}

for (const scheme of ['light', 'dark']) {
  test(`Library (${scheme}): rows show everything, correct a name in the edit panel, restore a dismissed finding, delete leaves nothing behind`, async () => {
    const b = await launch({ colorScheme: scheme });
    try {
      const { article, tabId } = await openArticle(b);
      const state = await tabState(b.worker, tabId);
      const long = 'A long note to check that rows size to their content. '.repeat(8).trim();
      const keep = state.items.filter((i) => i.kind === 'quote' && i.speaker).slice(0, 3);
      for (const [n, item] of keep.entries()) await tabMessage(b.worker, tabId, { type: 'tab/update', id: item.id, patch: n === 0 ? { note: long } : { tags: ['kept'] } });
      const gone = state.items.find((i) => i.kind === 'claim');
      await tabMessage(b.worker, tabId, { type: 'tab/update', id: gone.id, patch: { dismissed: true } });

      const lib = await b.context.newPage();
      await lib.setViewportSize({ width: 1100, height: 800 });
      await lib.goto(b.extUrl('library.html'));
      await until(async () => (await lib.locator('.toolbar__count').textContent()) === '3 annotations', 'three kept, the dismissed one not counted');
      // Rows size to their content: the long note is there whole, nothing is clipped.
      await lib.locator('.cl-arow__note', { hasText: long }).waitFor();
      await until(
        async () => lib.locator('.cl-vrow').evaluateAll((rows) => rows.every((r) => r.scrollHeight <= r.getBoundingClientRect().height + 1 && r.firstElementChild.getBoundingClientRect().height <= r.getBoundingClientRect().height + 1)),
        'rows as tall as their content',
      );
      // The dismissed claim is in no site filter or count.
      const siteOptions = await lib.getByRole('combobox', { name: 'Site' }).locator('option').allTextContents();
      assert.deepEqual(siteOptions, ['All sites', '127.0.0.1 (3)']);

      // Correct a name from the edit panel, keyboard only.
      const row = lib.locator('.cl-arow', { hasText: keep[1].text.slice(0, 20) }).first();
      const edit = row.getByRole('button', { name: /^Edit/ });
      await tabTo(lib, edit);
      await lib.keyboard.press('Enter');
      const panel = lib.getByRole('complementary', { name: 'Edit annotation' });
      const change = panel.getByRole('button', { name: /^Change speaker of/ });
      await tabTo(lib, change);
      await lib.keyboard.press('Enter');
      const field = panel.getByRole('combobox', { name: 'Speaker' });
      await field.waitFor();
      await lib.keyboard.press('Control+A');
      await lib.keyboard.type('A. N. Other');
      await lib.keyboard.press('Escape'); // no suggestion open: cancels
      await change.waitFor();
      assert.equal((await readDb(b)).annotations.find((a) => a.exact.startsWith(keep[1].text.slice(0, 10)))?.speaker, keep[1].speaker, 'Esc saved nothing');
      await tabTo(lib, change);
      await lib.keyboard.press('Enter');
      await field.waitFor();
      await lib.keyboard.press('Control+A');
      await lib.keyboard.type('A. N. Other');
      await lib.keyboard.press('Enter');
      await panel.getByText(`Corrected by you · Claimlight said ${keep[1].speaker}`).waitFor();
      await until(async () => (await readMarks(article)).some((m) => m.speaker === 'A. N. Other'), 'the page follows the Library');

      // Restore the dismissed claim from the Dismissed list.
      await lib.goto(b.extUrl('library.html#dismissed'));
      const restore = lib.getByRole('button', { name: /^Restore “/ });
      await tabTo(lib, restore);
      await lib.keyboard.press('Enter');
      await lib.getByText(/^Restored “/).waitFor();
      await until(async () => (await readMarks(article)).some((m) => m.kind === 'claim' && gone.text.startsWith(m.text.slice(0, 30))), 'the claim painted again');

      // Delete everything shown: no annotation, no page record, no site left.
      await lib.goto(b.extUrl('library.html'));
      await until(async () => (await lib.locator('.toolbar__count').textContent()) === '4 annotations', 'four now');
      const all = lib.getByRole('checkbox', { name: 'Select all shown' });
      await tabTo(lib, all);
      await lib.keyboard.press('Space');
      const del = lib.getByRole('button', { name: 'Delete selected (4)' });
      await tabTo(lib, del);
      await lib.keyboard.press('Enter');
      await lib.getByText('No annotations match.').waitFor();
      const db = await readDb(b);
      assert.deepEqual([db.annotations.length, db.pages.length, db.readings.length], [0, 0, 0], 'nothing behind');
      assert.deepEqual(await lib.getByRole('combobox', { name: 'Site' }).locator('option').allTextContents(), ['All sites']);
      // Undo brings the annotations and their page back.
      await lib.getByRole('button', { name: 'Undo' }).press('Enter');
      await until(async () => (await lib.locator('.toolbar__count').textContent()) === '4 annotations', 'undone');
      assert.equal((await readDb(b)).pages.length, 1);
      assert.equal(await lib.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), true);
    } finally {
      await b.context.close();
    }
  });
}

test('reading memory: off by default nothing is stored; on, "everything read" spans what was read; wipe and off forget it (dark, keyboard)', async () => {
  const b = await launch({ colorScheme: 'dark' });
  try {
    const { article } = await openArticle(b);
    // Off (the default): reading the article stored nothing at all.
    let db = await readDb(b);
    assert.deepEqual([db.annotations.length, db.pages.length, db.readings.length, db.settings.length], [0, 0, 0, 0], 'nothing stored');

    const lib = await b.context.newPage();
    await lib.goto(b.extUrl('library.html#settings'));
    const memory = lib.getByRole('switch', { name: 'Remember what Claimlight finds on the pages I read' });
    assert.equal(await memory.isChecked(), false, 'off by default');
    await tabTo(lib, memory);
    await lib.keyboard.press('Space');
    await lib.getByText('Reading memory is on: articles you read from now on are remembered.').waitFor();
    await lib.getByRole('combobox', { name: 'Forget findings after' }).selectOption('90');
    await lib.getByText('Findings are kept for 90 days.').waitFor();

    await article.reload();
    await waitReady(article);
    await until(async () => (await readDb(b)).readings.length > 0, 'the article’s findings remembered');
    db = await readDb(b);
    assert.equal(db.annotations.length, 0, 'remembered findings are not annotations');
    assert.ok(db.readings.some((r) => r.kind === 'quote' && r.speaker === 'Donald Trump'));

    await lib.goto(b.extUrl('library.html#who'));
    await lib.getByText('No quotes yet: quotes you keep or annotate on articles appear here, by speaker.').waitFor();
    // A radio group: Tab reaches the checked one, an arrow key moves the choice.
    await tabTo(lib, lib.getByRole('radio', { name: 'Kept by me' }));
    await lib.keyboard.press('ArrowDown');
    assert.equal(await lib.getByRole('radio', { name: 'Everything read' }).isChecked(), true);
    const trump = lib.locator('section.speaker').filter({ has: lib.getByRole('heading', { name: /^Donald Trump/, level: 3 }) });
    await trump.locator('.cl-arow__remembered', { hasText: 'Read, not kept' }).first().waitFor();
    await lib.goto(b.extUrl('library.html#disputed'));
    await lib.getByRole('radio', { name: 'Everything read' }).check();
    await lib.locator('article.disputed', { hasText: 'Read, not kept' }).first().waitFor();

    // Wipe.
    await lib.goto(b.extUrl('library.html#settings'));
    const wipe = lib.getByRole('button', { name: 'Forget everything read' });
    await tabTo(lib, wipe);
    await lib.keyboard.press('Enter');
    await lib.getByText('0 findings remembered.').waitFor();
    assert.equal((await readDb(b)).readings.length, 0);
    // Read again, then turn it off: forgotten, and nothing more is stored.
    await article.reload();
    await waitReady(article);
    await until(async () => (await readDb(b)).readings.length > 0, 'remembered again');
    await tabTo(lib, memory, { back: true });
    await lib.keyboard.press('Space');
    await lib.getByText('Reading memory is off, and what it held is forgotten.').waitFor();
    await article.reload();
    await waitReady(article);
    db = await readDb(b);
    assert.deepEqual([db.annotations.length, db.pages.length, db.readings.length], [0, 0, 0], 'off: nothing stored');
  } finally {
    await b.context.close();
  }
});

test('Delete all my data offers a backup first, then leaves nothing (keyboard)', async () => {
  const b = await launch();
  try {
    const { article, tabId } = await openArticle(b);
    const state = await tabState(b.worker, tabId);
    const q = state.items.find((i) => i.kind === 'quote');
    await tabMessage(b.worker, tabId, { type: 'tab/update', id: q.id, patch: { note: 'mine' } });
    const lib = await b.context.newPage();
    await lib.goto(b.extUrl('library.html#settings'));
    // An alias, so settings hold something of the reader's too.
    await lib.getByRole('textbox', { name: 'When Claimlight names' }).fill('Mr Trump');
    await lib.getByRole('textbox', { name: 'read it as' }).fill('Donald Trump');
    await lib.getByRole('button', { name: 'Add alias' }).press('Enter');
    await lib.getByRole('list', { name: 'Your aliases' }).waitFor();

    const open = lib.getByRole('button', { name: 'Delete all my data…' });
    await tabTo(lib, open);
    await lib.keyboard.press('Enter');
    const dialog = lib.getByRole('dialog', { name: 'Delete all your Claimlight data?' });
    await dialog.waitFor();
    const backupButton = dialog.getByRole('button', { name: 'Download a backup first' });
    assert.equal(await backupButton.evaluate((el) => el === document.activeElement), true, 'the backup is offered first');
    const [d] = await Promise.all([lib.waitForEvent('download'), lib.keyboard.press('Enter')]);
    const backup = JSON.parse(fs.readFileSync(await d.path(), 'utf8'));
    assert.equal(backup.annotations.length, 1);
    assert.deepEqual(backup.settings.aliases, [{ from: 'Mr Trump', to: 'Donald Trump' }]);
    await dialog.getByText(/^Backup downloaded: claimlight-backup-/).waitFor();
    await tabTo(lib, dialog.getByRole('button', { name: 'Delete everything' }));
    await lib.keyboard.press('Enter');
    await lib.getByText('Everything was deleted from this browser.').waitFor();
    const db = await readDb(b);
    assert.deepEqual([db.annotations.length, db.pages.length, db.settings.length, db.readings.length], [0, 0, 0, 0]);
    await until(async () => !(await readMarks(article)).some((m) => m.saved), 'the page shows nothing saved');
    // And the backup brings it all back.
    await lib.goto(b.extUrl('library.html#export'));
    await lib.getByLabel('Import').setInputFiles({ name: d.suggestedFilename(), mimeType: 'application/json', buffer: fs.readFileSync(await d.path()) });
    // Its settings (the alias) differ from the defaults the reader has now: they come back only
    // if the reader says so.
    const choice = lib.getByRole('group', { name: `${d.suggestedFilename()} has settings of its own` });
    await choice.waitFor();
    assert.ok((await choice.locator('tbody tr').allInnerTexts()).some((r) => r.includes('Mr Trump → Donald Trump')), 'the alias is listed as a change');
    await tabTo(lib, choice.getByRole('button', { name: "Use the file's settings" }));
    await lib.keyboard.press('Enter');
    await lib.getByText(/^Imported 1 annotation/).waitFor();
    assert.deepEqual((await readDb(b)).settings[0].aliases, [{ from: 'Mr Trump', to: 'Donald Trump' }]);
  } finally {
    await b.context.close();
  }
});
