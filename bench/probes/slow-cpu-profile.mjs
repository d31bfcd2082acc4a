// Probe: which stretches of Claimlight's own JavaScript are long while the live blog (5,000 posts,
// 2.6 MB) loads on a slow CPU (CDP CPU throttling ×4). A sampling CPU profile (0.5 ms) of the page,
// cut into runs of samples whose stack holds our content script; prints the runs longer than 40 ms
// with their outer frames and the self time per function (minified names: look them up in
// .output/chrome-mv3/content-scripts/content.js at the printed column, or in interactive.js where
// the line says so: the lazily loaded half, which sends a long text's parts).
//
//   npm run build && node bench/probes/slow-cpu-profile.mjs      (writes .output/slow-cpu-profile.json)
//   SOURCE=1 — each run's top self frames with the minified source where each function starts;
//   MIN_MS=10 — shorter runs too; ORDER=time — in the order they ran; TOP=30 — how many to list.
import { launch, serve } from '../../e2e/harness.mjs';
import { liveBlogHtml } from '../gen/pages.mjs';
import fs from 'node:fs';
const server = await serve({ '/live/blog.html': { body: liveBlogHtml(5000) } });
const b = await launch();
const page = await b.context.newPage();
const cdp = await b.context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
await page.goto(server.url('/live/blog.html'));
await page.waitForSelector('html[data-claimlight="ready"]', { timeout: 180000 });
await new Promise((r) => setTimeout(r, 3000));
const { profile } = await cdp.send('Profiler.stop');
fs.writeFileSync('.output/slow-cpu-profile.json', JSON.stringify(profile));
await b.context.close(); server.close();
// analysis: contiguous runs of samples with a content.js frame on the stack
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const stackOf = (id) => { const s = []; for (let x = id; x !== undefined; x = parent.get(x)) s.push(nodes.get(x).callFrame); return s; };
let t = profile.startTime; const runs = []; let cur = null;
profile.samples.forEach((id, i) => {
  t += profile.timeDeltas[i];
  const st = stackOf(id);
  const ours = st.filter((f) => f.url.startsWith('chrome-extension') && /content|interactive/.test(f.url));
  if (ours.length) {
    if (!cur || t - cur.end > 2000) { cur = { start: t, end: t, outer: new Map(), self: new Map() }; runs.push(cur); }
    cur.end = t;
    const outer = ours.slice(-3).map((f) => f.functionName || '(anon)').reverse().join(' > ');
    cur.outer.set(outer, (cur.outer.get(outer) ?? 0) + 1);
    const self = `${ours[0].url.includes('interactive') ? 'interactive.js ' : ''}${ours[0].functionName || '(anon)'}:${ours[0].lineNumber}:${ours[0].columnNumber}`;
    cur.self.set(self, (cur.self.get(self) ?? 0) + 1);
  } else if (cur && st[0].functionName !== '(idle)' && st[0].functionName !== '(program)' && st[0].functionName !== '(garbage collector)') {
    // other work: ends our run
    if (t - cur.end > 1000) cur = null;
  } else if (cur && (st[0].functionName === '(idle)')) cur = null;
});
// MIN_MS=10 lists shorter runs too; ORDER=time lists them in the order they ran.
const long = runs.filter((r) => (r.end - r.start) / 1000 > Number(process.env.MIN_MS ?? 40));
if (process.env.ORDER !== 'time') long.sort((a, b) => b.end - b.start - (a.end - a.start));
console.log(`${runs.length} runs of our script; ${long.length} longer than 40 ms`);
// With SOURCE=1, each self frame is followed by the minified source where its function starts.
const sources = { content: fs.readFileSync('.output/chrome-mv3/content-scripts/content.js', 'utf8'), interactive: fs.readFileSync('.output/chrome-mv3/interactive.js', 'utf8') };
const at = (key) => {
  const [, col] = key.match(/:0:(\d+)$/) ?? [];
  return col ? sources[key.startsWith('interactive.js') ? 'interactive' : 'content'].slice(Number(col), Number(col) + 90).replace(/\s+/g, ' ') : '';
};
for (const r of long.slice(0, 12)) {
  if (process.env.SOURCE) {
    console.log(`${((r.end - r.start) / 1000).toFixed(0)} ms at ${((r.start - profile.startTime) / 1e6).toFixed(2)} s`);
    for (const [k, v] of [...r.self].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`   ${v}  ${k}  ${at(k)}`);
    continue;
  }
  console.log(`${((r.end - r.start) / 1000).toFixed(0)} ms  outer: ${[...r.outer].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([k, v]) => `${k} (${v})`).join(' | ')}  self: ${[...r.self].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} (${v})`).join(', ')}`);
}
