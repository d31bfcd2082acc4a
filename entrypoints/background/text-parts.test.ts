// A long article's text sent in parts ("analysis/part", then "analysis/run" naming them): checked
// through the background's message router, as a page's content script reaches it. Parts are
// untrusted: out of order, too big, another tab's or another page's, never finished.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from '@/lib/browser';
import { useFreshDb } from '@/lib/store/test-support';
import { MAX_TEXT_PARTS, TEXT_PART } from '@/lib/messaging/part-limits';
import { splitText } from '@/lib/messaging/text-parts';
import { MAX_ARTICLE } from '@/lib/messaging/from-content';
import { MAX_WAITING_CHARS, SET_TTL_MS, forgetParts, waitingChars } from './text-parts';
import { contentOf, ok, refused } from './test-support';

const PAGE = 'https://news.example/world/story';
const OTHER = 'https://evil.example/page';
const RUN = '0b7c7f4e-8d7f-4a51-9b0e-2a6c3c1f5d11';
const RUN2 = '5e3f2a10-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

type Findings = { findings: { kind: string; start: number; end: number; speaker: string | null }[]; ids: string[]; ms: number };

const part = (index: number, text: string, run = RUN) => ({ type: 'analysis/part', run, index, text });
const run = (text: string, last: string, count: number, runId = RUN) => ({
  type: 'analysis/run',
  input: { text: last, blocks: `p0,${text.length}` },
  canonical: null,
  parts: { run: runId, count },
});

// An article whose quote sits in its last third: its offsets only come out right if the parts were joined in order.
const FILLER = 'The council met on Tuesday to discuss the budget for the coming year. '.repeat(40);
const ARTICLE = `${FILLER}"We will not back down," said Jane Doe. ${FILLER}"The plan is sound," said John Roe.`;

/** Send ARTICLE in parts of `size` characters from tab `tab`; returns the run message's answer. */
async function sendInParts(size: number, sender = contentOf(1, PAGE), runId = RUN): Promise<Findings> {
  const { parts, last } = splitText(ARTICLE, size);
  for (const [i, p] of parts.entries()) await ok(part(i, p, runId), sender);
  return ok<Findings>(run(ARTICLE, last, parts.length, runId), sender);
}

beforeEach(() => {
  useFreshDb();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const id of [1, 2, 3]) forgetParts(id);
});

describe('analysis in parts', () => {
  it('joins the parts in order: the same findings as one message', async () => {
    const whole = await ok<Findings>({ type: 'analysis/run', input: { text: ARTICLE, blocks: `p0,${ARTICLE.length}` }, canonical: null }, contentOf(1, PAGE));
    const inParts = await sendInParts(700);
    expect(whole.findings.filter((f) => f.kind === 'quote')).toHaveLength(2);
    expect(inParts).toEqual({ ...whole, ms: inParts.ms });
    const last = inParts.findings.find((f) => f.kind === 'quote' && f.speaker === 'John Roe')!;
    expect(ARTICLE.slice(last.start, last.end)).toContain('The plan is sound');
    expect(waitingChars()).toBe(0); // nothing kept once the run took its parts
  });

  it('refuses a part out of order and drops the set', async () => {
    const { parts, last } = splitText(ARTICLE, 700);
    expect(await refused(part(1, parts[1]!), contentOf(1, PAGE))).toMatch(/out of order/);
    await ok(part(0, parts[0]!), contentOf(1, PAGE));
    expect(await refused(part(2, parts[2]!), contentOf(1, PAGE))).toMatch(/out of order/); // part 1 skipped
    expect(waitingChars()).toBe(0);
    // The run cannot be finished with what is left (nothing).
    expect(await refused(run(ARTICLE, last, parts.length), contentOf(1, PAGE))).toMatch(/missing/);
  });

  it('refuses a run whose count does not match the parts received', async () => {
    const { parts, last } = splitText(ARTICLE, 700);
    for (const [i, p] of parts.slice(0, -1).entries()) await ok(part(i, p), contentOf(1, PAGE));
    expect(await refused(run(ARTICLE, last, parts.length), contentOf(1, PAGE))).toMatch(/missing/);
    expect(waitingChars()).toBe(0);
  });

  it('a new part 0 starts over: the unfinished set is dropped', async () => {
    const { parts } = splitText(ARTICLE, 700);
    await ok(part(0, parts[0]!), contentOf(1, PAGE));
    await ok(part(1, parts[1]!), contentOf(1, PAGE));
    const found = await sendInParts(900, contentOf(1, PAGE), RUN2);
    expect(found.findings.filter((f) => f.kind === 'quote')).toHaveLength(2);
    expect(waitingChars()).toBe(0);
    expect(await refused(run(ARTICLE, 'x', 2), contentOf(1, PAGE))).toMatch(/missing/); // the first run is gone
  });

  it("another tab can neither add to nor finish a tab's set, nor disturb it", async () => {
    const { parts, last } = splitText(ARTICLE, 700);
    await ok(part(0, parts[0]!), contentOf(1, PAGE));
    // Tab 2 (another page) knows the run id: it still reaches only its own tab's (empty) set.
    expect(await refused(part(1, parts[1]!), contentOf(2, OTHER))).toMatch(/out of order/);
    expect(await refused(run(ARTICLE, last, 1), contentOf(2, OTHER))).toMatch(/missing/);
    // Tab 2 starting its own set leaves tab 1's alone.
    await ok(part(0, 'Something else entirely. '), contentOf(2, OTHER));
    for (const [i, p] of parts.entries()) if (i > 0) await ok(part(i, p), contentOf(1, PAGE));
    const found = await ok<Findings>(run(ARTICLE, last, parts.length), contentOf(1, PAGE));
    expect(found.findings.filter((f) => f.kind === 'quote')).toHaveLength(2);
  });

  it('the next page in the same tab cannot finish the page before it', async () => {
    const { parts, last } = splitText(ARTICLE, 700);
    await ok(part(0, parts[0]!), contentOf(1, PAGE));
    expect(await refused(part(1, parts[1]!), contentOf(1, OTHER))).toMatch(/out of order/);
    await ok(part(0, parts[0]!), contentOf(1, PAGE));
    expect(await refused(run(ARTICLE, last, 1), contentOf(1, OTHER))).toMatch(/missing/);
    expect(waitingChars()).toBe(0);
  });

  it('drops a set that is never finished, and a closed tab’s', async () => {
    vi.useFakeTimers();
    const { parts, last } = splitText(ARTICLE, 700);
    await ok(part(0, parts[0]!), contentOf(1, PAGE));
    await ok(part(1, parts[1]!), contentOf(1, PAGE));
    expect(waitingChars()).toBe(parts[0]!.length + parts[1]!.length);
    vi.advanceTimersByTime(SET_TTL_MS - 1000);
    await ok(part(2, parts[2]!), contentOf(1, PAGE)); // each part keeps the set for another SET_TTL_MS
    vi.advanceTimersByTime(SET_TTL_MS - 1000);
    expect(waitingChars()).toBeGreaterThan(0);
    vi.advanceTimersByTime(2000);
    expect(waitingChars()).toBe(0);
    vi.useRealTimers();
    expect(await refused(run(ARTICLE, last, parts.length), contentOf(1, PAGE))).toMatch(/missing/);

    await ok(part(0, parts[0]!), contentOf(3, PAGE));
    forgetParts(3); // what the background does when tab 3 closes
    expect(waitingChars()).toBe(0);
  });

  it('refuses parts past the size limits', async () => {
    expect(await refused(part(0, 'x'.repeat(TEXT_PART + 1)), contentOf(1, PAGE))).toMatch(/limit is 200,000/);
    expect(await refused(part(0, ''), contentOf(1, PAGE))).toMatch(/must not be empty/);
    expect(await refused(part(MAX_TEXT_PARTS, 'x'), contentOf(1, PAGE))).toMatch(/at most/);
    expect(await refused({ ...part(0, 'x'), run: 'not-a-uuid' }, contentOf(1, PAGE))).toMatch(/session id/);
    expect(await refused(run('x', 'x', MAX_TEXT_PARTS + 1), contentOf(1, PAGE))).toMatch(/at most/);
    expect(waitingChars()).toBe(0);
  });

  it('holds at most MAX_WAITING_CHARS for all tabs together', async () => {
    const big = 'x'.repeat(TEXT_PART);
    const perTab = MAX_ARTICLE / TEXT_PART;
    expect(MAX_WAITING_CHARS).toBe(2 * MAX_ARTICLE);
    for (const tab of [1, 2]) for (let i = 0; i < perTab; i++) await ok(part(i, big), contentOf(tab, PAGE));
    expect(waitingChars()).toBe(MAX_WAITING_CHARS);
    expect(await refused(part(0, 'x'), contentOf(3, PAGE))).toMatch(/too many pages/);
    expect(waitingChars()).toBe(MAX_WAITING_CHARS);
    // No part past the article limit (MAX_TEXT_PARTS parts of TEXT_PART).
    expect(await refused(part(perTab, 'x'), contentOf(1, PAGE))).toMatch(/at most 99/);
    expect(waitingChars()).toBe(MAX_WAITING_CHARS);
    // Tab 1 starting over frees its set: room again for tab 3.
    await ok(part(0, 'x'), contentOf(1, PAGE));
    expect(waitingChars()).toBe(MAX_ARTICLE + 1);
    await ok(part(0, 'x'), contentOf(3, PAGE));
  });

  it('only a tab may send parts', async () => {
    const noTab: Runtime.MessageSender = { url: PAGE, frameId: 0 };
    expect(await refused(part(0, 'x'), noTab)).toMatch(/content scripts of web pages/);
  });
});
