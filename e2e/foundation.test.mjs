// The first real path, in Chromium with the built extension: select words on the seed article,
// keep them as a highlight from the context menu, find them painted after a reload and after the
// browser restarts; the page's origin holds no Claimlight database; bad messages get error replies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, serve, waitReady, selectText, readMarks, menuAction, newProfileDir, SEED_DIR } from './harness.mjs';

let server;
before(async () => {
  server = await serve({ '/world/article.html': path.join(SEED_DIR, 'page.html') });
});
after(() => server.close());

const PHRASE = 'exchange 175 prisoners of war each on Wednesday';

test('highlight via the context menu survives a reload and a browser restart', async () => {
  const userDataDir = newProfileDir();
  const url = server.url('/world/article.html');
  let b = await launch({ userDataDir });
  try {
    const page = await b.context.newPage();
    await page.goto(url);
    await waitReady(page);
    await selectText(page, PHRASE, 'article');
    const reply = await menuAction(b.worker, url, 'highlight');
    assert.equal(reply.ok, true, JSON.stringify(reply));
    const mine = async (p) => (await readMarks(p)).filter((m) => m.kind === 'highlight');
    await page.waitForFunction(() => document.querySelector('mark[data-claimlight-kind="highlight"]'));
    assert.deepEqual((await mine(page)).map((m) => m.text), [PHRASE]);
    // Selection cleared after saving.
    assert.equal(await page.evaluate(() => getSelection().isCollapsed), true);

    await page.reload();
    await waitReady(page);
    await page.waitForFunction(() => document.querySelector('mark[data-claimlight-kind="highlight"]'));
    const afterReload = await mine(page);
    assert.equal(afterReload.length, 1);
    assert.equal(afterReload[0].text, PHRASE);
    assert.equal(afterReload[0].saved, true);
  } finally {
    await b.context.close();
  }
  // Same profile, new browser.
  b = await launch({ userDataDir });
  try {
    const page = await b.context.newPage();
    await page.goto(url);
    await waitReady(page);
    await page.waitForFunction(() => document.querySelector('mark[data-claimlight-kind="highlight"]'));
    const marks = (await readMarks(page)).filter((m) => m.kind === 'highlight');
    assert.deepEqual(marks.map((m) => m.text), [PHRASE]);
  } finally {
    await b.context.close();
  }
});

test('the page origin holds no Claimlight database; bad messages get error replies', async () => {
  const b = await launch();
  try {
    const page = await b.context.newPage();
    const url = server.url('/world/article.html');
    await page.goto(url);
    await waitReady(page);
    await selectText(page, 'Secretary of State Marco Rubio', 'article');
    assert.equal((await menuAction(b.worker, url, 'highlight')).ok, true);
    const dbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    assert.deepEqual(dbs.filter((n) => /claimlight/i.test(n ?? '')), [], `page origin databases: ${dbs}`);
    // The extension origin does hold it.
    const ext = await b.context.newPage();
    await ext.goto(b.extUrl('popup.html'));
    const extDbs = await ext.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    assert.ok(extDbs.some((n) => /claimlight/i.test(n ?? '')), `extension databases: ${extDbs}`);

    const replies = await ext.evaluate(async () => {
      const send = (m) => chrome.runtime.sendMessage(m);
      return Promise.all([
        send({ type: 'no/such/thing' }),
        send('just a string'),
        send({ type: 'annotation/create', canonical: null, annotation: { kind: 'banana', source: 'user', exact: 'x', selectors: [] } }),
        send({ type: 'annotation/update', canonical: null, id: 42, patch: {} }),
        send({ type: 'page/open', canonical: null, title: 'x', siteName: 'y' }), // valid shape, but not from a web page
        send({ type: 'store/changed', pageKeys: 'all' }), // an extension page's own message, malformed
      ]);
    });
    for (const r of replies) {
      assert.equal(r.ok, false, JSON.stringify(r));
      assert.equal(typeof r.error, 'string');
      assert.ok(r.error.length > 5);
    }
    assert.match(replies[0].error, /Unknown message type/);
    // An extension page speaks for no web page: a content script's messages are unknown from it.
    assert.match(replies[2].error, /Unknown message type "annotation\/create" from Claimlight's pages/);
    assert.match(replies[4].error, /Unknown message type "page\/open" from Claimlight's pages/);
    assert.match(replies[5].error, /Invalid "store\/changed" message: pageKeys: expected an array, got a string/);
    // The background is still alive and answering.
    const again = await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'nope' }));
    assert.equal(again.ok, false);
    await ext.close();
  } finally {
    await b.context.close();
  }
});
