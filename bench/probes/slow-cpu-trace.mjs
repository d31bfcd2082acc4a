// Probe: the long tasks (> 50 ms) that ran Claimlight's script while the live blog loads at CPU ×4,
// from a CDP trace as figure 3s records it, each with the events inside it that took over 2 ms
// (FunctionCall events name the function and its column in the minified bundle). Complements
// slow-cpu-profile.mjs: the trace sees whole tasks (GC, compile, native work), the profile sees
// which JavaScript ran.
//
//   npx wxt build && node bench/probes/slow-cpu-trace.mjs      (RATE=4)
import { launch, serve } from '../../e2e/harness.mjs';
import { liveBlogHtml } from '../gen/pages.mjs';
import { startTrace } from '../lib/trace.mjs';

const RATE = Number(process.env.RATE ?? 4);
const server = await serve({ '/live/blog.html': { body: liveBlogHtml(5000) } });
const b = await launch();
try {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  const stop = await startTrace(cdp);
  const t0 = Date.now();
  await page.goto(server.url('/live/blog.html'));
  await page.waitForSelector('html[data-claimlight="ready"]', { timeout: 180000 });
  console.log(`ready after ${((Date.now() - t0) / 1000).toFixed(1)} s (from navigation)`);
  await new Promise((r) => setTimeout(r, 1000));
  const events = await stop();
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`)).sort((x, y) => x.ts - y.ts);
  const isTask = (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask';
  const url = (e) => e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
  const seen = new Set();
  let n = 0;
  for (const t of onMain) {
    if (!isTask(t) || t.dur < 50000 || seen.has(`${t.pid}:${t.tid}:${t.ts}`)) continue;
    seen.add(`${t.pid}:${t.tid}:${t.ts}`);
    const inside = onMain.filter((e) => !isTask(e) && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur);
    if (!inside.some((e) => /extension:/.test(url(e)))) continue;
    n++;
    console.log(`${(t.dur / 1000).toFixed(0)} ms task at ${((t.ts - onMain[0].ts) / 1e6).toFixed(2)} s`);
    for (const e of inside.filter((e) => e.dur > 2000).slice(0, 12)) {
      const d = e.args?.data ?? {};
      const fn = d.functionName !== undefined ? ` ${d.functionName || '(anon)'}:${d.columnNumber ?? ''}` : '';
      console.log(`   ${e.name}${url(e) ? ` (${url(e).split('/').pop()})` : ''}${fn} ${(e.dur / 1000).toFixed(0)} ms @+${((e.ts - t.ts) / 1000).toFixed(0)}`);
      // DETAIL=1: what ran inside a long call of ours (GC, style, layout…), 0.3 ms and longer.
      if (process.env.DETAIL && e.name === 'FunctionCall' && e.dur > 5000) {
        const sub = inside.filter((x) => x !== e && x.ts >= e.ts && x.ts + x.dur <= e.ts + e.dur && x.dur > 300 && !/^V8\.GC_/.test(x.name));
        console.log(`      inside: ${sub.map((x) => `${x.name} ${(x.dur / 1000).toFixed(1)}`).join(', ') || 'nothing over 0.3 ms: our JavaScript'}`);
      }
    }
  }
  console.log(`${n} long tasks ran our script`);
} finally {
  await b.context.close();
  server.close();
}
