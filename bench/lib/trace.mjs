// Main-thread tasks of renderer processes from a Chromium trace (CDP Tracing, categories "toplevel"
// and "devtools.timeline"). The Long Tasks API leaves out work it cannot attribute to the page's own
// frame (such as an extension's isolated world), so the trace is the second, independent record of
// long tasks — and it says what each task did, so a long task can be told to be Claimlight's or not.

export async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,blink.user_timing,__metadata', transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

const isTask = (e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Commit', 'Layerize', 'IntersectionObserverController::computeIntersections']);
/** V8's and Blink's garbage collections (the outer events; nested ones are counted once). */
const GC = /^(MinorGC|MajorGC|V8\.GC_(SCAVENGER|MARK_COMPACTOR|MC_INCREMENTAL)$|BlinkGC)/;
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks']);

/**
 * Tasks (start and duration in ms, trace clock) of every CrRendererMain thread lasting over `minMs`,
 * each with what it spent its time on: `script` (ms of JavaScript), `extension` (whether any of
 * that script was an extension's), `rendering` (ms of style, layout and paint) and `top` (its
 * longest child events, for the report).
 */
export function longMainThreadTasks(events, minMs = 50) {
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const seen = new Set();
  const tasks = [];
  for (const e of onMain) {
    if (!isTask(e) || e.dur / 1000 <= minMs) continue;
    const key = `${e.pid}:${e.tid}:${e.ts}`; // nested RunTask events of one task
    if (seen.has(key)) continue;
    seen.add(key);
    tasks.push(e);
  }
  return tasks.map((t) => {
    const inside = onMain.filter((e) => e !== t && !isTask(e) && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e.pid === t.pid && e.tid === t.tid);
    const sum = (names) => covered(inside.filter((e) => names.has(e.name)));
    const gc = covered(inside.filter((e) => GC.test(e.name)));
    const url = (e) => e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
    const extension = inside.some((e) => /^(chrome|moz)-extension:/.test(url(e)));
    const top = inside
      .filter((e) => e.dur > 2000)
      .sort((a, b) => b.dur - a.dur)
      .slice(0, 4)
      .map((e) => `${e.name}${url(e) ? `(${url(e).split('/').pop()})` : ''} ${Math.round(e.dur / 1000)}`);
    return { start: t.ts / 1000, duration: t.dur / 1000, script: sum(SCRIPT), rendering: sum(RENDERING), gc, extension, top };
  });
}

/** Milliseconds covered by the events' intervals (nested events counted once). */
function covered(list) {
  const spans = list.map((e) => [e.ts, e.ts + e.dur]).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total / 1000;
}

/** Trace time (ms) of a performance.mark() by name, or null. */
export function markTime(events, name) {
  const e = events.find((x) => x.name === name && x.cat?.includes('blink.user_timing'));
  return e ? e.ts / 1000 : null;
}
