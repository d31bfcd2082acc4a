/**
 * Check-worthiness: how likely a sentence is a factual claim the public would want checked, from a small
 * logistic-regression model (model.json, trained by scripts/train-checkworthy.ts on the ClaimBuster debate
 * sentences) over the features of features.ts. Runs wherever the analysis runs (background, Node, CLI);
 * the content script never imports it.
 */
import modelFile from './model.json';
import { loadModel, type CheckworthyModel } from './model';

export { emitFeatures, sentenceFeatures, type SentenceFeatures } from './features';
export { hashedScorer, loadModel, probability, scoreFeatures, type CheckworthyModel, type ModelFile, type Scored } from './model';
export type { Cue, CueKind } from './cues';

let shipped: CheckworthyModel | null = null;

/** The model shipped with Claimlight, read on first use. */
export function shippedModel(): CheckworthyModel {
  shipped ??= loadModel(modelFile);
  return shipped;
}
