import type { CodePointIndex } from './codepoints';

/** A place in the text for a set of selectors. Offsets are UTF-16 code units. */
export interface TextMatch {
  start: number;
  end: number;
  /** 0..1: 1 for the exact words at the saved position with their context. */
  score: number;
  strategy: 'position' | 'quote' | 'fuzzy';
}

export interface MatchOptions {
  /** The code-point index of the same text, when the caller matches many selectors against it. */
  cpIndex?: CodePointIndex;
}
