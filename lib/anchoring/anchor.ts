// Selectors → a DOM Range on the matched words, or null (an orphan the reader can see and fix).
import type { Selector } from '../model';
import { rangeAt, type TextMap } from '../dom/text-map';
import type { Steps } from '../dom/steps';
import { buildCodePointIndex, type CodePointIndex } from './codepoints';
import { matchSelectors } from './match-selectors';
import { anchoringTextMap, anchoringTextMapSteps } from './text-model';

function anchorIn(map: TextMap, cpIndex: CodePointIndex, selectors: readonly Selector[]): Range | null {
  const match = matchSelectors(map.text, selectors, { cpIndex });
  return match ? rangeAt(map, match.start, match.end) : null;
}

export function anchor(root: Element, selectors: Selector[]): Range | null {
  const map = anchoringTextMap(root);
  return anchorIn(map, buildCodePointIndex(map.text), selectors);
}

/** Anchor many annotations against one text map and one code-point index. */
export function anchorAll(root: Element, list: Selector[][]): (Range | null)[] {
  const map = anchoringTextMap(root);
  const cpIndex = buildCodePointIndex(map.text);
  return list.map((selectors) => anchorIn(map, cpIndex, selectors));
}

/**
 * anchorAll as a pass that can pause (lib/dom/steps.ts): the text map of a live blog's body is
 * hundreds of ms at CPU ×4 in one piece. It pauses while walking the text and between annotations;
 * the ranges are made at the end, in one step, from the map — unless the page changed meanwhile
 * (its text nodes may have moved): then all of it is anchored again at once, as anchorAll does, so
 * a range never lands on words the selectors did not match.
 */
export function* anchorAllSteps(root: Element, list: Selector[][]): Steps<(Range | null)[]> {
  const Observer = root.ownerDocument.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  const changes = Observer ? new Observer(() => undefined) : null;
  changes?.observe(root, { childList: true, subtree: true, characterData: true });
  try {
    const map = yield* anchoringTextMapSteps(root);
    yield; // the map's last step joins the whole text
    const cpIndex = buildCodePointIndex(map.text);
    const matches: (ReturnType<typeof matchSelectors> | null)[] = [];
    for (const selectors of list) {
      yield;
      matches.push(matchSelectors(map.text, selectors, { cpIndex }));
    }
    // takeRecords() also empties the observer's queue: its callback never runs for these records.
    if (!changes || changes.takeRecords().length) return anchorAll(root, list);
    return matches.map((m) => (m ? rangeAt(map, m.start, m.end) : null));
  } finally {
    changes?.disconnect();
  }
}
