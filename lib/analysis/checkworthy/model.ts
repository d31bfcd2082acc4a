/**
 * The check-worthiness model: logistic regression over the features of `features.ts`. The weights are
 * data (model.json, written by scripts/train-checkworthy.ts); this file only reads and applies them.
 */
import type { SentenceFeatures } from './features';

/** The JSON shape of a trained model. */
export interface ModelFile {
  format: 'claimlight-checkworthy';
  version: number;
  /** What it was trained on and how, for people reading the asset. */
  about: string;
  bias: number;
  /** Feature name → weight ("w:inflation", "b:brought down", "h:figure"). */
  weights: Record<string, number>;
}

export interface CheckworthyModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
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
  if (!f || f.format !== 'claimlight-checkworthy' || typeof f.bias !== 'number' || !f.weights || typeof f.weights !== 'object') {
    throw new Error('Not a Claimlight check-worthiness model (expected format "claimlight-checkworthy" with a bias and weights).');
  }
  const weights = new Map<string, number>();
  for (const [k, v] of Object.entries(f.weights)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`Model weight for "${k}" is not a finite number.`);
    weights.set(k, v);
  }
  return { bias: f.bias, weights };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function scoreFeatures(model: CheckworthyModel, f: SentenceFeatures): Scored {
  let z = model.bias;
  const top: Scored['top'] = [];
  for (const [name, value] of f.values) {
    const w = model.weights.get(name);
    if (w === undefined) continue;
    z += w * value;
    if (w > 0 && name.charCodeAt(0) !== 104 /* h: hand features explain themselves through cues */) top.push({ feature: name, weight: w * value });
  }
  top.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
  return { p: sigmoid(z), top: top.slice(0, 5) };
}
