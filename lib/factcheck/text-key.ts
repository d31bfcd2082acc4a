// The key by which every view finds the fact-check link of an item: its words, case, spacing and
// quote marks folded. Small on purpose: the in-page UI and the popup carry it.
import { stableHash } from '../finding-ids';

export function textKeyOf(text: string): string {
  const folded = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  return `t${stableHash(folded)}${folded.length.toString(36)}`;
}
