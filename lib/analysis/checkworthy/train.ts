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
 * What did help (Dec 2026): a hidden layer over GloVe word vectors rather than over these sparse features
 * (`trainHidden` below; the earlier 16-unit layer read the same words the regression reads), mixed into the
 * regression's logit. See DEFAULT_HIDDEN.
 */
import { encodeBase64, type HiddenFile } from './hidden';
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
export interface HiddenOptions {
  /** Units in the hidden layer. */
  hidden: number;
  epochs: number;
  /** Adam step size. */
  rate: number;
  /** L2 penalty on the weights (not the biases), at every step. */
  l2: number;
  seed: number;
  /** Weight of the hidden layer's logit in the final score (the regression has the rest). */
  mix: number;
  /** Nets trained with different seeds and averaged (see `packHidden`); absent: one. */
  nets?: number;
}

/**
 * Chosen on 5-fold cross-validation of the ClaimBuster training split (scripts/eval-checkworthy.ts, fold seeds 12,
 * 7 and 31; best out-of-fold F1 at precision ≥ 0.85): 16 units do as well as 32; 20,000 words as well as 60,000;
 * the regression alone 0.755 / 0.741 / 0.741, the layer alone 0.69 / 0.67 / 0.69, mixed at 0.3 0.763 / 0.764 /
 * 0.768 (0.4 and 0.5 no better). A mean of word vectors fed straight into the regression gained less than half of that.
 * Measured again in Dec 2026, pooled through analyze() (scripts/eval-checkworthy.ts; F1 at P, fold seeds 12 / 7 / 31;
 * this layer .754 at .856 / .758 at .850 / .754 at .856), none kept:
 * - averaging nets of different seeds (`nets`, `packHidden`): 2 nets .755 / .757 / .753 at P .858 / .852 / .851; 3 nets
 *   .756 / .761 / .750 at .856 / .856 / .849; 4 nets .756 / .761 / .751 (5 on seed 12: .757 at .860), with mix 0.4 alike.
 *   Seed 31 loses precision: the nets' disagreement is not where the errors are. (3 or more would also need a smaller
 *   vocabulary to keep model.json under 1.6 MB.)
 * - words weighed by r / (r + 50) (smooth inverse frequency by vocabulary rank) in the average, seed 12: .749 at .854;
 *   with 2 nets and mix 0.4 .755 at .853.
 * - the layer fitted as its share of the mixed score, the regression's logit (out-of-fold within the training folds)
 *   as a fixed offset, seed 12: more sentences flagged (2 nets, mix 0.4: .766 at P .828), and with the logit shifted
 *   down to the same precision .754 at .852: the same curve, another point on it.
 * - 25 epochs .750 at .851; 8 epochs .756 at .847; L2 1e-3 .748 at .852 (seed 12).
 * - a second net of 16 units over the words' projections max-pooled instead of averaged (shippable the same way, each
 *   word's row through the first layer), its logit averaged with this one's: on the out-of-fold probabilities alone
 *   (no analyze() rules) at p ≥ 0.55, F1 .756 → .762 on seed 12 but .758 → .754 on seed 7 and .757 → .758 on seed 31;
 *   best F1 at P ≥ 0.85 .770 → .772, .766 → .759, .766 → .763. Not built into the runtime.
 */
export const DEFAULT_HIDDEN: HiddenOptions = { hidden: 16, epochs: 15, rate: 0.002, l2: 1e-4, seed: 5, mix: 0.3 };

export interface HiddenRow {
  tokens: readonly string[];
  /** Hand features, unscaled (`SentenceInfo.hand`). */
  hand: ReadonlyMap<string, number>;
  label: 0 | 1;
}

/** Word vectors for the hidden layer's vocabulary: `vectors[i]` is `words[i]`'s. */
export interface WordVectors {
  words: readonly string[];
  vectors: readonly Float64Array[];
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** A hidden layer as trained, before its first layer is folded into the words' projections. */
export interface HiddenNet {
  /** hidden × (word-vector dimensions + hand features). */
  w1: Float64Array[];
  b1: Float64Array;
  w2: Float64Array;
  b2: number;
}

/** The hidden layer's inputs: each row's mean word vector followed by its hand features (in `hand`'s order). */
export function hiddenInputs(rows: readonly HiddenRow[], wv: WordVectors): { x: Float64Array[]; hand: string[]; dims: number } {
  const dims = wv.vectors[0]?.length ?? 0;
  const index = new Map(wv.words.map((w, i) => [w, i]));
  const hand = [...new Set(rows.flatMap((r) => [...r.hand.keys()]))].sort();
  const D = dims + hand.length;
  const x = rows.map((r) => {
    const v = new Float64Array(D);
    let n = 0;
    for (const t of r.tokens) {
      const i = index.get(t);
      if (i === undefined) continue;
      n++;
      const e = wv.vectors[i];
      for (let d = 0; d < dims; d++) v[d] += e[d];
    }
    if (n) for (let d = 0; d < dims; d++) v[d] /= n;
    hand.forEach((h, j) => (v[dims + j] = r.hand.get(h) ?? 0));
    return v;
  });
  return { x, hand, dims };
}

/** One hidden layer fitted by stochastic gradient descent with Adam, one row at a time in an order seeded by `o.seed`. */
export function fitHidden(x: readonly Float64Array[], labels: ReadonlyArray<0 | 1>, o: HiddenOptions): HiddenNet {
  const H = o.hidden;
  const D = x[0]?.length ?? 0;
  const rand = prng(o.seed);
  const w1 = Array.from({ length: H }, () => Float64Array.from({ length: D }, () => (rand() * 2 - 1) * Math.sqrt(6 / (D + H))));
  const b1 = new Float64Array(H);
  const w2 = Float64Array.from({ length: H }, () => (rand() * 2 - 1) * Math.sqrt(6 / (H + 1)));
  const b2 = new Float64Array(1);
  const params = [...w1, b1, w2, b2];
  const m = params.map((p) => new Float64Array(p.length));
  const s = params.map((p) => new Float64Array(p.length));
  let t = 0;
  let c1 = 1;
  let c2 = 1;
  const step = (k: number, q: number, grad: number): void => {
    const p = params[k];
    m[k][q] = 0.9 * m[k][q] + 0.1 * grad;
    s[k][q] = 0.999 * s[k][q] + 0.001 * grad * grad;
    p[q] -= (o.rate * (m[k][q] / c1)) / (Math.sqrt(s[k][q] / c2) + 1e-8);
  };
  const h = new Float64Array(H);
  const order = x.map((_, i) => i);
  for (let e = 0; e < o.epochs; e++) {
    for (const i of shuffle(order, rand)) {
      const xi = x[i];
      let z = b2[0];
      for (let j = 0; j < H; j++) {
        let a = b1[j];
        const w = w1[j];
        for (let d = 0; d < D; d++) a += w[d] * xi[d];
        h[j] = a > 0 ? a : 0;
        z += w2[j] * h[j];
      }
      const g = 1 / (1 + Math.exp(-z)) - labels[i];
      t++;
      c1 = 1 - 0.9 ** t;
      c2 = 1 - 0.999 ** t;
      for (let j = 0; j < H; j++) {
        const gh = h[j] > 0 ? g * w2[j] : 0;
        step(H + 1, j, g * h[j] + o.l2 * w2[j]);
        if (gh === 0) continue;
        const w = w1[j];
        for (let d = 0; d < D; d++) step(j, d, gh * xi[d] + o.l2 * w[d]);
        step(H, j, gh);
      }
      step(H + 2, 0, g);
    }
  }
  return { w1, b1, w2, b2: b2[0] };
}

/**
 * Folds one or more trained nets into the shipped file. Several nets are averaged by placing their units side by
 * side, each output weight divided by the number of nets and the output biases averaged: the file's logit is then
 * exactly the mean of the nets' logits (before the projections are rounded to bytes on one shared scale).
 */
export function packHidden(nets: readonly HiddenNet[], wv: WordVectors, hand: readonly string[], mix: number): HiddenFile {
  const dims = wv.vectors[0]?.length ?? 0;
  const w1 = nets.flatMap((n) => n.w1);
  const H = w1.length;
  const proj = new Float64Array(wv.words.length * H);
  let max = 0;
  wv.vectors.forEach((e, i) => {
    for (let j = 0; j < H; j++) {
      let a = 0;
      for (let d = 0; d < dims; d++) a += w1[j][d] * e[d];
      proj[i * H + j] = a;
      max = Math.max(max, Math.abs(a));
    }
  });
  const projScale = max / 127 || 1;
  const bytes = new Int8Array(proj.length);
  for (let i = 0; i < proj.length; i++) bytes[i] = Math.round(proj[i] / projScale);
  const K = nets.length;
  return {
    hidden: H,
    vocab: wv.words.join(' '),
    proj: encodeBase64(new Uint8Array(bytes.buffer)),
    projScale: Number(projScale.toPrecision(6)),
    hand: [...hand],
    handWeights: w1.map((w) => [...w.subarray(dims)].map(round4)),
    b1: nets.flatMap((n) => [...n.b1]).map(round4),
    w2: nets.flatMap((n) => [...n.w2].map((v) => (K === 1 ? v : v / K))).map(round4),
    b2: round4(nets.reduce((a, n) => a + n.b2, 0) / K),
    mix,
  };
}

/** The seed of the `n`th of several nets (the first keeps `seed`). */
export const netSeed = (seed: number, n: number): number => seed + 1009 * n;

/**
 * Trains the hidden layer (see hidden.ts): `o.nets` nets with different seeds, averaged (see `packHidden`).
 * Deterministic: the same rows, vectors and options give the same file.
 */
export function trainHidden(rows: readonly HiddenRow[], wv: WordVectors, options: Partial<HiddenOptions> = {}): HiddenFile {
  const o = { ...DEFAULT_HIDDEN, ...options };
  const { x, hand } = hiddenInputs(rows, wv);
  const labels = rows.map((r) => r.label);
  const nets = Array.from({ length: Math.max(1, o.nets ?? 1) }, (_, n) => fitHidden(x, labels, { ...o, seed: netSeed(o.seed, n) }));
  return packHidden(nets, wv, hand, o.mix);
}
