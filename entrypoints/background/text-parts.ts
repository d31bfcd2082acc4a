// The parts of a long article's text, kept until the "analysis/run" that names them arrives
// (lib/messaging/text-parts.ts sends them). Content scripts are untrusted, so:
// - parts are kept per tab (from the browser's sender data, never the message) and per page
//   address: a page reaches only its own tab's set, and a set left by the page before in the same
//   tab is never finished by the next one;
// - they come in order: part 0 starts a new set (dropping any unfinished one of the tab), every
//   other part must be the next index of the same run, anything else drops the set;
// - each part is at most TEXT_PART characters (the message schema), a set at most the article limit,
//   and all tabs together at most MAX_WAITING_CHARS: past it a new part is refused;
// - a set that is not finished within SET_TTL_MS of its last part is dropped, as is a closed tab's.
import { MAX_ARTICLE } from '@/lib/messaging/from-content';

/** How long an unfinished set is kept after its last part. */
export const SET_TTL_MS = 60_000;
/** Characters waiting in unfinished sets of all tabs together (two giant pages' worth). */
export const MAX_WAITING_CHARS = 2 * MAX_ARTICLE;

interface PartSet {
  run: string;
  url: string;
  parts: string[];
  chars: number;
  timer: ReturnType<typeof setTimeout>;
}

/** Who sends a part: the sender's tab and page address (the browser's). */
export interface PartSender {
  readonly tabId: number | undefined;
  readonly url: string;
}

const sets = new Map<number, PartSet>();
let waiting = 0;

const PROBLEM = "Claimlight could not receive this page's text";

/** Drop a tab's unfinished set (its tab closed, it expired, or it went wrong). */
export function forgetParts(tabId: number): void {
  const set = sets.get(tabId);
  if (!set) return;
  clearTimeout(set.timer);
  waiting -= set.chars;
  sets.delete(tabId);
}

function tabOf(sender: PartSender): number {
  if (sender.tabId === undefined || sender.tabId < 0) throw new Error(`${PROBLEM}: only a tab's page may send it in parts.`);
  return sender.tabId;
}

/** Keep one part; throws (dropping the tab's set) when it is out of order or past a limit. */
export function addPart(sender: PartSender, run: string, index: number, text: string): void {
  const tabId = tabOf(sender);
  if (index === 0) forgetParts(tabId);
  const set = sets.get(tabId);
  if (index > 0 && (!set || set.run !== run || set.url !== sender.url || set.parts.length !== index)) {
    forgetParts(tabId);
    throw new Error(`${PROBLEM}: part ${index} came out of order. Please reload the page.`);
  }
  if ((set?.chars ?? 0) + text.length > MAX_ARTICLE) {
    forgetParts(tabId);
    throw new Error(`${PROBLEM}: it is longer than ${MAX_ARTICLE.toLocaleString('en')} characters.`);
  }
  if (waiting + text.length > MAX_WAITING_CHARS) {
    forgetParts(tabId);
    throw new Error(`${PROBLEM}: too many pages are sending long texts at once. Please try again in a minute.`);
  }
  const kept = set ?? { run, url: sender.url, parts: [], chars: 0, timer: undefined as unknown as ReturnType<typeof setTimeout> };
  clearTimeout(kept.timer);
  kept.parts.push(text);
  kept.chars += text.length;
  kept.timer = setTimeout(() => forgetParts(tabId), SET_TTL_MS);
  waiting += text.length;
  sets.set(tabId, kept);
}

/**
 * The whole text of a run: its `count` parts and then `last`. The set is dropped either way; throws
 * when the parts are not all there (a lost or expired set, another page's run).
 */
export function takeText(sender: PartSender, run: string, count: number, last: string): string {
  const tabId = tabOf(sender);
  const set = sets.get(tabId);
  const complete = set && set.run === run && set.url === sender.url && set.parts.length === count;
  if (set && (complete || set.run === run)) forgetParts(tabId);
  if (!complete) throw new Error(`${PROBLEM}: parts of it are missing (the background may have restarted). Please reload the page.`);
  if (set.chars + last.length > MAX_ARTICLE) throw new Error(`${PROBLEM}: it is longer than ${MAX_ARTICLE.toLocaleString('en')} characters.`);
  return set.parts.join('') + last;
}

/** Characters held in unfinished sets (for tests). */
export const waitingChars = (): number => waiting;
