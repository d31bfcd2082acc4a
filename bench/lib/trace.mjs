// Main-thread tasks of renderer processes from a Chromium trace (CDP Tracing, category "toplevel").
// The Long Tasks API leaves out work it cannot attribute to the page's own frame (such as an
// extension's isolated world), so the trace is the second, independent record of long tasks.

export async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing,__metadata', transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** Tasks (start and duration in ms, trace clock) of every CrRendererMain thread lasting over `minMs`. */
export function longMainThreadTasks(events, minMs = 50) {
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return events
    .filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && main.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ start: e.ts / 1000, duration: e.dur / 1000 }))
    .filter((t) => t.duration > minMs);
}

/** Trace time (ms) of a performance.mark() by name, or null. */
export function markTime(events, name) {
  const e = events.find((x) => x.name === name && x.cat?.includes('blink.user_timing'));
  return e ? e.ts / 1000 : null;
}
