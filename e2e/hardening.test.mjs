// Hardening (issue 14): holes a hostile page could open, each shown in Chromium with the built
// extension. Pages are served on 127.0.0.1 and, where it matters, under TEST_HOST: a plain-http
// site that is not localhost (an insecure context, as many news sites still are).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, waitReady, selectText, readMarks, menuAction, findTabId, tabMessage, inPageUi, noteFrame, noteView, until, EXT_DIR, SEED_DIR } from './harness.mjs';

const BUILD = process.env.CLAIMLIGHT_EXT_DIR ?? EXT_DIR; // optional: a private copy of the build
const SEED_HTML = fs.readFileSync(path.join(SEED_DIR, 'page.html'), 'utf8');
const PHRASE = 'exchange 175 prisoners of war each on Wednesday';

const TOOLBAR = '[role="toolbar"]';
const CARD = '[role="dialog"]';
const inToolbar = (name) => ({ role: 'button', name, exact: true, within: TOOLBAR });

let victim; // the reader's news site
let attacker; // another port of the same host
let b;
before(async () => {
  victim = await serve({ '/world/article.html': path.join(SEED_DIR, 'page.html') });
  // The same article on another port, declaring the victim's page as its canonical, with a script
  // that collects every mark Claimlight paints into its DOM.
  const stealing = SEED_HTML.replace(/<link rel="canonical"[^>]*>/, `<link rel="canonical" href="${victim.url('/world/article.html')}">`).replace(
    '</body>',
    `<script>
      window.__stolen = [];
      new MutationObserver(() => {
        for (const m of document.querySelectorAll('mark[data-claimlight-saved]')) window.__stolen.push(m.getAttribute('data-claimlight-id') + ': ' + m.textContent);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    </script></body>`,
  );
  attacker = await serve({ '/copy.html': { body: stealing } });
  b = await launch({ extDir: BUILD });
});
after(async () => {
  await b?.context.close();
  await victim?.close();
  await attacker?.close();
});

async function open(url) {
  const page = await b.context.newPage();
  await page.goto(url);
  await waitReady(page);
  return page;
}

test('item 1: a page on another port declaring the victim\'s canonical gets neither its marks nor a delete', async () => {
  const victimUrl = victim.url('/world/article.html');
  const reader = await open(victimUrl);
  await selectText(reader, PHRASE, 'article');
  assert.equal((await menuAction(b.worker, victimUrl, 'highlight')).ok, true);
  await reader.waitForFunction(() => document.querySelector('mark[data-claimlight-saved]'));
  const [saved] = (await readMarks(reader)).filter((m) => m.saved);
  assert.equal(saved.text, PHRASE);

  const evil = await open(attacker.url('/copy.html'));
  // The attacker's copy is analysed and painted (its own auto-findings)…
  await evil.waitForFunction(() => document.querySelector('mark[data-claimlight-kind]'), null, { timeout: 20000 });
  // …but the reader's highlight is not painted into it, and the popup lists nothing saved there.
  assert.deepEqual(await evil.evaluate(() => window.__stolen), []);
  assert.equal((await readMarks(evil)).some((m) => m.saved || m.id === saved.id), false);
  const tabId = await findTabId(b.worker, attacker.url('/copy.html'));
  const state = await tabMessage(b.worker, tabId, { type: 'tab/state' });
  assert.notEqual(state.pageKey, (await tabMessage(b.worker, await findTabId(b.worker, victimUrl), { type: 'tab/state' })).pageKey);
  assert.deepEqual(state.items.filter((i) => i.saved), []);

  // The card's Delete goes through the attacker tab's content script: refused for the victim's id.
  const reply = await b.worker.evaluate(({ tabId, id }) => chrome.tabs.sendMessage(tabId, { type: 'tab/delete', id }), { tabId, id: saved.id });
  assert.equal(reply.ok, false, JSON.stringify(reply));
  assert.match(reply.error, /No annotation .* on this page/);
  // The reader's highlight is still there, after a reload too.
  await reader.reload();
  await waitReady(reader);
  await reader.waitForFunction((id) => document.querySelector(`mark[data-claimlight-id="${id}"]`), saved.id);
  await evil.close();
  await reader.close();
});

test('item 4: on a plain-http site that is not localhost, notes are written, saved and shown', async () => {
  const url = victim.hostUrl('/world/article.html');
  const page = await open(url);
  assert.equal(await page.evaluate(() => window.isSecureContext), false, 'an insecure context, as plain-http sites are');
  const ui = inPageUi(page);
  const phrase = 'Secretary of State Marco Rubio';
  await selectText(page, phrase, 'article');
  await page.evaluate(() => getSelection().getRangeAt(0).startContainer.parentElement.scrollIntoView({ block: 'center' }));
  await ui.click(inToolbar('Note'));
  const editor = await noteFrame(page);
  const box = editor.getByRole('textbox', { name: 'Note', exact: true });
  await box.fill('Written on an http site');
  await box.press('Control+Enter');
  await ui.waitFor('iframe', { state: 'detached' });
  const mark = page.locator('mark[data-claimlight-kind="highlight"]', { hasText: phrase }).first();
  await mark.waitFor();
  await page.reload();
  await waitReady(page);
  await mark.waitFor();
  await mark.hover();
  await ui.waitFor(CARD);
  const view = await noteView(page);
  assert.equal(await view.locator('.cl-noteview').textContent(), 'Written on an http site');
  await page.close();
});
