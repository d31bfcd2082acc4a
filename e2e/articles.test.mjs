// Finding the article on pages built like the real ones the extraction benchmark missed (issue #17):
// each article page is recognised and painted (html[data-claimlight=ready], marks inside the story)
// and its clutter is left untouched; each non-article page gets no automatic marks at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, waitReady, findTabId, ROOT } from './harness.mjs';

const DIR = path.join(ROOT, 'e2e/fixtures/articles');
let server;
let b;
before(async () => {
  const routes = {};
  for (const f of fs.readdirSync(DIR)) routes[`/${f}`] = path.join(DIR, f);
  server = await serve(routes);
  b = await launch();
});
after(async () => {
  await b?.context.close();
  await server?.close();
});

/** Opens a fixture, waits until Claimlight is done, and reads what it decided and painted. */
async function visit(file, { body, clutter = [] } = {}) {
  const page = await b.context.newPage();
  const url = server.url(`/${file}`);
  await page.goto(url);
  await waitReady(page, 30000);
  const tabId = await findTabId(b.worker, url);
  const state = (await b.worker.evaluate((tabId) => chrome.tabs.sendMessage(tabId, { type: 'tab/state' }), tabId)).data;
  const marks = await page.evaluate(({ body, clutter }) => {
    const all = [...document.querySelectorAll('mark[data-claimlight-id]')];
    return {
      total: all.length,
      inBody: body ? all.filter((m) => m.closest(body)).length : 0,
      inClutter: clutter.map((sel) => ({ sel, n: all.filter((m) => m.closest(sel)).length })),
      texts: all.map((m) => m.textContent),
    };
  }, { body, clutter });
  await page.close();
  return { state, marks };
}

function assertArticle({ state, marks }, what) {
  assert.equal(state.isArticle, true, `${what}: recognised as an article`);
  assert.ok(marks.inBody > 0, `${what}: marks inside the story body (${marks.total} marks on the page)`);
  for (const { sel, n } of marks.inClutter) assert.equal(n, 0, `${what}: no mark inside ${sel}`);
}

test('an article wrapper whose class reads as clutter (l-sidebar-fixed) is found and painted; the real sidebar is not', async () => {
  const r = await visit('sidebar-wrapper.html', { body: '.c-entry-content', clutter: ['.c-sidebar', 'header', 'footer'] });
  assertArticle(r, 'l-sidebar-fixed');
});

test('a page wrapped in a <form> (ASP.NET style) is an article', async () => {
  const r = await visit('form-page.html', { body: '.newsbody', clutter: ['.search-box', 'footer'] });
  assertArticle(r, 'form page');
});

test('a <form> wrapping the whole page, site headline list included, is still read as the article', async () => {
  const r = await visit('form-page-headlines.html', { body: '.zoom', clutter: ['.top-stories', '.search-box'] });
  assertArticle(r, 'form page with headlines');
  for (const t of r.marks.texts) assert.doesNotMatch(t, /Teaser quote|Teaser Person/, `teaser painted: ${t}`);
});

test('a short story with a related-headlines box between its paragraphs is an article; the box stays unpainted', async () => {
  const r = await visit('short-story-related-box.html', { body: '.text', clutter: ['.inline-box'] });
  assertArticle(r, 'short story with related box');
  for (const t of r.marks.texts) assert.doesNotMatch(t, /Teaser quote|Teaser Person/, `teaser painted: ${t}`);
});

test('a Chinese story of ordinary length with no metadata is recognised (CJK characters weigh as words)', async () => {
  const { state } = await visit('cjk-story.html');
  assert.equal(state.isArticle, true, 'Chinese story: recognised as an article');
});

test('related-story headlines inside the article root do not make it a listing; the teasers stay unpainted', async () => {
  const r = await visit('related-headlines.html', { body: '.story-body', clutter: ['#also'] });
  assertArticle(r, 'related headlines');
  for (const t of r.marks.texts) assert.doesNotMatch(t, /Teaser quote|Teaser Person/, `teaser painted: ${t}`);
});

test('paragraphs split by <br> in one <div>, no <p> and no metadata, are an article', async () => {
  const r = await visit('br-paragraphs.html', { body: '.story-text' });
  assertArticle(r, '<br> paragraphs');
});

test('paragraphs as <div>s with no <p>, no <article> and no metadata are an article', async () => {
  const r = await visit('div-paragraphs.html', { body: '.text', clutter: ['.col-right'] });
  assertArticle(r, '<div> paragraphs');
});

test('a short real post wins over a heavier related-posts <article> of teasers', async () => {
  const r = await visit('related-posts-article.html', { body: '.entry-content', clutter: ['.relatedposts'] });
  assertArticle(r, 'related posts');
});

test('ticker, rating box, donation appeal, tag list and "More news" inside the story are left alone', async () => {
  const r = await visit('clutter-in-story.html', { body: '.story', clutter: ['.breaking-news', '.review-box', 'p.note', '.tags', 'ul'] });
  assertArticle(r, 'clutter in story');
  for (const t of r.marks.texts) assert.doesNotMatch(t, /Ticker quote|A bridge too far|donation|More news quote/, `clutter painted: ${t}`);
});

test('an embedded tweet is kept as text of the story: its quote is painted', async () => {
  const r = await visit('embedded-quote.html', { body: '.story', clutter: ['figcaption'] });
  assertArticle(r, 'embedded tweet');
  const inTweet = await (async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('/embedded-quote.html'));
    await waitReady(page, 30000);
    const n = await page.evaluate(() => document.querySelectorAll('blockquote.twitter-tweet mark[data-claimlight-id]').length);
    await page.close();
    return n;
  })();
  assert.ok(inTweet > 0, 'a mark inside the embedded tweet');
});

for (const [file, kind] of [
  ['home-page.html', 'home page'],
  ['about-page.html', "CMS's static page (og:type article on an \"About\" page)"],
  ['tag-page.html', 'tag page'],
  ['search-results.html', 'search results'],
  ['scores-table.html', 'scores table'],
  ['forum-thread.html', 'forum thread'],
  ['product-page.html', 'product page'],
  ['gallery.html', 'gallery'],
]) {
  test(`a ${kind} gets no automatic marks`, async () => {
    const { state, marks } = await visit(file);
    assert.equal(state.isArticle, false, `${kind}: not an article`);
    assert.equal(marks.total, 0, `${kind}: no marks (${marks.texts.join(' | ')})`);
  });
}
