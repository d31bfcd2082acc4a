// npm start: build the extension, serve the bundled sample article on 127.0.0.1 and open Chromium
// with Claimlight loaded on it. With a display the browser stays open for the reader; without one
// (CI, a server) it runs headless, writes .output/demo.png, prints what is highlighted and exits 0.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const EXT = path.join(ROOT, '.output', 'chrome-mv3');
const DEMO = path.join(ROOT, 'demo', 'article.html');

if (!fs.existsSync(CHROMIUM)) {
  console.error(`Chromium is not installed (${CHROMIUM}): install it with "sudo apt-get install -y chromium", or set CHROMIUM=/path/to/chromium.`);
  process.exit(1);
}

console.log('Building the extension...');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = http.createServer((req, res) => {
  if ((req.url ?? '/').split('?')[0] === '/') {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    return res.end(fs.readFileSync(DEMO));
  }
  res.statusCode = 404;
  res.end('not found');
});
await new Promise((r) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const { chromium } = await import('playwright-core');
const headed = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.CLAIMLIGHT_HEADLESS !== '1';
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlight-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: !headed,
  viewport: headed ? null : { width: 1280, height: 1000 },
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`,
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
// A fresh profile also opens Claimlight's first-run page in a tab of its own: the article stays in front.
await page.bringToFront();
try {
  await page.waitForSelector('html[data-claimlight="ready"]', { timeout: 20000 });
} catch {
  console.error('Claimlight did not finish painting the page within 20 s.');
}
const marks = await page.evaluate(() => {
  const groups = new Map();
  for (const m of document.querySelectorAll('mark[data-claimlight-id]')) {
    const id = m.getAttribute('data-claimlight-id');
    if (!groups.has(id)) groups.set(id, { kind: m.getAttribute('data-claimlight-kind'), speaker: m.getAttribute('data-claimlight-speaker'), disputedBy: m.getAttribute('data-claimlight-disputed-by'), text: '' });
    groups.get(id).text += m.textContent;
  }
  return [...groups.values()];
});

const byKind = (k) => marks.filter((m) => m.kind === k);
const cut = (s, n = 90) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
console.log(`\nClaimlight on "${await page.title()}" (${url})`);
console.log(`  ${byKind('quote').length} quotes, ${byKind('disputed').length} disputed assertions, ${byKind('claim').length} check-worthy claims, ${byKind('highlight').length} highlights`);
const speakers = new Map();
for (const q of byKind('quote')) speakers.set(q.speaker ?? 'unattributed', (speakers.get(q.speaker ?? 'unattributed') ?? 0) + 1);
if (speakers.size) console.log('  Who said what: ' + [...speakers].map(([s, n]) => `${s} (${n})`).join(', '));
for (const d of byKind('disputed')) console.log(`  Disputed${d.disputedBy ? ` by ${d.disputedBy}` : ''}: ${cut(d.text)}`);
for (const c of byKind('claim').slice(0, 5)) console.log(`  Claim: ${cut(c.text)}`);

if (headed) {
  console.log('\nChromium is open with Claimlight loaded. Close the browser window (or press Ctrl+C) to stop.');
  await new Promise((r) => context.on('close', r));
} else {
  // Show what a reader sees: a disputed assertion with a quote inside it, and that quote's card.
  const quote = page.locator('mark[data-claimlight-kind="disputed"] mark[data-claimlight-kind="quote"]').first();
  if (await quote.count()) {
    await quote.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await quote.hover();
    await page.waitForTimeout(1200); // the card opens after a short hover delay
  }
  const shot = path.join(ROOT, '.output', 'demo.png');
  await page.screenshot({ path: shot, fullPage: false });
  console.log(`\nNo display: ran headless. Screenshot: ${path.relative(ROOT, shot)}`);
  await context.close();
}
server.close();
process.exit(0);
