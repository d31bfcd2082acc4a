// Probe: each long task (> 50 ms) that ran Claimlight's script while the live blog (5,000 posts) loads
// at CPU ×4, attributed to a stage of ours. One page load records both a CDP trace (whole tasks: wall
// time, the thread's own CPU time, GC, compile) and a sampling CPU profile (0.25 ms; which of our
// functions ran), on the same clock. Per long task it prints:
//   wall ms, cpu ms (thread time: wall ≫ cpu means the thread was descheduled — machine load, not us),
//   gc ms, compile ms, ms of our JavaScript (profile samples), and the outer frames of ours that ran
//   most (the stage), with the minified source where each function starts (look it up in the bundle).
//
// Each run ends with a summary line: the longest task of ours by wall and by thread CPU (with and
// without GC), and how many went over 50 ms each way. Under CPU throttling the thread CPU time
// includes the throttler's busy-wait (Chromium suspends the thread in a spinning signal handler),
// so on a loaded machine it grows too: compare builds in alternating loads
// (CLAIMLIGHT_EXT_DIR=<a copy of .output/chrome-mv3> selects the build).
//
//   npx wxt build && node bench/probes/slow-cpu-tasks.mjs      (RATE=4, REPS=1, MIN_MS=50)
//   STACKS=1 — also each long task's innermost frames (ours or not: GC, builtins) and its GC events
//   SAVED=1 — save that many highlights on the blog first (unthrottled): the measured load anchors them
import { launch, menuAction, readMarks, selectText, serve, until, waitReady } from '../../e2e/harness.mjs';
import { liveBlogHtml } from '../gen/pages.mjs';
import { startTrace } from '../lib/trace.mjs';
import fs from 'node:fs';

const RATE = Number(process.env.RATE ?? 4);
const MIN_MS = Number(process.env.MIN_MS ?? 50);
const REPS = Number(process.env.REPS ?? 1);
/** SAVED=3: save this many highlights on the blog first (unthrottled), so the measured load anchors them. */
const SAVED = Number(process.env.SAVED ?? 0);
// our files by the path after the extension id (content-scripts/content.js, page-core.js, interactive.js, chunks/…)
const sources = new Map();
const srcAt = (f) => {
  const file = f.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
  if (!sources.has(file)) sources.set(file, fs.existsSync(`.output/chrome-mv3/${file}`) ? fs.readFileSync(`.output/chrome-mv3/${file}`, 'utf8').split('\n') : []);
  const line = sources.get(file)[f.lineNumber] ?? '';
  return `${file.replace(/^.*\//, '')}:${f.lineNumber}:${f.columnNumber} ` + line.slice(f.columnNumber, f.columnNumber + 60).replace(/\s+/g, ' ');
};
const server = await serve({ '/live/blog.html': { body: liveBlogHtml(5000) } });
for (let rep = 0; rep < REPS; rep++) {
  const b = await launch();
  try {
    if (SAVED) {
      // The reader saved highlights on the blog before: this load anchors them (unthrottled set-up).
      const setup = await b.context.newPage();
      await setup.goto(server.url('/live/blog.html'));
      await waitReady(setup);
      for (let k = 0; k < SAVED; k++) {
        // posts near the top: on the live blog only what is near the viewport is painted (anchoring walks the whole body anyway)
        await selectText(setup, `Update ${k + 1}:`);
        const reply = await menuAction(b.worker, setup.url(), 'highlight');
        if (!reply?.ok || !reply.data?.ok) throw new Error(`saving a highlight failed: ${JSON.stringify(reply)}`);
        await until(async () => (await readMarks(setup)).filter((m) => m.saved).length > k, `saved highlight ${k + 1}`);
      }
      await setup.close();
    }
    const page = await b.context.newPage();
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    const stop = await startTrace(cdp);
    const t0 = Date.now();
    await page.goto(server.url('/live/blog.html'));
    await page.waitForSelector('html[data-claimlight="ready"]', { timeout: 180000 });
    const readyS = (Date.now() - t0) / 1000;
    await new Promise((r) => setTimeout(r, 1000));
    const { profile } = await cdp.send('Profiler.stop');
    const events = await stop();
    // profile samples: time → our stack (innermost first)
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const ours = (f) => f.url.startsWith('chrome-extension') && /content|interactive|page-core|chunks/.test(f.url);
    const samples = [];
    let t = profile.startTime;
    profile.samples.forEach((id, i) => {
      t += profile.timeDeltas[i];
      const st = [];
      for (let x = id; x !== undefined; x = parent.get(x)) st.push(nodes.get(x).callFrame);
      samples.push({ t, st, dt: profile.timeDeltas[i + 1] ?? 0 });
    });
    const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`)).sort((x, y) => x.ts - y.ts);
    const isTask = (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask';
    const url = (e) => e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
    const seen = new Set();
    const rows = [];
    for (const task of onMain) {
      if (!isTask(task) || task.dur < MIN_MS * 1000 || seen.has(`${task.pid}:${task.tid}:${task.ts}`)) continue;
      seen.add(`${task.pid}:${task.tid}:${task.ts}`);
      const end = task.ts + task.dur;
      const inside = onMain.filter((e) => !isTask(e) && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
      const inS = samples.filter((s) => s.t >= task.ts && s.t <= end);
      const oursS = inS.filter((s) => s.st.some(ours));
      if (!inside.some((e) => /extension:/.test(url(e))) && !oursS.length) continue;
      const gc = cover(inside.filter((e) => /^(MinorGC|MajorGC|V8\.GC_(SCAVENGER|MARK_COMPACTOR|MC_INCREMENTAL)$|BlinkGC)/.test(e.name)));
      const compile = cover(inside.filter((e) => /compile|v8\.parse/i.test(e.name)));
      const jsMs = oursS.reduce((a, s) => a + s.dt, 0) / 1000;
      const stage = new Map();
      for (const s of oursS) {
        const o = s.st.filter(ours).reverse(); // outermost first
        const key = o.slice(0, 4).map((f) => `${f.functionName || '(anon)'}`).join(' > ') + ` | inner: ${o.at(-1).functionName || '(anon)'} «${srcAt(o.at(-1))}»`;
        stage.set(key, (stage.get(key) ?? 0) + s.dt / 1000);
      }
      const top = [...stage].sort((a, b) => b[1] - a[1]).slice(0, 3);
      // STACKS=1: the innermost frames of every sample in the task (ours or not: GC, builtins, idle), ms each
      if (process.env.STACKS) {
        const full = new Map();
        for (const s of inS) {
          const k = s.st.slice(0, 6).map((f) => `${f.functionName || '(anon)'}${ours(f) ? `@${f.columnNumber}` : ''}`).join(' < ');
          full.set(k, (full.get(k) ?? 0) + s.dt / 1000);
        }
        top.push(...[...full].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, ms]) => [`  full: ${k}`, ms]));
        const gcs = inside.filter((e) => /GC/.test(e.name) && e.dur > 1000).map((e) => `${e.name} ${(e.dur / 1000).toFixed(1)}`);
        if (gcs.length) top.push([`  gc events: ${gcs.slice(0, 8).join(', ')}`, 0]);
      }
      const kind = inside.find((e) => ['EvaluateScript', 'TimerFire', 'FunctionCall', 'EventDispatch', 'RunMicrotasks'].includes(e.name))?.name ?? '?';
      rows.push({ at: (task.ts - onMain[0].ts) / 1e6, wall: task.dur / 1000, cpu: (task.tdur ?? NaN) / 1000, gc, compile, jsMs, kind, top });
    }
    console.log(`\nrun ${rep + 1}: ready after ${readyS.toFixed(1)} s; ${rows.length} long tasks with our script`);
    console.log('at s   | wall | cpu  | gc  | compile | our JS | task | stage (our outer frames, ms of samples)');
    for (const r of rows) {
      console.log(`${r.at.toFixed(2).padStart(6)} | ${r.wall.toFixed(0).padStart(4)} | ${r.cpu.toFixed(0).padStart(4)} | ${r.gc.toFixed(0).padStart(3)} | ${r.compile.toFixed(0).padStart(7)} | ${r.jsMs.toFixed(0).padStart(6)} | ${r.kind}`);
      for (const [k, ms] of r.top) console.log(`          ${ms.toFixed(1)} ms  ${k}`);
    }
    const most = (f) => Math.max(0, ...rows.map(f)).toFixed(0);
    const over = (f) => rows.filter((r) => f(r) > 50).length;
    console.log(`summary ${rep + 1}: longest task of ours ${most((r) => r.wall)} ms wall, ${most((r) => r.cpu)} ms thread CPU (${most((r) => r.cpu - r.gc)} less GC); > 50 ms: ${over((r) => r.wall)} by wall, ${over((r) => r.cpu)} by CPU, ${over((r) => r.cpu - r.gc)} by CPU less GC`);
  } finally {
    await b.context.close();
  }
}
server.close();

function cover(list) {
  const spans = list.map((e) => [e.ts, e.ts + e.dur]).sort((a, b) => a[0] - b[0]);
  let total = 0, end = -Infinity;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total / 1000;
}
