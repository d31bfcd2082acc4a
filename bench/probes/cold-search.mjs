// Probe: the first search on a cold search index against a plain scan on a slow CPU (CDP CPU
// throttling ×4), with 50,000 annotations, and what each piece of a cold search costs. Each
// measurement runs in a fresh extension page (its index not loaded), as figure 6s does.
//
//   npx wxt build && node bench/probes/cold-search.mjs      (RATE=4 WORDS=minister,zyxwvut REPS=3)
import { launch } from '../../e2e/harness.mjs';
import { bundleForPage } from '../lib/bundle.mjs';
import { throttleCpu } from '../lib/browser.mjs';
import { median } from '../lib/stats.mjs';

const RATE = Number(process.env.RATE ?? 4);
const WORDS = (process.env.WORDS ?? 'minister,zyxwvut').split(',');
const REPS = Number(process.env.REPS ?? 3);
const script = await bundleForPage('bench/entries/store.ts');
const ext = await launch();
try {
  const fresh = async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.extUrl('manifest.json'));
    await page.evaluate(script);
    return page;
  };
  const seedPage = await fresh();
  const seeded = await seedPage.evaluate(() => globalThis.__storeBench.seed(5000, 10, 'https://example.org/a'));
  await seedPage.close();
  console.log(`seeded ${seeded.added} annotations; CPU ×${RATE}`);
  for (const word of WORDS) {
    const cold = [];
    const scan = [];
    for (let r = 0; r < REPS; r++) {
      // Alternating which goes first, so a change in the machine's load weighs on both alike.
      const pair = [['scanSearch', scan], ['search', cold]];
      for (const [fn, into] of r % 2 ? pair.reverse() : pair) {
        const page = await fresh();
        const cdp = await throttleCpu(page, RATE);
        const res = await page.evaluate(([fn, word]) => globalThis.__storeBench[fn](word, 1), [fn, word]);
        into.push(res.times[0]);
        if (fn === 'search' && r === 0) console.log(`  "${word}": ${res.items} results`);
        await cdp.detach().catch(() => {});
        await page.close();
      }
    }
    const page = await fresh();
    const cdp = await throttleCpu(page, RATE);
    const pieces = await page.evaluate((word) => globalThis.__storeBench.coldPieces(word), word);
    await cdp.detach().catch(() => {});
    await page.close();
    const ratios = cold.map((c, i) => scan[i] / c);
    console.log(`"${word}": cold ${Math.round(median(cold))} ms [${cold.map(Math.round)}] vs scan ${Math.round(median(scan))} ms [${scan.map(Math.round)}] → ${(median(scan) / median(cold)).toFixed(2)}× faster (run by run: ${ratios.map((r) => r.toFixed(2)).join(', ')}; median ${median(ratios).toFixed(2)}×)`);
    console.log('  pieces (ms):', JSON.stringify(pieces));
  }
} finally {
  await ext.context.close();
}
