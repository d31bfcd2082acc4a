// An analysis's findings read in pages ("analysis/run" answers the first, "analysis/findings" each
// next one): checked through the background's message router, as a page's content script reaches
// it. The pages put together are exactly the analysis; only the tab and page that ran it can read
// them, in order, and nothing is held once they are read, expired or their tab closed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from '@/lib/browser';
import type { FindingsPage } from '@/lib/messaging/contract';
import { analyze } from '@/lib/analysis';
import { findingIdsOf } from '@/lib/finding-ids';
import { decodeBlocks } from '@/lib/messaging/blocks';
import { useFreshDb } from '@/lib/store/test-support';
import { PAGE_FINDINGS, RUNS_PER_TAB, forgetFindings, heldFindingChars } from './finding-pages';
import { SET_TTL_MS } from './text-parts';
import { contentOf as senderOf, ok as routerOk, refused } from './test-support';

const PAGE = 'https://news.example/live/blog';

/** The content script of tab `id` on the live blog (or `url`). */
const contentOf = (id: number, url = PAGE): Runtime.MessageSender => senderOf(id, url);
const ok = <T = FindingsPage>(msg: unknown, sender: Runtime.MessageSender): Promise<T> => routerOk<T>(msg, sender);

// A live blog in small: many posts, each with a quote, a figure and a disputed assertion.
const post = (i: number) =>
  `"We will rebuild bridge number ${i} by spring," said Mayor Jane Doe on day ${i}. ` +
  `The repairs will cost ${i + 3} million dollars, officials said. ` +
  `The opposition leader John Roe denied that bridge ${i} was ever safe.`;
const POSTS = Array.from({ length: 300 }, (_, i) => post(i + 1));
const TEXT = POSTS.join('\n\n');
const BLOCKS = (() => {
  let at = 0;
  return POSTS.map((p) => {
    const b = `p${at},${at + p.length}`;
    at += p.length + 2;
    return b;
  }).join(' ');
})();
const runMessage = (text = TEXT, blocks = BLOCKS) => ({ type: 'analysis/run', input: { text, blocks }, canonical: null });
const more = (next: FindingsPage['next']) => ({ type: 'analysis/findings', ...next });

/** Every page of a run, read in order by `sender`. */
async function readAll(sender: Runtime.MessageSender): Promise<FindingsPage[]> {
  const pages = [await ok(runMessage(), sender)];
  while (pages.at(-1)!.next) pages.push(await ok(more(pages.at(-1)!.next), sender));
  return pages;
}

beforeEach(() => {
  useFreshDb();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const id of [1, 2, 3]) forgetFindings(id);
});

describe('findings in pages', () => {
  it('the pages, in order, are exactly the analysis and its ids; nothing is held after the last', async () => {
    const expected = analyze({ text: TEXT, blocks: decodeBlocks(BLOCKS), aliases: [] });
    expect(expected.length).toBeGreaterThan(2 * PAGE_FINDINGS); // the test needs at least three pages
    const pages = await readAll(contentOf(1));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const p of pages) {
      expect(p.findings.length).toBeGreaterThan(0);
      expect(p.findings.length).toBeLessThanOrEqual(PAGE_FINDINGS);
      expect(p.ids).toHaveLength(p.findings.length);
    }
    expect(pages.flatMap((p) => p.findings)).toEqual(expected);
    expect(pages.flatMap((p) => p.ids)).toEqual(findingIdsOf(expected));
    expect(pages.at(-1)!.next).toBeNull();
    expect(heldFindingChars()).toBe(0);
    // Read: gone.
    expect(await refused(more(pages[0]!.next), contentOf(1))).toMatch(/no longer there/);
  });

  it('a short analysis comes in one reply and holds nothing', async () => {
    const text = POSTS.slice(0, 3).join('\n\n');
    const first = await ok(runMessage(text, `p0,${text.length}`), contentOf(1));
    expect(first.findings.length).toBeGreaterThan(0);
    expect(first.next).toBeNull();
    expect(heldFindingChars()).toBe(0);
  });

  it('another tab, or another page in the same tab, cannot read a run; its own page still can', async () => {
    const first = await ok(runMessage(), contentOf(1));
    expect(first.next).not.toBeNull();
    expect(await refused(more(first.next), contentOf(2))).toMatch(/no longer there/);
    expect(await refused(more(first.next), contentOf(1, 'https://evil.example/page'))).toMatch(/no longer there/);
    const second = await ok(more(first.next), contentOf(1));
    expect(second.findings.length).toBeGreaterThan(0);
  });

  it('refuses a page out of order and drops the run', async () => {
    const first = await ok(runMessage(), contentOf(1));
    const skip = { ...first.next!, from: first.next!.from + 1 };
    expect(await refused(more(skip), contentOf(1))).toMatch(/out of order/);
    expect(await refused(more(first.next), contentOf(1))).toMatch(/no longer there/);
    expect(heldFindingChars()).toBe(0);
  });

  it('checks the message: a run id and a whole number from 1', async () => {
    const first = await ok(runMessage(), contentOf(1));
    expect(await refused({ type: 'analysis/findings', run: 'x', from: 1 }, contentOf(1))).toMatch(/run: expected a session id/);
    expect(await refused({ ...more(first.next), from: 0 }, contentOf(1))).toMatch(/from: must be at least 1/);
    expect(await refused({ ...more(first.next), from: '250' }, contentOf(1))).toMatch(/from: expected a whole number/);
  });

  it('drops a run not read within the time limit, and a closed tab\'s runs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const first = await ok(runMessage(), contentOf(1));
    expect(heldFindingChars()).toBeGreaterThan(0);
    vi.advanceTimersByTime(SET_TTL_MS + 1);
    expect(heldFindingChars()).toBe(0);
    expect(await refused(more(first.next), contentOf(1))).toMatch(/no longer there/);

    const again = await ok(runMessage(), contentOf(1));
    forgetFindings(1);
    expect(heldFindingChars()).toBe(0);
    expect(await refused(more(again.next), contentOf(1))).toMatch(/no longer there/);
  });

  it(`holds at most ${RUNS_PER_TAB} runs per tab: a newer run drops the oldest`, async () => {
    const runs: FindingsPage[] = [];
    for (let i = 0; i <= RUNS_PER_TAB; i++) runs.push(await ok(runMessage(), contentOf(1)));
    expect(new Set(runs.map((r) => r.next!.run)).size).toBe(runs.length); // a fresh id per run
    expect(await refused(more(runs[0]!.next), contentOf(1))).toMatch(/no longer there/);
    for (const r of runs.slice(1)) expect((await ok(more(r.next), contentOf(1))).findings.length).toBeGreaterThan(0);
  });
});
