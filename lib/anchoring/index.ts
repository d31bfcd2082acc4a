export { anchor, anchorAll, anchorAllSteps } from './anchor';
export { describe } from './describe';
export { describeText, CONTEXT_LENGTH } from './describe-text';
export { matchSelectors } from './match-selectors';
export type { MatchOptions, TextMatch } from './match-types';
export { buildCodePointIndex, type CodePointIndex } from './codepoints';
export { anchoringTextMap, skipForAnchoring } from './text-model';
