// Selectors → a DOM Range on the matched words, or null (an orphan the reader can see and fix).
import type { Selector } from '../model';
import { rangeAt, type TextMap } from '../dom/text-map';
import { buildCodePointIndex, type CodePointIndex } from './codepoints';
import { matchSelectors } from './match-selectors';
import { anchoringTextMap } from './text-model';

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
