// In-page reading on living pages: painting switched off and on per kind and globally restores the
// page exactly; saved highlights re-anchor after the page was edited between visits (or become
// orphans, never wrong words); late articles and single-page-app navigation get analysed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, waitReady, selectText, readMarks, menuAction, findTabId, SEED_DIR, ROOT } from './harness.mjs';

const SEED = fs.readFileSync(path.join(SEED_DIR, 'page.html'), 'utf8');
let server;
let b;
before(async () => {
  server = await serve({
    '/seed.html': path.join(SEED_DIR, 'page.html'),
    '/late.html': path.join(ROOT, 'e2e/fixtures/late-article.html'),
    '/story/1': path.join(ROOT, 'e2e/fixtures/spa.html'),
  });
  b = await launch();
});
after(async () => {
  await b?.context.close();
  await server?.close();
});

async function tabCall(pageUrl, message) {
  const tabId = await findTabId(b.worker, pageUrl);
  return b.worker.evaluate(({ tabId, message }) => chrome.tabs.sendMessage(tabId, message), { tabId, message });
}

test('switching painting off restores the article exactly; per kind and globally', async () => {
  const page = await b.context.newPage();
  // Capture the article as the page built it, before the content script (document_idle) runs.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__original = document.querySelector('article').innerHTML;
    });
  });
  const url = server.url('/seed.html');
  await page.goto(url);
  await waitReady(page);
  const kinds = async () => new Set((await readMarks(page)).map((m) => m.kind));
  assert.deepEqual([...(await kinds())].sort(), ['claim', 'disputed', 'quote']);

  let r = await tabCall(url, { type: 'tab/visibility', kind: 'quote', visible: false });
  assert.equal(r.ok, true);
  assert.deepEqual([...(await kinds())].sort(), ['claim', 'disputed']);
  assert.equal(r.data.visible.quote, false);

  r = await tabCall(url, { type: 'tab/visibility', kind: 'all', visible: false });
  assert.equal(await page.evaluate(() => document.querySelectorAll('mark').length), 0);
  const same = await page.evaluate(() => document.querySelector('article').innerHTML === window.__original);
  assert.equal(same, true, 'article.innerHTML identical to the page before Claimlight touched it');

  await tabCall(url, { type: 'tab/visibility', kind: 'all', visible: true });
  assert.deepEqual([...(await kinds())].sort(), ['claim', 'disputed', 'quote']);
  // A quote inside a disputed sentence keeps both visible.
  const nested = await page.evaluate(() => !!document.querySelector('mark[data-claimlight-kind="disputed"] mark[data-claimlight-kind="quote"]'));
  assert.equal(nested, true);
  await page.close();
});

test('a page edited between visits: highlights re-anchor on the right words or become orphans', async () => {
  const url = server.url('/edited.html');
  server.setRoute('/edited.html', { body: SEED });
  const page = await b.context.newPage();
  await page.goto(url);
  await waitReady(page);
  const phrases = [
    'exchange 175 prisoners of war each on Wednesday', // its paragraph gets new text above it and new words nearby
    'a reference to the federal investigation into Russian interference', // will be rewrapped into other elements
    'That bold land grab by Russia set the stage', // its sentence is deleted
  ];
  for (const p of phrases) {
    await selectText(page, p, 'article');
    const reply = await menuAction(b.worker, url, 'highlight');
    assert.equal(reply.ok, true);
  }
  await page.waitForFunction((n) => new Set([...document.querySelectorAll('mark[data-claimlight-kind="highlight"]')].map((m) => m.dataset.claimlightId)).size === n, phrases.length);

  // The newsroom edits the article: paragraphs inserted above, words changed near the first
  // phrase, the second re-wrapped into <em>/<a>, the third's sentence removed, an ad injected.
  const edited = SEED.replace('<p>US President Donald Trump', '<p>Breaking: this story has been updated with new reporting throughout.</p>\n<div class="ad-slot"><p>Advertisement</p></div>\n<p>US President Donald Trump')
    .replace('Mr Putin also told Mr Trump that Russia', 'Mr Putin also told the US president on the phone that Russia')
    .replace('a reference to the federal investigation into Russian interference', 'a reference to <em>the federal investigation</em> into <a href="/x">Russian interference</a>')
    .replace('<p>That bold land grab by Russia set the stage for Russia to invade its neighbour in 2022.</p>', '');
  server.setRoute('/edited.html', { body: edited });
  await page.reload();
  await waitReady(page);
  const marks = (await readMarks(page)).filter((m) => m.kind === 'highlight');
  const texts = marks.map((m) => m.text).sort();
  assert.deepEqual(texts, [phrases[1], phrases[0]].sort(), 'the two surviving phrases, on exactly their words');
  const state = await tabCall(url, { type: 'tab/state' });
  const orphans = state.data.items.filter((i) => i.orphan);
  assert.equal(orphans.length, 1);
  assert.equal(orphans[0].text, phrases[2]);
  await page.close();
});

test('an article injected after load is analysed and painted', async () => {
  const page = await b.context.newPage();
  await page.goto(server.url('/late.html'));
  await waitReady(page);
  await page.waitForSelector('mark[data-claimlight-kind="quote"]');
  const marks = await readMarks(page);
  const quote = marks.find((m) => m.kind === 'quote');
  assert.match(quote.text, /This scheme will protect more than 1,200 homes/);
  assert.equal(quote.speaker, 'Maria Lopez');
  assert.ok(marks.some((m) => m.kind === 'disputed' && /Tom Reed/.test(m.disputedBy ?? '')), JSON.stringify(marks));
  assert.ok(!marks.some((m) => /Home|World|Loading/.test(m.text) && m.text.length < 10));
  await page.close();
});

test('single-page-app navigation starts a new page session', async () => {
  const page = await b.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url('/story/1'));
  await waitReady(page);
  await page.waitForSelector('mark[data-claimlight-kind="quote"]');
  assert.ok((await readMarks(page)).some((m) => m.speaker === 'Anna Green'));
  await page.click('#next');
  await page.waitForFunction(() => [...document.querySelectorAll('mark[data-claimlight-kind="quote"]')].some((m) => m.dataset.claimlightSpeaker === 'James Hart'));
  const marks = await readMarks(page);
  assert.ok(!marks.some((m) => m.speaker === 'Anna Green'), 'old story marks are gone');
  assert.ok(marks.some((m) => m.kind === 'claim' && /7\.4 million/.test(m.text)));
  const state = await tabCall(server.url('/story/2'), { type: 'tab/state' });
  assert.equal(state.data.url, server.url('/story/2'));
  assert.deepEqual(errors, []);
  await page.close();
});
