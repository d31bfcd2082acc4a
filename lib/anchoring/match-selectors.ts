// The DOM-free core: selectors in, a span of the text (UTF-16) out, or null for an orphan.
// Position first (free), then exact occurrences (one indexOf scan), then the fuzzy search.
import type { Selector } from '../model';
import { buildCodePointIndex } from './codepoints';
import { matchExactQuote } from './match-exact';
import { matchFuzzy } from './match-fuzzy';
import { expectedStart, matchAtPosition } from './match-position';
import type { MatchOptions, TextMatch } from './match-types';
import { readTarget } from './selectors';

export function matchSelectors(text: string, selectors: readonly Selector[], opts: MatchOptions = {}): TextMatch | null {
  const target = readTarget(selectors);
  if (!target || text.length === 0) return null;
  const cpIndex = opts.cpIndex && opts.cpIndex.length === text.length ? opts.cpIndex : buildCodePointIndex(text);
  const expected = expectedStart(target, cpIndex);
  return (
    matchAtPosition(text, target, cpIndex) ??
    matchExactQuote(text, target, expected) ??
    matchFuzzy(text, target, expected)
  );
}
