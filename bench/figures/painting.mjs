// Figure 1 — painting: our painter (points, one pass per layer) versus mark.js used the usual way
// (one mark() per finding across the whole body). Both in the same Chromium, same findings.
import { median, round } from '../lib/stats.mjs';
import { collectGarbage, pageWith } from '../lib/browser.mjs';

const bench = (page, fn, arg) => page.evaluate(([fn, arg]) => window.__paintBench[fn](arg), [fn, arg]);

/**
 * Timed steps start after a forced GC: mark.js leaves a NodeIterator per call alive until the next
 * full GC and Chromium updates every live NodeIterator on each node removal, so without it a step's
 * time depends on when V8 last collected (see bench/probes/node-iterators.mjs).
 */
async function timed(page, fn, arg) {
  await collectGarbage(page);
  return bench(page, fn, arg);
}

/** Evenly spread sample of `k` items. */
function spread(list, k) {
  if (list.length <= k) return list;
  return Array.from({ length: k }, (_, i) => list[Math.floor((i * list.length) / k)]);
}

/**
 * Measures one page. `reps`: repetitions of ours; `markjsReps`/`markjsSample`: mark.js repetitions and
 * how many mark() calls each runs (all findings when the sample covers them; else the time per call
 * is extrapolated to all findings).
 */
export async function measurePainting({ context, url, script, analyze, reps, markjsReps, markjsSample, label }) {
  const page = await pageWith(context, url, script);
  const { input, ms: extractMs } = await bench(page, 'extract');
  const t0 = performance.now();
  const findings = analyze(input).map((f, i) => ({ id: `f${i}`, kind: f.kind, start: f.start, end: f.end, text: f.text }));
  const analyzeMs = performance.now() - t0;
  const byKind = Object.fromEntries(['quote', 'disputed', 'claim'].map((k) => [k, findings.filter((f) => f.kind === k).length]));

  const original = await bench(page, 'signature');
  const ours = [];
  const erased = [];
  const unmarkSameMarks = [];
  let restored = true;
  for (let r = 0; r < reps; r++) {
    await bench(page, 'extract');
    ours.push(await timed(page, 'paintOurs', findings));
    erased.push(await timed(page, 'eraseOurs'));
    restored &&= (await bench(page, 'signature')) === original;
    // The same marks removed by mark.js's unmark(): the baseline for erase.
    await bench(page, 'extract');
    await bench(page, 'paintOurs', findings);
    unmarkSameMarks.push(await timed(page, 'markjsUnmark'));
    restored &&= (await bench(page, 'signature')) === original;
  }
  await page.close();

  const sample = spread(findings, markjsSample);
  const markjs = [];
  for (let r = 0; r < markjsReps; r++) {
    const p = await pageWith(context, url, script);
    markjs.push(await timed(p, 'markjsPaint', sample.map((f) => f.text)));
    await p.close();
  }
  const perCall = median(markjs.map((m) => m.ms / sample.length));
  const markjsMs = sample.length === findings.length ? median(markjs.map((m) => m.ms)) : perCall * findings.length;
  const callTimes = markjs[0]?.calls ?? [];

  const oursMs = median(ours.map((o) => o.ms));
  return {
    label,
    findings: findings.length,
    byKind,
    textChars: input.text.length,
    extractMs: round(extractMs),
    analyzeNodeMs: round(analyzeMs),
    ours: {
      ms: round(oursMs),
      samples: ours.map((o) => round(o.ms)),
      pointsMs: round(median(ours.map((o) => o.pointsMs))),
      paintMs: round(median(ours.map((o) => o.paintMs))),
      layoutMs: round(median(ours.map((o) => o.layoutMs))),
      layers: Object.fromEntries(Object.keys(ours[0].layers).map((k) => [k, round(median(ours.map((o) => o.layers[k])))])),
      painted: ours[0].painted,
      marks: ours[0].marks,
    },
    markjs: {
      ms: round(markjsMs),
      measuredCalls: sample.length,
      extrapolated: sample.length !== findings.length,
      perCallMs: round(perCall, 2),
      firstCallMs: round(callTimes[0] ?? NaN),
      lastCallMs: round(callTimes.at(-1) ?? NaN),
      marks: markjs[0]?.marks,
      samples: markjs.map((m) => round(m.ms)),
    },
    erase: { oursMs: round(median(erased.map((e) => e.ms))), markjsUnmarkMs: round(median(unmarkSameMarks.map((e) => e.ms))), removed: erased[0]?.removed, restored },
  };
}
