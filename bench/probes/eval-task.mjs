// Probe: the task that evaluates the content script (and the next few tasks of ours) while the live
// blog (5,000 posts) loads at CPU ×4, for one or more builds, alternating builds between loads so
// machine load falls on both alike. Per task: wall ms, thread cpu ms, compile ms.
//
//   node bench/probes/eval-task.mjs [extDirA extDirB …]      (RATE=4, REPS=5; default: .output/chrome-mv3)
import { launch, serve } from '../../e2e/harness.mjs';
import { liveBlogHtml } from '../gen/pages.mjs';
import { startTrace } from '../lib/trace.mjs';

const RATE = Number(process.env.RATE ?? 4);
const REPS = Number(process.env.REPS ?? 5);
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['.output/chrome-mv3'];
const server = await serve({ '/live/blog.html': { body: liveBlogHtml(5000) } });
const results = new Map(dirs.map((d) => [d, []]));
const isTask = (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask';
for (let rep = 0; rep < REPS; rep++) {
  for (const dir of dirs) {
    const b = await launch({ extDir: dir });
    try {
      const page = await b.context.newPage();
      const cdp = await b.context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
      const stop = await startTrace(cdp);
      await page.goto(server.url('/live/blog.html'));
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-claimlight') || performance.now() > 12000, null, { timeout: 60000, polling: 500 }).catch(() => undefined);
      const events = await stop();
      const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
      const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`)).sort((x, y) => x.ts - y.ts);
      const evalEv = onMain.find((e) => e.name === 'EvaluateScript' && /chrome-extension:.*content/.test(e.args?.data?.url ?? ''));
      if (!evalEv) {
        console.log(`${dir}: no evaluation seen`);
        continue;
      }
      const task = onMain.filter((e) => isTask(e) && e.ts <= evalEv.ts && e.ts + e.dur >= evalEv.ts + evalEv.dur).sort((a, b2) => b2.dur - a.dur)[0];
      const inside = onMain.filter((e) => !isTask(e) && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur);
      const compile = inside.filter((e) => /compile|v8\.parse/i.test(e.name)).reduce((a, e) => a + e.dur, 0) / 1000;
      const row = { wall: task.dur / 1000, cpu: (task.tdur ?? NaN) / 1000, compile };
      results.get(dir).push(row);
      console.log(`${dir} run ${rep + 1}: evaluation task wall ${row.wall.toFixed(0)} ms, cpu ${row.cpu.toFixed(0)} ms, compile ${compile.toFixed(0)} ms`);
    } finally {
      await b.context.close();
    }
  }
}
server.close();
const med = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
for (const [dir, rows] of results) console.log(`${dir}: median of ${rows.length}: wall ${med(rows.map((r) => r.wall)).toFixed(0)} ms, cpu ${med(rows.map((r) => r.cpu)).toFixed(0)} ms, compile ${med(rows.map((r) => r.compile)).toFixed(0)} ms`);
