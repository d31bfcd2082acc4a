// Probe: does a live NodeIterator slow down node removal in Chromium? (It does: every removal
// walks all NodeIterators not yet garbage-collected.) mark.js creates one per call; this is why
// painting and erasing get slower until a full GC. Run: node bench/probes/node-iterators.mjs
import { launchPlain } from '../lib/browser.mjs';

const { context } = await launchPlain();
try {
  const page = await context.newPage();
  await page.setContent('<body><div id=c></div></body>');
  for (const live of [0, 1000, 5000, 20000]) {
    const ms = await page.evaluate((live) => {
      const iterators = [];
      for (let i = 0; i < live; i++) iterators.push(document.createNodeIterator(document.body, NodeFilter.SHOW_TEXT));
      const c = document.getElementById('c');
      for (let i = 0; i < 10000; i++) c.appendChild(document.createTextNode('x' + i));
      const t0 = performance.now();
      while (c.firstChild) c.removeChild(c.firstChild);
      const ms = performance.now() - t0;
      iterators.length = 0;
      return ms;
    }, live);
    console.log(`10,000 removals with ${live} live NodeIterators: ${ms.toFixed(0)} ms`);
  }
} finally {
  await context.close();
}
