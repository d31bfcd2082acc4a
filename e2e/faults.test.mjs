// No data lost when things go wrong, in Chromium with the built extension: two tabs writing the
// same note at once, the background service worker stopped in the middle of saves, the extension's
// storage quota exhausted, and the browser closed right after a keystroke in the popup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, serve, waitReady, selectText, readMarks, menuAction, findTabId, newProfileDir, SEED_DIR, until, CEILING } from './harness.mjs';

const PHRASE = 'exchange 175 prisoners of war each on Wednesday';

let server;
before(async () => {
  server = await serve({ '/world/article.html': path.join(SEED_DIR, 'page.html') });
});
after(() => server.close());

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

async function openArticle(b, url) {
  const page = await b.context.newPage();
  await page.goto(url);
  await waitReady(page);
  return page;
}

/**
 * An extension page to act from (it is not the service worker, so it survives the worker being
 * stopped). popup.html for a tab that does not exist renders its "no tab" message and stays idle.
 */
async function extensionPage(b) {
  const page = await b.context.newPage();
  await page.goto(b.extUrl('popup.html?tab=0'));
  return page;
}

/** Send a tab message from an extension page; a rejected send becomes { thrown }. */
function sendToTab(extPage, tabId, message) {
  return extPage.evaluate(
    ({ tabId, message }) => chrome.tabs.sendMessage(tabId, message).catch((e) => ({ thrown: String(e?.message ?? e) })),
    { tabId, message },
  );
}

async function tabState(extPage, tabId) {
  const r = await sendToTab(extPage, tabId, { type: 'tab/state' });
  assert.equal(r.ok, true, JSON.stringify(r));
  return r.data;
}

/** Every record in the extension's database, read with the raw IndexedDB API (no Dexie involved). */
async function readStore(extPage) {
  return extPage.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('claimlight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['annotations', 'pages', 'settings'], 'readonly');
          const out = {};
          for (const name of ['annotations', 'pages', 'settings']) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            out.annotations.sort((a, b) => (a.id < b.id ? -1 : 1));
            out.pages.sort((a, b) => (a.pageKey < b.pageKey ? -1 : 1));
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** What is wrong with a stored annotation record ('' when it is complete and well-typed). */
function recordProblem(a) {
  const str = (k) => (typeof a[k] === 'string' ? '' : `${k} is not a string; `);
  const strOrNull = (k) => (a[k] === null || typeof a[k] === 'string' ? '' : `${k} is not a string or null; `);
  const time = (k) => (Number.isSafeInteger(a[k]) && a[k] > 0 ? '' : `${k} is not a time; `);
  return [
    ...['id', 'pageKey', 'url', 'title', 'exact', 'note'].map(str),
    ...['color', 'speaker', 'disputedBy', 'claimant', 'reason'].map(strOrNull),
    time('createdAt'),
    time('updatedAt'),
    ['quote', 'disputed', 'claim', 'highlight'].includes(a.kind) ? '' : 'bad kind; ',
    ['auto', 'user'].includes(a.source) ? '' : 'bad source; ',
    typeof a.dismissed === 'boolean' ? '' : 'dismissed not boolean; ',
    Array.isArray(a.tags) && a.tags.every((t) => typeof t === 'string') ? '' : 'bad tags; ',
    Array.isArray(a.selectors) && a.selectors.length > 0 ? '' : 'no selectors; ',
    a.exact.trim() ? '' : 'empty exact; ',
    a.updatedAt >= a.createdAt ? '' : 'updated before created; ',
  ].join('');
}

/** Same words at the same place: one annotation, not two. */
const placeOf = (a) => `${a.exact}@${a.selectors.find((s) => s.type === 'TextPositionSelector')?.start}`;

function assertNoDuplicates(annotations) {
  const seen = new Map();
  for (const a of annotations) {
    const key = placeOf(a);
    assert.ok(!seen.has(key), `two annotations of the same words: ${seen.get(key)} and ${a.id} (${key.slice(0, 60)})`);
    seen.set(key, a.id);
  }
}

/** Highlight PHRASE in the tab showing `url` (as the context-menu item does); returns its id. */
async function highlightPhrase(b, page, url) {
  await selectText(page, PHRASE, 'article');
  const reply = await menuAction(b.worker, url, 'highlight');
  assert.equal(reply.ok, true, JSON.stringify(reply));
  assert.equal(reply.data.ok, true, JSON.stringify(reply));
  const mark = await until(async () => (await readMarks(page)).find((m) => m.kind === 'highlight' && m.saved), 'the saved highlight');
  return mark.id;
}

// ---------------------------------------------------------------------------------------------

test('two tabs writing notes to the same annotation at once: last write wins, no duplicates, both tabs agree', async () => {
  const b = await launch();
  try {
    const urlA = server.url('/world/article.html#tab-a');
    const urlB = server.url('/world/article.html#tab-b');
    const a = await openArticle(b, urlA);
    const bPage = await openArticle(b, urlB);
    const ext = await extensionPage(b);
    const [tabA, tabB] = [await findTabId(b.worker, urlA), await findTabId(b.worker, urlB)];
    const id = await highlightPhrase(b, a, urlA);
    // The other tab hears about it (the background pushes a refresh).
    await until(async () => (await tabState(ext, tabB)).items.some((i) => i.id === id), 'tab B to show the new highlight');

    const ROUNDS = 40;
    const notes = new Set();
    const sends = [];
    for (let i = 0; i < ROUNDS; i++) {
      for (const [tab, name] of [[tabA, 'A'], [tabB, 'B']]) {
        const note = `tab ${name}, write ${i}: “${'ü'.repeat(i % 7)}” ✓`;
        notes.add(note);
        sends.push(sendToTab(ext, tab, { type: 'tab/update', id, patch: { note } }));
      }
    }
    const replies = await Promise.all(sends);
    assert.deepEqual(replies.filter((r) => !r.ok), [], 'every write answered ok');

    const store = await readStore(ext);
    assert.equal(store.annotations.length, 1, `one annotation, got ${store.annotations.length}`);
    const [record] = store.annotations;
    assert.equal(record.id, id);
    assert.equal(recordProblem(record), '');
    assert.ok(notes.has(record.note), `the stored note is one of the written notes, intact: ${JSON.stringify(record.note)}`);

    // Both tabs settle on what the store holds, live and after a reload.
    const noteIn = async (tab) => (await tabState(ext, tab)).items.find((i) => i.id === id)?.note;
    await until(async () => (await noteIn(tabA)) === record.note && (await noteIn(tabB)) === record.note, 'both tabs to show the stored note');
    for (const page of [a, bPage]) {
      await page.reload();
      await waitReady(page);
    }
    assert.equal(await noteIn(tabA), record.note);
    assert.equal(await noteIn(tabB), record.note);
    const marks = async (page) => (await readMarks(page)).filter((m) => m.saved).map((m) => [m.id, m.kind, m.text]);
    assert.deepEqual(await marks(a), [[id, 'highlight', PHRASE]]);
    assert.deepEqual(await marks(bPage), await marks(a));
  } finally {
    await b.context.close();
  }
});

test('two tabs keeping the same auto-finding at once save it once', async () => {
  const b = await launch();
  try {
    const urlA = server.url('/world/article.html#tab-a');
    const urlB = server.url('/world/article.html#tab-b');
    await openArticle(b, urlA);
    await openArticle(b, urlB);
    const ext = await extensionPage(b);
    const [tabA, tabB] = [await findTabId(b.worker, urlA), await findTabId(b.worker, urlB)];
    const finding = (await tabState(ext, tabA)).items.find((i) => !i.saved && i.kind === 'claim');
    assert.ok(finding, 'the seed article has an unsaved claim');
    const replies = await Promise.all([
      sendToTab(ext, tabA, { type: 'tab/update', id: finding.id, patch: { note: 'from A' } }),
      sendToTab(ext, tabB, { type: 'tab/update', id: finding.id, patch: { note: 'from B' } }),
    ]);
    assert.ok(replies.every((r) => r.ok), JSON.stringify(replies));
    const store = await readStore(ext);
    assertNoDuplicates(store.annotations);
  } finally {
    await b.context.close();
  }
});

// ---------------------------------------------------------------------------------------------

test('the service worker stopped in the middle of saves: each save completes or errors; the store stays consistent', async (t) => {
  const b = await launch();
  try {
    const url = server.url('/world/article.html');
    const page = await openArticle(b, url);
    const ext = await extensionPage(b);
    const tabId = await findTabId(b.worker, url);
    const cdp = await b.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');

    // Streams of saves from an extension page, through the content script to the background: each
    // keeps one auto-finding (a create), then rewrites its note (updates), as the popup does.
    const STREAMS = 6;
    const WRITES = 25;
    const run = ext.evaluate(
      async ({ tabId, STREAMS, WRITES }) => {
        const state = await chrome.tabs.sendMessage(tabId, { type: 'tab/state' });
        const picks = state.data.items.filter((i) => !i.saved).slice(0, STREAMS);
        const log = [];
        await Promise.all(
          picks.map(async (item, s) => {
            let id = item.id;
            for (let k = 0; k < WRITES; k++) {
              const note = `stream ${s} write ${k}`;
              const r = await chrome.tabs
                .sendMessage(tabId, { type: 'tab/update', id, patch: { note } })
                .catch((e) => ({ thrown: String(e?.message ?? e) }));
              log.push({ s, k, note, exact: item.text, sent: id, ok: r.ok === true, error: r.error, thrown: r.thrown, id: r.data?.item?.id, savedId: r.data?.id });
              if (r.ok && r.data.item) id = r.data.item.id;
            }
          }),
        );
        return { log, streams: picks.length };
      },
      { tabId, STREAMS, WRITES },
    );
    let finished = false;
    void run.finally(() => (finished = true)).catch(() => undefined);
    // Stop the worker over and over while the saves run (at most MAX_STOPS times: then the rest of
    // the saves run against a worker left alone, and every one of them must still be answered).
    const MAX_STOPS = 150;
    let stops = 0;
    while (!finished && stops < MAX_STOPS) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      stops++;
      await pause(40 + Math.random() * 80);
    }
    const { log, streams } = await until(async () => (finished ? run : null), 'every save to be answered once the worker is left alone', CEILING);
    const failed = log.filter((e) => !e.ok);
    t.diagnostic(`${stops} worker stops, ${log.length} saves, ${log.length - failed.length} ok, ${failed.length} errors, ${log.filter((e) => e.ok && !e.savedId).length} ok without a saved id`);
    assert.equal(streams, STREAMS, 'enough auto-findings on the seed article');
    assert.ok(stops >= 5, `the worker was stopped repeatedly (${stops})`);

    // The content script always answers: an error reply, never a dropped message.
    assert.deepEqual(log.filter((e) => e.thrown), [], 'no save went unanswered');
    for (const e of failed) assert.equal(typeof e.error, 'string', JSON.stringify(e));
    // An answer without an error is a save: it names the record it saved.
    assert.deepEqual(log.filter((e) => e.ok && !e.savedId), [], 'every acknowledged save names its record');

    // The worker starts again on the next message.
    const probe = log.find((e) => e.ok && e.id);
    assert.ok(probe, 'at least one save went through');
    const again = await sendToTab(ext, tabId, { type: 'tab/update', id: probe.id, patch: { note: `stream ${probe.s} write ${WRITES}` } });
    assert.equal(again.ok, true, JSON.stringify(again));
    log.push({ ...probe, k: WRITES, note: `stream ${probe.s} write ${WRITES}`, ok: true, savedId: again.data.id });

    // Consistent store: complete records only; every acknowledged write is there or overwritten
    // by a later write of the same stream (one whose reply was lost may still have landed).
    const store = await readStore(ext);
    // What a failure needs to explain itself: the stream's replies and every stored record.
    const explain = (s) =>
      [
        `replies: ${JSON.stringify(log.filter((e) => e.s === s).map(({ k, sent, ok, id, savedId, error }) => ({ k, sent, ok, id, savedId, error: error?.slice(0, 60) })))}`,
        `exact: ${JSON.stringify(log.find((e) => e.s === s)?.exact)}`,
        `records: ${JSON.stringify(store.annotations.map((a) => ({ id: a.id, exact: a.exact, note: a.note })))}`,
      ].join('\n');
    for (const a of store.annotations) assert.equal(recordProblem(a), '', JSON.stringify(a));
    for (let s = 0; s < STREAMS; s++) {
      const mine = log.filter((e) => e.s === s);
      const records = store.annotations.filter((a) => a.exact.replace(/\s+/g, ' ') === mine[0].exact.replace(/\s+/g, ' '));
      const lastOk = mine.filter((e) => e.ok).at(-1);
      if (!lastOk) continue;
      assert.ok(records.length >= 1, `stream ${s}: its acknowledged save is in the store\n${explain(s)}`);
      // Nothing here deletes: the record the last acknowledged save named is there, with the stream's words.
      const acked = store.annotations.find((a) => a.id === lastOk.savedId);
      assert.ok(acked && records.includes(acked), `stream ${s}: the acknowledged record ${lastOk.savedId} is stored with the stream's words\n${explain(s)}`);
      const written = records.map((r) => Number(/write (\d+)$/.exec(r.note)?.[1] ?? -1));
      assert.ok(Math.max(...written) >= lastOk.k, `stream ${s}: stored note (${written}) is not older than the last acknowledged one (${lastOk.k})\n${explain(s)}`);
    }

    // Reload: exactly the stored annotations are painted as saved, nothing else.
    await page.reload();
    await waitReady(page);
    const stored = store.annotations.filter((a) => !a.dismissed).map((a) => a.id).sort();
    const painted = [...new Set((await readMarks(page)).filter((m) => m.saved).map((m) => m.id))].sort();
    assert.deepEqual(painted, stored);

    await t.test('no duplicate records of one finding', () => {
      assertNoDuplicates(store.annotations);
    });
    await t.test('the caller gets a clear message', () => {
      for (const e of failed) assert.match(e.error, /Claimlight/, e.error);
    });
  } finally {
    await b.context.close();
  }
});

// ---------------------------------------------------------------------------------------------

test('storage quota exhausted: the popup says storage is full, nothing changes, and it saves once there is room', async () => {
  const b = await launch();
  try {
    // A small quota for the extension before it opens its database. (Chromium hands out space in
    // allotments it trusts for 30 s, so lowering the quota of a database already writing has no
    // effect until then.) There is room for a highlight (the first writes of a new database take a few hundred kB), not for a very long note.
    const origin = `chrome-extension://${b.extensionId}`;
    const blank = await b.context.newPage();
    const cdp = await b.context.newCDPSession(blank);
    const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 1024 * 1024 });

    const url = server.url('/world/article.html');
    const page = await openArticle(b, url);
    const id = await highlightPhrase(b, page, url);
    const tabId = await findTabId(b.worker, url);
    const popup = await b.context.newPage();
    await popup.goto(b.extUrl(`popup.html?tab=${tabId}`));
    await popup.getByRole('button', { name: /^Your highlights/ }).click(); // a long page starts folded
    const card = popup.locator('article.cl-item--highlight', { hasText: PHRASE });
    await card.getByRole('button', { name: 'Add note' }).click();
    const box = card.getByRole('textbox');
    const before = await readStore(popup);

    // A note far larger than the room left (6 M characters of text that does not compress away:
    // with 1.5 M, a loaded machine once saved it anyway — the margin was too thin).
    const big = await popup.evaluate(() => {
      let x = 12345;
      let s = '';
      for (let i = 0; i < 6_000_000; i++) {
        x = (x * 1103515245 + 12345) % 2147483648;
        s += 'abcdefghijklmnopqrstuvwxyz '[x % 27];
      }
      return s;
    });
    await box.fill(big);
    const status = card.getByRole('status');
    let shown = '';
    await until(async () => {
      shown = (await status.textContent()) ?? '';
      return /^Not saved: Browser storage is full: could not update the annotation\. Free some disk space/.test(shown);
    }, 'the quota message in the popup').catch((e) => {
      throw new Error(`${e.message}; the popup said: ${JSON.stringify(shown.slice(0, 300))}`);
    });
    assert.deepEqual(await readStore(popup), before, 'nothing changed in the store');
    assert.equal(await box.inputValue(), big, 'the typed note stays in the editor');

    // Room again: the next keystroke saves everything.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await box.press('End');
    await box.pressSequentially('!');
    await until(async () => (await readStore(popup)).annotations.find((a) => a.id === id)?.note === `${big}!`, 'the note saved after room was made');
    await until(async () => (await status.textContent()) === 'Saved', 'the popup to say Saved');
  } finally {
    await b.context.close();
  }
});

// ---------------------------------------------------------------------------------------------

test('the browser closed right after typing in the popup: every typed character is kept', async () => {
  const userDataDir = newProfileDir();
  const url = server.url('/world/article.html');
  const TYPED = 'Every key counts';
  let b = await launch({ userDataDir });
  let id;
  try {
    const page = await openArticle(b, url);
    id = await highlightPhrase(b, page, url);
    const tabId = await findTabId(b.worker, url);
    const popup = await b.context.newPage();
    await popup.goto(b.extUrl(`popup.html?tab=${tabId}`));
    await popup.getByRole('button', { name: /^Your highlights/ }).click(); // a long page starts folded
    const card = popup.locator('article.cl-item--highlight', { hasText: PHRASE });
    await card.getByRole('button', { name: 'Add note' }).click();
    await card.getByRole('textbox').pressSequentially(TYPED, { delay: 0 });
  } finally {
    await b.context.close(); // at once: no waiting for the save
  }
  b = await launch({ userDataDir });
  try {
    const ext = await extensionPage(b);
    const record = (await readStore(ext)).annotations.find((a) => a.id === id);
    assert.equal(record?.note, TYPED);
  } finally {
    await b.context.close();
  }
});
