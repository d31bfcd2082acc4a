/**
 * Training of the check-worthiness model: logistic regression fitted by a few passes of stochastic gradient
 * descent with Adam (sparse, one sentence at a time) and a small L2 penalty; several runs with different
 * seeded orders are averaged into one set of weights. Deterministic: the same rows and options give the same
 * weights. Used by scripts/train-checkworthy.ts and scripts/eval-checkworthy.ts; never bundled in the extension.
 *
 * Measured alternatives (5-fold cross-validation on the ClaimBuster training split, best F1 at precision ≥ 0.85
 * on out-of-fold probabilities): a fully converged L-BFGS fit at its best L2 0.737, this trainer 0.739; word
 * and pair features alone 0.710, hand features alone 0.577; naive-Bayes-scaled features, character n-grams,
 * a hidden layer of 16 units and feature interactions did not help. See scripts/eval-checkworthy.ts.
 * Measured again in Dec 2026 on fold seeds 7, 31, 1 and 12 (best out-of-fold F1 at P ≥ 0.85 / ≥ 0.87; this
 * trainer 0.741–0.755 / 0.730–0.754 depending on the seed): word trigrams, skip pairs ("a _ b"), the last word,
 * stem pairs, word-class sequences, words crossed with "has a figure", L2 3e-5 and 3e-4, 10 epochs, 7 runs,
 * pairs seen twice, a positive-class weight of 0.6 or 1.6, feature dropout 0.3 or 0.5, and averaging the
 * logits of three such models all land within ±0.01 of it, as do different fold seeds for the same model:
 * no gain beyond the split's own noise, so none is used.
 * NBSVM (Wang & Manning 2012), measured again the same way in Dec 2026: word, stem and pair values times the
 * log-count ratio r = log((p/|p|₁)/(q/|q|₁)) of the training folds (α = 1), hand features unscaled, r folded into
 * the weights, with the paper's interpolation β = 0.5 (chosen on fold seeds 7 and 31 among α 0.5/1/2, β 0.25–1,
 * L2 3e-5–1e-3). Best out-of-fold F1 at P ≥ 0.85 on seeds 7, 31, 12, 1, 2024: 0.749 0.745 0.747 0.745 0.749
 * (mean 0.747) against 0.741 0.741 0.755 0.747 0.746 (0.746); at P ≥ 0.87 0.730 against 0.738; pooled F1 through
 * analyze() at the shipped threshold 0.735 against 0.742, lower on every seed. Not used.
 */
import type { ModelFile } from './model';

export interface Row {
  values: ReadonlyMap<string, number>;
  label: 0 | 1;
}

export interface TrainOptions {
  /** Passes over the data in each run. */
  epochs: number;
  /** Adam step size. */
  rate: number;
  /** L2 penalty, applied to a weight each time its feature is seen. */
  l2: number;
  /** Runs with different seeded orders, averaged. */
  runs: number;
  seed: number;
  /** Word, stem and word-class pair features seen in fewer training rows are dropped (hand features are always kept). */
  minDf: number;
  /** The same for word pairs ("b:…"), the most numerous: a higher floor keeps the shipped file small. */
  minDfPairs: number;
  /** Weights smaller than this in absolute value are dropped from the shipped model. */
  prune: number;
  /** Decimal places kept in the shipped weights. */
  decimals: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 6, rate: 0.003, l2: 1e-4, runs: 3, seed: 3, minDf: 2, minDfPairs: 3, prune: 0.03, decimals: 3 };

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

export function train(rows: readonly Row[], options: Partial<TrainOptions> = {}, about = ''): ModelFile {
  const o = { ...DEFAULT_TRAIN, ...options };
  const df = new Map<string, number>();
  for (const r of rows) for (const k of r.values.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const floor = (k: string): number => (k.startsWith('h:') ? 0 : k.startsWith('b:') ? o.minDfPairs : o.minDf);
  const names = [...df.keys()].filter((k) => (df.get(k) ?? 0) >= floor(k)).sort();
  const id = new Map(names.map((n, i) => [n, i]));
  const x = rows.map((r) => [...r.values].filter(([k]) => id.has(k)).map(([k, v]) => [id.get(k) as number, v] as const).sort((a, b) => a[0] - b[0]));
  const size = names.length + 1; // the last weight is the bias
  const bias = names.length;
  const mean = new Float64Array(size);
  for (let run = 0; run < o.runs; run++) {
    const w = new Float64Array(size);
    const m = new Float64Array(size);
    const v = new Float64Array(size);
    let t = 0;
    const step = (i: number, g: number): void => {
      const grad = i === bias ? g : g + o.l2 * w[i];
      m[i] = 0.9 * m[i] + 0.1 * grad;
      v[i] = 0.999 * v[i] + 0.001 * grad * grad;
      const mh = m[i] / (1 - 0.9 ** t);
      const vh = v[i] / (1 - 0.999 ** t);
      w[i] -= (o.rate * mh) / (Math.sqrt(vh) + 1e-8);
    };
    const rand = prng(o.seed + 100 * run);
    const order = rows.map((_, i) => i);
    for (let e = 0; e < o.epochs; e++) {
      for (const i of shuffle(order, rand)) {
        t++;
        let z = w[bias];
        for (const [j, val] of x[i]) z += w[j] * val;
        const g = 1 / (1 + Math.exp(-z)) - rows[i].label;
        for (const [j, val] of x[i]) step(j, g * val);
        step(bias, g);
      }
    }
    for (let i = 0; i < size; i++) mean[i] += w[i] / o.runs;
  }
  const scale = 10 ** o.decimals;
  const weights: Record<string, Record<string, number>> = {};
  names.forEach((n, i) => {
    const r = Math.round(mean[i] * scale);
    if (Math.abs(r) < o.prune * scale) return;
    const colon = n.indexOf(':');
    (weights[n.slice(0, colon)] ??= {})[n.slice(colon + 1)] = r;
  });
  return { format: 'claimlight-checkworthy', version: 2, about, bias: Number(mean[bias].toFixed(o.decimals)), scale, weights };
}