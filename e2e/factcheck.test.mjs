// Fact-check memory end to end (issue 16): ClaimReviews are collected from a fact-check page (JSON-LD
// @graph and arrays, microdata), the seed article's Kursk claim is matched and shown in the popup and
// the card, an unrelated review attaches to nothing, nothing about it reaches the article page, a
// wrong match is unlinked (and linked again), exports carry it, ClaimReview files import, and a
// hostile ClaimReview page is read without error, never executed, its sizes capped.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, waitReady, SEED_DIR, findTabId, until, tabMessage, inPageUi } from './harness.mjs';

let server;
let b;
const requests = [];
const ORG = 'Example Fact Check';
const LINE = `Fact-checked by ${ORG}: False (14 March 2025)`;

function factCheckPage(origin) {
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': '#org', name: ORG, url: `${origin}/` },
      {
        '@type': 'ClaimReview',
        url: `${origin}/factcheck/kursk.html`,
        claimReviewed: 'Russian forces have encircled Ukrainian troops in the Kursk region.',
        author: { '@id': '#org' },
        datePublished: '2025-03-14',
        reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
        itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Donald Trump' }, datePublished: '2025-03-13' },
      },
    ],
  };
  const unrelated = [
    {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${origin}/factcheck/kursk.html#turbines`,
      claimReviewed: 'Wind turbines kill more birds than any other human activity.',
      author: { '@type': 'Organization', name: ORG },
      datePublished: '2025-03-01',
      reviewRating: { '@type': 'Rating', alternateName: 'Mostly False' },
    },
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fact check: Kursk</title>
<script type="application/ld+json">${JSON.stringify(graph)}</script>
<script type="application/ld+json">${JSON.stringify(unrelated)}</script></head>
<body><main><article><h1>Are Ukrainian soldiers cut off in Russia?</h1>
<p>Claims spread this week about the situation of the Ukrainian army across the border. We looked at satellite images, statements and maps published by both sides over the past ten days.</p>
<p>Military analysts we spoke to said the maps show a narrowing supply corridor, but no evidence of a complete cut-off of the units stationed there.</p>
<p>Our verdict: the claim is not supported by the available evidence, which shows the units withdrawing in order.</p>
<div itemscope itemtype="https://schema.org/ClaimReview"><meta itemprop="claimReviewed" content="The 1969 Moon landing was staged in a studio.">
<link itemprop="url" href="/factcheck/kursk.html#moon"><span itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">${ORG}</span></span>
<span itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><span itemprop="alternateName">Pants on Fire</span></span>
<time itemprop="datePublished" datetime="2025-02-20">20 February</time></div>
</article></main></body></html>`;
}

function hostilePage(origin) {
  const huge = JSON.stringify({ '@type': 'ClaimReview', claimReviewed: 'x'.repeat(300_000), reviewRating: { alternateName: 'False' } });
  const scripty = {
    '@type': 'ClaimReview',
    url: `${origin}/hostile.html#1`,
    claimReviewed: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>Hostile claim about tides',
    author: { name: '<b onmouseover="window.__pwned=3">Tide Checkers</b>' },
    reviewRating: { alternateName: '<script>window.__pwned=4</script>False' },
  };
  const foreign = { '@type': 'ClaimReview', url: 'https://www.politifact.com/factchecks/made-up/', claimReviewed: 'Foreign claim planted by a hostile page.', author: { name: 'PolitiFact' }, reviewRating: { alternateName: 'True' } };
  const jsUrl = { '@type': 'ClaimReview', url: 'javascript:alert(1)', claimReviewed: 'A claim with a script address.', reviewRating: { alternateName: 'False' } };
  const deep = (n) => (n ? { '@type': 'Thing', child: deep(n - 1) } : { '@type': 'ClaimReview', claimReviewed: 'Too deep to read.', reviewRating: { alternateName: 'False' } });
  return `<!doctype html><html><head><title>Hostile</title>
<script type="application/ld+json">${huge}</script>
<script type="application/ld+json">{"@type":"ClaimReview", "claimReviewed": "broken json, </script>
<script type="application/ld+json">${JSON.stringify([scripty, foreign, jsUrl, deep(40)]).replace(/</g, '\\u003c')}</script>
<script>window.__pageErrors = []; addEventListener('error', (e) => window.__pageErrors.push(String(e.message)));</script>
</head><body><main><article><h1>Hostile markup</h1><p>${'Tides are caused by the Moon. '.repeat(20)}</p><p>${'More text about tides. '.repeat(20)}</p><p>${'And yet more. '.repeat(20)}</p>
<div itemscope itemtype="https://schema.org/ClaimReview">${'<div itemprop="x" itemscope itemtype="https://schema.org/Thing">'.repeat(30)}${'</div>'.repeat(30)}<span itemprop="claimReviewed">Microdata claim without a rating.</span></div>
</article></main></body></html>`;
}

before(async () => {
  server = await serve({ '/world/article.html': path.join(SEED_DIR, 'page.html') });
  server.setRoute('/factcheck/kursk.html', { body: () => factCheckPage(server.origin) });
  server.setRoute('/hostile.html', { body: () => hostilePage(server.origin) });
  b = await launch();
  b.context.on('request', (r) => requests.push(r.url()));
});
after(async () => {
  await b?.context.close();
  server.close();
});

async function library(route = 'factchecks') {
  const lib = await b.context.newPage();
  await lib.goto(b.extUrl(`library.html#${route}`));
  await lib.getByRole('heading', { level: 1 }).first().waitFor();
  return lib;
}

async function openPopup(url) {
  const tabId = await findTabId(b.worker, url);
  assert.ok(tabId, 'article tab found');
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 380, height: 800 });
  await popup.goto(b.extUrl(`popup.html?tab=${tabId}`));
  await popup.getByRole('heading', { name: 'Claimlight', level: 1 }).waitFor();
  // A long page starts with its sections folded: open them all, as a reader looking for a fact-check would.
  const folded = popup.locator('button.popup__fold[aria-expanded="false"]');
  await popup.locator('button.popup__fold').first().waitFor();
  while ((await folded.count()) > 0) await folded.first().click();
  return { popup, tabId };
}

const articleUrl = () => server.hostUrl('/world/article.html');

test('collect: JSON-LD @graph and arrays and microdata of a fact-check page are kept, with where they were seen', async () => {
  const fc = await b.context.newPage();
  await fc.goto(server.url('/factcheck/kursk.html'));
  await waitReady(fc);
  const lib = await library();
  const list = lib.getByRole('list', { name: 'Kept fact-checks' });
  await until(async () => (await list.getByRole('heading', { level: 3 }).count()) === 3, 'three kept reviews');
  const text = await list.textContent();
  assert.ok(text.includes(LINE), text);
  assert.ok(text.includes(`Fact-checked by ${ORG}: Mostly False (1 March 2025)`));
  assert.ok(text.includes(`Fact-checked by ${ORG}: Pants on Fire (20 February 2025)`), 'the microdata review');
  assert.ok(text.includes('Seen on 127.0.0.1'));
  await lib.close();
  await fc.close();
});

test('match (the issue\'s "done when"): the popup names the fact-checker and the rating; the unrelated review attaches to nothing; the page learns nothing', async () => {
  const article = await b.context.newPage();
  const errors = [];
  article.on('pageerror', (e) => errors.push(e.message));
  await article.goto(articleUrl());
  await waitReady(article);
  const { popup, tabId } = await openPopup(articleUrl());
  const lines = popup.locator('.cl-factcheck');
  await until(async () => (await lines.count()) > 0, 'a fact-check line in the popup');
  const shown = await lines.allTextContents();
  assert.ok(shown.every((t) => t.includes(LINE)), shown.join(' | '));
  assert.ok(!shown.some((t) => /Mostly False|Pants on Fire/.test(t)), 'the unrelated reviews attach to nothing');
  const link = lines.first().getByRole('link');
  assert.equal(await link.getAttribute('href'), server.url('/factcheck/kursk.html'));
  // Which items: the Kursk ones.
  const state = await tabMessage(b.worker, tabId, { type: 'tab/state' });
  const kursk = state.items.filter((i) => /Kursk/.test(i.text) && /surrounded|encircled/.test(i.text));
  assert.ok(kursk.length >= 1, 'the seed article makes the claim');
  const itemTexts = await popup.locator('article.cl-item', { has: popup.locator('.cl-factcheck') }).allTextContents();
  assert.ok(itemTexts.every((t) => /Kursk/.test(t)), itemTexts.join(' | '));

  // The Library lists the review with the article where its claim was met.
  const lib = await library();
  const row = lib.locator('article.factcheck', { hasText: 'Mostly False' });
  await row.getByText('Not met on any page you read yet.').waitFor();
  const kurskRow = lib.locator('article.factcheck', { hasText: LINE });
  await kurskRow.getByRole('link', { name: /Trump and Putin seek ceasefire/ }).first().waitFor();
  await lib.close();

  // The card: one slot of one height, the words only as generated content in our closed root.
  const ui = inPageUi(article);
  const target = kursk[0];
  await article.locator(`mark[data-claimlight-id="${target.id}"]`).first().hover();
  await ui.waitFor('[role="dialog"]');
  const label = await until(
    () => ui.evaluate((root) => root.querySelector('.cl-card__factcheck .cl-factcheck__text')?.getAttribute('aria-label') ?? null),
    'the card\'s fact-check line',
  );
  assert.equal(label, LINE);
  const matchedHeight = await ui.evaluate((root) => root.querySelector('.cl-card__factcheck').getBoundingClientRect().height);
  const other = state.items.find((i) => i.kind === 'claim' && !/Kursk/.test(i.text));
  await article.mouse.move(0, 0);
  await ui.evaluate((root) => new Promise((r) => { const t = setInterval(() => { if (!root.querySelector('[role="dialog"]')) { clearInterval(t); r(true); } }, 50); }));
  await article.locator(`mark[data-claimlight-id="${other.id}"]`).first().hover();
  const none = await until(() => ui.evaluate((root) => root.querySelector('.cl-card__factcheck--none [aria-label]')?.getAttribute('aria-label') ?? null), 'an unmatched card');
  assert.equal(none, 'No fact-check kept for these words.');
  assert.equal(await ui.evaluate((root) => root.querySelector('.cl-card__factcheck').getBoundingClientRect().height), matchedHeight, 'same slot height with and without a match');

  // Nothing about the match in the page's DOM: no text, attribute or class; window.find() cannot see the card's words.
  const dom = await article.evaluate((org) => ({
    html: document.documentElement.outerHTML,
    found: window.find('Fact-checked by') || window.find(org) || window.find('No fact-check kept'),
    attrs: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`)).filter((a) => /fact|review/i.test(a)),
  }), ORG);
  assert.ok(!dom.html.includes('Fact-checked') && !dom.html.includes(ORG), 'no fact-check text in the page');
  assert.equal(dom.found, false, 'window.find() does not find the card\'s words');
  assert.deepEqual(dom.attrs, []);
  assert.deepEqual(errors, []);
  // No network request but the test pages' own.
  const foreign = requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith(server.hostOrigin) && !u.startsWith('chrome-extension://'));
  assert.deepEqual(foreign, []);
  await popup.close();
  await article.close();
});

test('unlink: a wrong match is unlinked from the popup, stays unlinked on the page and in the Library, and can be linked again', async () => {
  const article = await b.context.newPage();
  await article.goto(articleUrl());
  await waitReady(article);
  const { popup } = await openPopup(articleUrl());
  const lines = popup.locator('.cl-factcheck');
  await until(async () => (await lines.count()) > 0, 'a fact-check line');
  const before = await lines.count();
  await lines.first().getByRole('button', { name: /Not this claim/ }).click();
  await until(async () => (await lines.count()) === before - 1, 'the line gone');
  await popup.getByText(/Unlinked Example Fact Check's fact-check/).waitFor();
  // Remembered: a reload of the article and the popup still shows it unlinked.
  await article.reload();
  await waitReady(article);
  const again = await openPopup(articleUrl());
  await until(async () => (await again.popup.locator('.cl-factcheck').count()) === before - 1, 'still unlinked after reload');
  const lib = await library();
  const relink = lib.getByRole('button', { name: /^Link again/ }).first();
  await relink.waitFor();
  await lib.getByText('unlinked by you').first().waitFor();
  await relink.click();
  await until(async () => (await again.popup.locator('.cl-factcheck').count()) === before, 'linked again, in the popup too');
  await lib.close();
  await popup.close();
  await again.popup.close();
  await article.close();
});

test('export: the Markdown line and the Web Annotation link to the review; a backup carries the reviews and imports back', async () => {
  const article = await b.context.newPage();
  await article.goto(articleUrl());
  await waitReady(article);
  const { popup } = await openPopup(articleUrl());
  const item = popup.locator('article.cl-item', { has: popup.locator('.cl-factcheck') }).first();
  await item.waitFor();
  // Keep it (a note saves it).
  await item.getByRole('button', { name: 'Add note' }).click();
  await item.getByRole('textbox').pressSequentially('Check the maps', { delay: 10 });
  await until(async () => (await popup.locator('article.cl-item', { hasText: 'Auto · kept' }).count()) > 0, 'the item kept');
  const [dl] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export this page (Markdown)' }).click()]);
  const md = fs.readFileSync(await dl.path(), 'utf8');
  assert.ok(md.includes(`Fact-checked by **${ORG}**: False (14 March 2025) — <${server.url('/factcheck/kursk.html')}>`), md);
  await popup.close();

  const lib = await library('export');
  const download = async (name) => {
    const [d] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name }).click()]);
    return JSON.parse(fs.readFileSync(await d.path(), 'utf8'));
  };
  const wa = await download('Export Web Annotations');
  const bodies = wa.first.items.flatMap((a) => a.body ?? []);
  assert.ok(bodies.some((x) => x.id === server.url('/factcheck/kursk.html') && x.purpose === 'assessing'), JSON.stringify(bodies));
  const backup = await download('Export backup');
  assert.equal(backup.factChecks.reviews.length, 3);
  assert.ok(backup.factChecks.links.length >= 1);
  await lib.close();

  // The backup imports back into a fresh profile, reviews and links included.
  const fresh = await launch();
  try {
    const l2 = await fresh.context.newPage();
    await l2.goto(fresh.extUrl('library.html#export'));
    await l2.getByLabel('Import').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await l2.getByText(/Imported 3 fact-checks/).waitFor();
    await l2.goto(fresh.extUrl('library.html#factchecks'));
    const kurskRow = l2.locator('article.factcheck', { hasText: LINE });
    await kurskRow.getByRole('link', { name: /Trump and Putin seek ceasefire/ }).first().waitFor();
  } finally {
    await fresh.context.close();
  }
  await article.close();
});

test('import: a ClaimReview feed from the Library (all or nothing, with a summary); its reviews match', async () => {
  const lib = await library('export');
  const input = lib.getByLabel('Import');
  const status = lib.locator('.transfer [role="status"], [role="status"]').filter({ hasText: /Import|import/ }).first();
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"dataFeedElement":[{"item":[') });
  await lib.getByText(/Nothing was imported from broken\.json/).waitFor();
  const feed = {
    '@context': 'https://schema.org',
    '@type': 'DataFeed',
    dataFeedElement: [
      {
        '@type': 'DataFeedItem',
        item: [
          { '@type': 'ClaimReview', url: 'https://checks.example.org/prisoners', claimReviewed: 'Russia and Ukraine exchanged 175 prisoners of war each.', author: { '@type': 'Organization', name: 'Feed Checkers' }, datePublished: '2025-03-20', reviewRating: { '@type': 'Rating', alternateName: 'True' } },
          { '@type': 'ClaimReview', url: 'https://checks.example.org/eggs', claimReviewed: 'Egg prices have doubled in the past year.', author: { name: 'Feed Checkers' }, reviewRating: { alternateName: 'Misleading' } },
          { '@type': 'ClaimReview', url: 'https://checks.example.org/none', claimReviewed: 'A review with no rating.' },
        ],
      },
    ],
  };
  await input.setInputFiles({ name: 'feed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(feed)) });
  await lib.getByText(/Imported 2 fact-checks from a ClaimReview \(fact-check\) file/).waitFor();
  await lib.getByText(/dataFeedElement\[0\]\.item\[2\]: no reviewRating/).waitFor();
  void status;
  // The same file again: nothing new.
  await input.setInputFiles({ name: 'feed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(feed)) });
  await lib.getByText(/Skipped 2 fact-checks already kept/).waitFor();
  await lib.close();
  // The imported review of the prisoner swap matches the seed article.
  const article = await b.context.newPage();
  await article.goto(articleUrl());
  await waitReady(article);
  const { popup } = await openPopup(articleUrl());
  await popup.getByText('Fact-checked by Feed Checkers: True (20 March 2025)').first().waitFor();
  assert.equal(await popup.getByText(/Misleading/).count(), 0);
  await popup.close();
  await article.close();
});

test('a hostile ClaimReview page: malformed, huge, script-laden and foreign markup is skipped without error, never executed, sizes capped', async () => {
  const page = await b.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url('/hostile.html'));
  await waitReady(page);
  const lib = await library();
  await lib.getByText(/Hostile claim about tides/).waitFor();
  const text = await lib.getByRole('list', { name: 'Kept fact-checks' }).textContent();
  assert.ok(!text.includes('<img') && !text.includes('<script'), 'markup is dropped, never rendered');
  assert.ok(text.includes('Fact-checked by Tide Checkers: False'), text);
  assert.ok(!text.includes('Foreign claim planted'), 'a review claiming another site is not kept');
  assert.ok(!text.includes('A claim with a script address'), 'a javascript: address is refused');
  assert.ok(!text.includes('xxxxxxxxxx'), 'the huge script is skipped');
  assert.ok(!text.includes('Microdata claim without a rating'));
  assert.equal(await lib.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(await page.evaluate(() => window.__pageErrors), []);
  assert.deepEqual(errors, []);
  await lib.close();
  await page.close();
});
