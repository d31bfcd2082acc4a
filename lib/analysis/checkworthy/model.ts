/**
 * The check-worthiness model: logistic regression over the features of `features.ts`. The weights are
 * data (model.json, written by scripts/train-checkworthy.ts); this file only reads and applies them.
 */
import { featureHash, HashedScore, type SentenceFeatures, type SentenceInfo } from './features';
import { hiddenLogit, loadHidden, type Hidden, type HiddenFile } from './hidden';

/**
 * The JSON shape of a trained model (version 2). Weights are grouped by the feature's kind, the part of its
 * name before the colon ("w" words, "s" stems, "b" word pairs, "m" word-class pairs, "h" hand features), and
 * written as whole numbers: the weight of "w:inflation" is `weights.w.inflation / scale`. Version 1 files
 * (one flat object of decimal weights) still load.
 */
export interface ModelFile {
  format: 'claimlight-checkworthy';
  version: number;
  /** What it was trained on and how, for people reading the asset. */
  about: string;
  bias: number;
  /** Version 2: the stored weights are this many times the real ones. */
  scale?: number;
  /** Version 2: kind → rest of the feature's name → weight × scale. Version 1: feature name → weight. */
  weights: Record<string, Record<string, number>> | Record<string, number>;
  /** Optional: a hidden layer over word vectors, mixed with the regression (see hidden.ts). */
  hidden?: HiddenFile;
}

export interface CheckworthyModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
  /** The same weights keyed by `featureHash(name)`, for the runtime's `HashedScore` (names sharing a hash add up). */
  hashed: ReadonlyMap<number, number>;
  hidden?: Hidden;
}

export interface Scored {
  /** Probability that the sentence is a check-worthy factual claim. */
  p: number;
  /** The word features that pushed the score up most, strongest first (for the reason). */
  top: Array<{ feature: string; weight: number }>;
}

/** Checks and loads a model file; throws a clear error on anything else. */
export function loadModel(file: unknown): CheckworthyModel {
  const f = file as Partial<ModelFile> | null;
  if (!f || f.format !== 'claimlight-checkworthy' || typeof f.bias !== 'number' || !Number.isFinite(f.bias) || !f.weights || typeof f.weights !== 'object') {
    throw new Error('Not a Claimlight check-worthiness model (expected format "claimlight-checkworthy" with a bias and weights).');
  }
  const weights = new Map<string, number>();
  const put = (k: string, v: unknown, scale: number): void => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`Model weight for "${k}" is not a finite number.`);
    weights.set(k, v / scale);
  };
  if (f.version === 1) {
    for (const [k, v] of Object.entries(f.weights)) put(k, v, 1);
  } else if (f.version === 2) {
    const scale = f.scale;
    if (typeof scale !== 'number' || !(scale > 0)) throw new Error('Check-worthiness model version 2 needs a positive scale.');
    for (const [kind, group] of Object.entries(f.weights)) {
      if (!group || typeof group !== 'object') throw new Error(`Model weights of kind "${kind}" are not an object.`);
      for (const [rest, v] of Object.entries(group)) put(`${kind}:${rest}`, v, scale);
    }
  } else {
    throw new Error(`Unknown check-worthiness model version ${String(f.version)} (this Claimlight reads versions 1 and 2).`);
  }
  const hashed = new Map<number, number>();
  for (const [k, v] of weights) {
    const h = featureHash(k);
    hashed.set(h, (hashed.get(h) ?? 0) + v);
  }
  return { bias: f.bias, weights, hashed, ...(f.hidden === undefined ? {} : { hidden: loadHidden(f.hidden) }) };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The regression's logit `z`, mixed with the hidden layer's when the model has one. */
function mixed(model: CheckworthyModel, z: number, info: Pick<SentenceInfo, 'tokens' | 'hand'>): number {
  const h = model.hidden;
  return h ? (1 - h.mix) * z + h.mix * hiddenLogit(h, info.tokens, info.hand) : z;
}

export function scoreFeatures(model: CheckworthyModel, f: SentenceFeatures): Scored {
  let z = model.bias;
  for (const [name, value] of f.values) {
    const w = model.weights.get(name);
    if (w !== undefined) z += w * value;
  }
  let top: Scored['top'] | null = null; // listed only when a reason needs it
  return {
    p: sigmoid(mixed(model, z, f)),
    get top(): Scored['top'] {
      top ??= topFeatures(model, f);
      return top;
    },
  };
}

/** The word features that pushed the score up most, strongest first (hand features explain themselves through cues). */
function topFeatures(model: CheckworthyModel, f: SentenceFeatures): Scored['top'] {
  const top: Scored['top'] = [];
  for (const [name, value] of f.values) {
    const w = model.weights.get(name);
    if (w !== undefined && w > 0 && !name.startsWith('h:')) top.push({ feature: name, weight: w * value });
  }
  top.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
  return top.slice(0, 5);
}

const scorers = new WeakMap<CheckworthyModel, HashedScore>();
/** A reusable scorer for `model` (the analysis is synchronous: one sentence at a time). */
export function hashedScorer(model: CheckworthyModel): HashedScore {
  let h = scorers.get(model);
  if (!h) {
    h = new HashedScore(model.hashed);
    scorers.set(model, h);
  }
  h.reset();
  return h;
}

/** The probability from a scorer's features and the sentence's words: what `scoreFeatures` gives for the same sentence. */
export function probability(model: CheckworthyModel, scorer: HashedScore, info: Pick<SentenceInfo, 'tokens' | 'hand'>): number {
  return sigmoid(mixed(model, model.bias + scorer.score(), info));
}
