import { describe, expect, it } from 'vitest';
import { encodeBase64, hiddenLogit, loadHidden, type HiddenFile } from './hidden';
import { loadModel, scoreFeatures } from './model';
import { sentenceFeatures } from './features';
import { DEFAULT_HIDDEN, fitHidden, hiddenInputs, netSeed, packHidden, trainHidden, type HiddenRow, type WordVectors } from './train';

const bytes = (xs: number[]): string => encodeBase64(new Uint8Array(Int8Array.from(xs).buffer));

// Two units; "up" pushes the first, "down" the second; one hand feature feeds the first.
const tiny: HiddenFile = {
  hidden: 2,
  vocab: 'up down',
  proj: bytes([10, 0, 0, 10]),
  projScale: 0.1,
  hand: ['h:figure'],
  handWeights: [[0.5], [0]],
  b1: [0, -0.5],
  w2: [2, -3],
  b2: -1,
  mix: 0.5,
};

describe('the hidden layer', () => {
  it('averages the known words through the first layer, adds the hand features, and rectifies', () => {
    const h = loadHidden(tiny);
    // "up": units (1 + 0, 0 - 0.5) → (1, 0): -1 + 2 × 1
    expect(hiddenLogit(h, ['up', 'unknown'], new Map())).toBeCloseTo(1, 12);
    // "down": units (0, 1 - 0.5): -1 - 3 × 0.5
    expect(hiddenLogit(h, ['down'], new Map())).toBeCloseTo(-2.5, 12);
    // both: mean (0.5, 0.5 - 0.5), hand 2 × 0.5 on the first: -1 + 2 × 1.5
    expect(hiddenLogit(h, ['up', 'down'], new Map([['h:figure', 2]]))).toBeCloseTo(2, 12);
    // no known word: only biases and hand features
    expect(hiddenLogit(h, ['neither'], new Map())).toBeCloseTo(-1, 12);
  });

  it('is mixed with the regression by its share', () => {
    const base = { format: 'claimlight-checkworthy', version: 2, about: '', bias: 0.4, scale: 1000, weights: {} };
    const f = sentenceFeatures('Prices went up again.');
    const without = scoreFeatures(loadModel(base), f).p;
    const withLayer = scoreFeatures(loadModel({ ...base, hidden: tiny }), f).p;
    expect(without).toBeCloseTo(1 / (1 + Math.exp(-0.4)), 12);
    expect(withLayer).toBeCloseTo(1 / (1 + Math.exp(-(0.5 * 0.4 + 0.5 * 1))), 12);
  });

  it('refuses a malformed layer with a clear error', () => {
    expect(() => loadHidden({ ...tiny, proj: bytes([1, 2, 3]) })).toThrow(/3 values; 2 words × 2 units/);
    expect(() => loadHidden({ ...tiny, mix: 2 })).toThrow(/mix between 0 and 1/);
    expect(() => loadHidden({ ...tiny, hidden: 0 })).toThrow(/between 1 and 256 units/);
    expect(() => loadHidden({ ...tiny, w2: [1, 'x'] })).toThrow(/output weights/);
    expect(() => loadHidden({ ...tiny, handWeights: [[1]] })).toThrow(/2 rows/);
    expect(() => loadModel({ format: 'claimlight-checkworthy', version: 2, about: '', bias: 0, scale: 1, weights: {}, hidden: 'big' })).toThrow(/not an object/);
  });
});

describe('training the hidden layer', () => {
  // Words near "gain" in meaning (first dimension positive) mark the positive class; near "loss", the negative.
  const wv: WordVectors = {
    words: ['gain', 'rise', 'soar', 'loss', 'fall', 'sink', 'the', 'a'],
    vectors: [[1, 0.1], [0.9, 0], [0.8, -0.1], [-1, 0.1], [-0.9, 0], [-0.8, 0.1], [0, 1], [0, -1]].map((v) => Float64Array.from(v)),
  };
  const rows: HiddenRow[] = [];
  for (let i = 0; i < 40; i++) {
    rows.push({ tokens: ['the', i % 2 ? 'gain' : 'rise'], hand: new Map(), label: 1 });
    rows.push({ tokens: ['a', i % 2 ? 'loss' : 'fall'], hand: new Map(), label: 0 });
  }

  it('gives the same layer when run twice', () => {
    expect(JSON.stringify(trainHidden(rows, wv))).toBe(JSON.stringify(trainHidden(rows, wv)));
  });

  it('carries what it learned to words the training never saw, through their vectors', () => {
    const h = loadHidden(trainHidden(rows, wv, { epochs: 30, rate: 0.01 }));
    expect(h.index.size).toBe(wv.words.length);
    expect(hiddenLogit(h, ['soar'], new Map())).toBeGreaterThan(hiddenLogit(h, ['sink'], new Map()) + 1);
  });
});

describe('averaging several hidden nets', () => {
  const wv: WordVectors = {
    words: ['gain', 'rise', 'loss', 'fall', 'the'],
    vectors: [[1, 0.1], [0.9, 0], [-1, 0.1], [-0.9, 0], [0, 1]].map((v) => Float64Array.from(v)),
  };
  const rows: HiddenRow[] = [];
  for (let i = 0; i < 30; i++) {
    rows.push({ tokens: ['the', i % 2 ? 'gain' : 'rise'], hand: new Map([['h:figure', i % 3]]), label: 1 });
    rows.push({ tokens: ['the', i % 2 ? 'loss' : 'fall'], hand: new Map(), label: 0 });
  }
  it('places the nets side by side: the logit is the mean of theirs', () => {
    const { x, hand } = hiddenInputs(rows, wv);
    const labels = rows.map((r) => r.label);
    const o = { ...DEFAULT_HIDDEN, hidden: 3, epochs: 5, rate: 0.01 };
    const nets = [0, 1].map((n) => fitHidden(x, labels, { ...o, seed: netSeed(o.seed, n) }));
    const both = loadHidden(packHidden(nets, wv, hand, 0.3));
    expect(both.size).toBe(6);
    expect(loadHidden(trainHidden(rows, wv, { ...o, nets: 2 })).w2).toEqual(both.w2);
    for (const tokens of [['gain'], ['the', 'fall'], ['rise', 'loss', 'the']]) {
      const h = new Map([['h:figure', 1]]);
      const mean = nets.map((n) => hiddenLogit(loadHidden(packHidden([n], wv, hand, 0.3)), tokens, h)).reduce((a, b) => a + b) / 2;
      // Each file rounds its projections to bytes on its own scale: equal up to that rounding.
      expect(hiddenLogit(both, tokens, h)).toBeCloseTo(mean, 1);
    }
  });
});
