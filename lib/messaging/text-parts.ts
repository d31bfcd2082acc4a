// A long article's text goes to the background in parts. runtime.sendMessage serialises a message
// on the sender's main thread in one go: the 2.6 MB of a live blog's text in one "analysis/run" was
// four stretches of 40 ms and more of the page's main thread on a slow CPU (a CPU profile at ×4,
// bench/probes/slow-cpu-profile.mjs). Sent as parts of TEXT_PART characters, one after the other
// (each waits for its answer, so they arrive in order and the page runs between them), no single
// message costs the page a long task. The background keeps the parts per tab until the
// "analysis/run" that names them arrives (entrypoints/background/text-parts.ts checks them).
//
// The content script's core imports only TEXT_PART (./part-limits.ts); the sender below comes with the
// interactive bundle (entrypoints/interactive.ts), which a page this long loads anyway to paint near the viewport.
import type { ContentResponses } from './contract';
import { sendToBackground } from './client';
import { TEXT_PART } from './part-limits';
import { randomId } from '../random-id';

/** Where to cut `text` at or before `end` without splitting a surrogate pair. */
export function partEnd(text: string, end: number): number {
  if (end >= text.length) return text.length;
  const c = text.charCodeAt(end - 1);
  return c >= 0xd800 && c <= 0xdbff ? end - 1 : end;
}

/** The parts of `text` as analyseInParts sends them: every part but the last, then the last. */
export function splitText(text: string, part = TEXT_PART): { parts: string[]; last: string } {
  const parts: string[] = [];
  let at = 0;
  while (text.length - at > part) {
    const end = partEnd(text, at + part);
    parts.push(text.slice(at, end));
    at = end;
  }
  return { parts, last: text.slice(at) };
}

export interface AnalysisInput {
  text: string;
  /** Encoded blocks (./blocks.ts). */
  blocks: string;
  title?: string;
}

/**
 * "analysis/run" for a text of any length: parts first (each answered before the next is sent),
 * then the run with the last part and how many came before it.
 */
export async function analyseInParts({ input, canonical }: { input: AnalysisInput; canonical: string | null }): Promise<ContentResponses['analysis/run']> {
  const { parts, last } = splitText(input.text);
  if (!parts.length) return sendToBackground('analysis/run', { input, canonical });
  const run = randomId();
  for (let index = 0; index < parts.length; index++) await sendToBackground('analysis/part', { run, index, text: parts[index]! });
  return sendToBackground('analysis/run', { input: { ...input, text: last }, canonical, parts: { run, count: parts.length } });
}
