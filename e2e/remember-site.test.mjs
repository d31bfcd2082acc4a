// Issue #12, item 6: on a page that does not look like an article the reader presses "Analyse this page";
// the popup then offers to analyse every page of the site on its own, and the choice holds after a reload
// (and on another page of the site) until the reader stops it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, waitReady, findTabId, until } from './harness.mjs';

/** A short page of <div>s: too little text to be taken for an article, with a quote in it. */
const page = (title) => ({
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
  <div class="post"><div>“We will reopen the bridge by Friday,” said Mayor Jane Doe on Tuesday.</div>
  <div>Residents said the detour added 40 minutes to their commute.</div></div></body></html>`,
});

let server;
before(async () => {
  server = await serve({ '/forum/1.html': page('Thread one'), '/forum/2.html': page('Thread two') });
});
after(() => server.close());

test('after "Analyse this page" the popup offers to remember the site; the choice holds until stopped', async () => {
  const b = await launch();
  try {
    const url = server.url('/forum/1.html');
    const site = new URL(url).hostname;
    const tabPage = await b.context.newPage();
    await tabPage.goto(url);
    await waitReady(tabPage);
    const autoMarks = () => tabPage.locator('mark.claimlight-mark:not([data-claimlight-saved])').count();
    assert.equal(await autoMarks(), 0, 'not analysed on its own: it does not look like an article');

    const tabId = await findTabId(b.worker, url);
    const popup = await b.context.newPage();
    await popup.goto(b.extUrl(`popup.html?tab=${tabId}`));
    await popup.getByRole('button', { name: 'Analyse this page' }).click();
    await until(async () => (await autoMarks()) > 0, 'marks after "Analyse this page"');
    const offer = popup.getByRole('group', { name: 'Analysis on this site' });
    await offer.getByRole('button', { name: `Always analyse ${site}` }).click();
    await offer.getByRole('button', { name: `Stop for ${site}` }).waitFor();
    await popup.close();

    // Remembered: this page and another page of the site are analysed as they open.
    await tabPage.reload();
    await waitReady(tabPage);
    await until(async () => (await autoMarks()) > 0, 'analysed on its own after the reload');
    const other = await b.context.newPage();
    await other.goto(server.url('/forum/2.html'));
    await waitReady(other);
    await until(async () => (await other.locator('mark.claimlight-mark').count()) > 0, 'another page of the site analysed on its own');

    // The Library lists the site as on.
    const lib = await b.context.newPage();
    await lib.goto(b.extUrl('library.html#settings'));
    const siteSwitch = lib.getByRole('group', { name: 'Automatic analysis' }).getByRole('switch', { name: site });
    await siteSwitch.waitFor();
    assert.equal(await siteSwitch.isChecked(), true);
    await lib.close();

    // Stopped from the popup: back to asking.
    const popup2 = await b.context.newPage();
    await popup2.goto(b.extUrl(`popup.html?tab=${tabId}`));
    await popup2.getByRole('group', { name: 'Analysis on this site' }).getByRole('button', { name: `Stop for ${site}` }).click();
    await popup2.getByRole('button', { name: `Always analyse ${site}` }).waitFor();
    await popup2.close();
    await tabPage.reload();
    await waitReady(tabPage);
    assert.equal(await autoMarks(), 0, 'not analysed on its own once the reader stopped it');
  } finally {
    await b.context.close();
  }
});
