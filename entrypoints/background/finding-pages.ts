// A page's findings go back to its content script in pages. The content script reads an extension
// message's reply in one go on the page's main thread: a live blog's 5,000 findings in one
// "analysis/run" reply were 35–45 ms of the page's main thread on a slow CPU (CDP throttling ×4).
// The reply carries the first page and, while more are left, a `next` ({ run, from }) that the
// content script sends back as "analysis/findings" for the next page, in order, until `next` is
// null: each reply is a few ms of work at ×4, and the page runs between them.
//
// The findings are the page's own analysis, never the reader's data, and they are held as the text
// parts are (./text-parts.ts): per tab and page address from the browser's sender data (never the
// message), under a random run id only that content script has, for SET_TTL_MS after the last
// request, at most RUNS_PER_TAB runs per tab, and dropped when the tab closes. Past MAX_HELD_CHARS
// for all tabs together nothing more is held: the reply then carries all the findings, as before.
import type { Finding } from '@/lib/model';
import type { FindingsPage } from '@/lib/messaging/contract';
import { randomId } from '@/lib/random-id';
import { SET_TTL_MS } from './text-parts';

/** At most this many findings in one reply… */
export const PAGE_FINDINGS = 250;
/** …and at most this many characters of their text and reasons (a page holds at least one finding). */
export const PAGE_CHARS = 40_000;
/** Runs held per tab (a page re-analysed while its previous run is still being read). */
export const RUNS_PER_TAB = 2;
/** Characters held for all tabs together. */
export const MAX_HELD_CHARS = 20_000_000;

/** Who asks: the sender's tab and page address (the browser's). */
export interface PageSender {
  readonly tabId: number | undefined;
  readonly url: string;
}

interface Held {
  run: string;
  url: string;
  findings: Finding[];
  ids: string[];
  /** Where the next page starts. */
  from: number;
  chars: number;
  timer: ReturnType<typeof setTimeout>;
}

const held = new Map<number, Held[]>();
let heldChars = 0;

const charsOf = (f: Finding): number => f.text.length + f.reason.length + 100;

/** Where the page that starts at `from` ends. */
function pageEnd(findings: readonly Finding[], from: number): number {
  let end = from;
  let chars = 0;
  while (end < findings.length && end - from < PAGE_FINDINGS) {
    chars += charsOf(findings[end]!);
    if (chars > PAGE_CHARS && end > from) break;
    end++;
  }
  return end;
}

function drop(tabId: number, set: Held): void {
  const runs = held.get(tabId);
  const i = runs?.indexOf(set) ?? -1;
  if (!runs || i < 0) return;
  clearTimeout(set.timer);
  heldChars -= set.chars;
  runs.splice(i, 1);
  if (!runs.length) held.delete(tabId);
}

/** Drop every run held for a tab (it closed). */
export function forgetFindings(tabId: number): void {
  for (const set of [...(held.get(tabId) ?? [])]) drop(tabId, set);
}

function page(tabId: number, set: Held): FindingsPage {
  const from = set.from;
  const end = pageEnd(set.findings, from);
  set.from = end;
  clearTimeout(set.timer);
  if (end >= set.findings.length) drop(tabId, set);
  else set.timer = setTimeout(() => drop(tabId, set), SET_TTL_MS);
  return { findings: set.findings.slice(from, end), ids: set.ids.slice(from, end), next: end < set.findings.length ? { run: set.run, from: end } : null };
}

/** The first page of a run's findings (all of them when they fit in one page or cannot be held). */
export function firstPage(sender: PageSender, findings: Finding[], ids: string[]): FindingsPage {
  const tabId = sender.tabId;
  const all: FindingsPage = { findings, ids, next: null };
  if (tabId === undefined || tabId < 0 || pageEnd(findings, 0) >= findings.length) return all;
  let chars = 0;
  for (const f of findings) chars += charsOf(f);
  if (heldChars + chars > MAX_HELD_CHARS) return all;
  const runs = held.get(tabId) ?? [];
  while (runs.length >= RUNS_PER_TAB) drop(tabId, runs[0]!);
  const set: Held = { run: randomId(), url: sender.url, findings, ids, from: 0, chars, timer: undefined as unknown as ReturnType<typeof setTimeout> };
  runs.push(set);
  held.set(tabId, runs);
  heldChars += chars;
  return page(tabId, set);
}

/** The next page of a run: only its own tab and page address may read it, in order. */
export function nextPage(sender: PageSender, run: string, from: number): FindingsPage {
  const tabId = sender.tabId ?? -1;
  const set = held.get(tabId)?.find((s) => s.run === run && s.url === sender.url);
  if (!set) throw new Error("Claimlight's analysis of this page is no longer there (the background may have restarted). Please reload the page.");
  if (from !== set.from) {
    drop(tabId, set);
    throw new Error(`Claimlight's analysis of this page was read out of order (from ${from}, expected ${set.from}). Please reload the page.`);
  }
  return page(tabId, set);
}

/** Characters held for all tabs (for tests). */
export const heldFindingChars = (): number => heldChars;
