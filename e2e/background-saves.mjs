// Saves and updates sent to an article's tab, with the tab in front or hidden behind another tab of
// its window (where browsers throttle timers: Firefox runs a hidden tab's timers at most once a
// second). Shared by the browser tests (which check that every save completes) and by
// bench/probes/background-saves.mjs (which reports how long each one took).
import { controlPage, findTab, tabMessage, until, waitReady } from './browsers.mjs';

/** One message to the tab, timed from the extension page that sends it (a visible page of its own). */
async function timedSend(control, tabId, msg) {
  return control.evaluate(async ({ tabId, msg }) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const t0 = performance.now();
    const reply = await api.tabs.sendMessage(tabId, msg);
    return { ms: performance.now() - t0, reply };
  }, { tabId, msg });
}

/** How long three chained setTimeout(0) take in the page: a direct reading of timer throttling. */
export function timerProbe(page) {
  return page.evaluate(async () => {
    const t0 = performance.now();
    for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
    return Math.round(performance.now() - t0);
  });
}

/**
 * A session on one browser: the article in a tab, an extension page in a window of its own.
 * hide() opens a blank tab in front of the article in the article's window; show() brings it back.
 */
export async function openArticleSession(b, url) {
  const article = await b.browser.newPage();
  await article.goto(url);
  await waitReady(article);
  const control = await controlPage(b);
  const tab = await findTab(control, url);
  let cover = null;
  const visibility = () => article.evaluate(() => document.visibilityState);
  return {
    article,
    control,
    tab,
    visibility,
    async hide() {
      cover = await control.evaluate(async (windowId) => {
        const api = globalThis.browser ?? globalThis.chrome;
        return (await api.tabs.create({ windowId, url: 'about:blank', active: true })).id;
      }, tab.windowId);
      await until(async () => (await visibility()) === 'hidden', 'the article tab to be hidden');
    },
    async show() {
      await control.evaluate(async ({ tabId, cover }) => {
        const api = globalThis.browser ?? globalThis.chrome;
        await api.tabs.update(tabId, { active: true });
        if (cover !== null) await api.tabs.remove(cover);
      }, { tabId: tab.id, cover });
      cover = null;
      await until(async () => (await visibility()) === 'visible', 'the article tab to be visible');
    },
    state: () => tabMessage(control, tab.id, { type: 'tab/state' }),
    async close() {
      await control.close().catch(() => undefined);
      await article.close().catch(() => undefined);
    },
  };
}

/**
 * Keep `n` unsaved auto-findings with a note each (a create and a repaint per save), then change
 * each note again (an update and a repaint). Returns the reply times and the saved items; throws
 * if a save fails. Every save is awaited: the reply is the condition.
 */
export async function saveAndUpdate(session, n, label) {
  const { control, tab } = session;
  const state = await session.state();
  const targets = state.items.filter((i) => !i.saved && !i.orphan).slice(0, n);
  if (targets.length < n) throw new Error(`only ${targets.length} unsaved findings left for ${n} saves`);
  const saveMs = [];
  const updateMs = [];
  const saved = [];
  for (const [i, item] of targets.entries()) {
    const { ms, reply } = await timedSend(control, tab.id, { type: 'tab/update', id: item.id, patch: { note: `${label} note ${i}` } });
    if (!reply?.ok || !reply.data.item) throw new Error(`save ${i} (${label}) failed: ${JSON.stringify(reply)}`);
    saveMs.push(ms);
    saved.push(reply.data.item);
  }
  for (const [i, item] of saved.entries()) {
    const { ms, reply } = await timedSend(control, tab.id, { type: 'tab/update', id: item.id, patch: { note: `${label} note ${i}, revised` } });
    if (!reply?.ok || reply.data.item?.note !== `${label} note ${i}, revised`) throw new Error(`update ${i} (${label}) failed: ${JSON.stringify(reply)}`);
    updateMs.push(ms);
  }
  return { saveMs, updateMs, saved };
}

/** The saved items as the tab reports them, and whether each one's mark on the page is a saved one. */
export async function checkSaved(session, saved, label) {
  const state = await session.state();
  for (const [i, s] of saved.entries()) {
    const item = state.items.find((x) => x.id === s.id);
    if (!item?.saved || item.note !== `${label} note ${i}, revised`) throw new Error(`item ${s.id} not saved with its note: ${JSON.stringify(item)}`);
  }
  await until(
    () => session.article.evaluate((ids) => ids.every((id) => document.querySelector(`mark[data-claimlight-id="${CSS.escape(id)}"][data-claimlight-saved]`)), saved.map((s) => s.id)),
    'the saved marks on the page',
  );
}


export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
