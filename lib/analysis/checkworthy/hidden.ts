/**
 * The model's second voice: a small hidden layer over what the sentence's words mean rather than which words
 * they are. Its input is the average of the words' vectors (GloVe, 100 dimensions) beside the hand features;
 * one layer of rectified units; one output. The first layer is linear in the average, so each word's vector
 * times that layer's weights is worked out once, at training, and shipped instead of the vector itself: a
 * handful of small whole numbers per word (`proj`), for the 20,000 commonest words that the tokenizer yields.
 * The logistic regression's score and this one are mixed (`mix`): words the training data never saw still
 * weigh through their neighbours in meaning. Pure; runs wherever the analysis runs.
 */

/** The JSON shape of the hidden layer in model.json. */
export interface HiddenFile {
  /** Units in the hidden layer. */
  hidden: number;
  /** The vocabulary, space-separated, in the order of `proj`'s rows. */
  vocab: string;
  /** Base64 of signed bytes: row i (length `hidden`) is word i's contribution to the hidden units, over `projScale`. */
  proj: string;
  projScale: number;
  /** Hand feature names, in the order of each row of `handWeights`. */
  hand: string[];
  /** hidden × hand weights (unscaled hand values: see `SentenceInfo.hand`). */
  handWeights: number[][];
  b1: number[];
  w2: number[];
  b2: number;
  /** The final score is (1 − mix) × the regression's logit + mix × this layer's. */
  mix: number;
}

export interface Hidden {
  size: number;
  index: ReadonlyMap<string, number>;
  proj: Int8Array;
  projScale: number;
  hand: readonly string[];
  handWeights: Float64Array;
  b1: Float64Array;
  w2: Float64Array;
  b2: number;
  mix: number;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const numbers = (v: unknown, n: number, what: string): Float64Array => {
  if (!Array.isArray(v) || v.length !== n || !v.every(finite)) throw new Error(`The hidden layer's ${what} should be ${n} finite numbers.`);
  return Float64Array.from(v);
};

function decodeBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Checks and loads the hidden layer of a model file; throws a clear error on anything malformed. */
export function loadHidden(file: unknown): Hidden {
  const f = file as Partial<HiddenFile> | null;
  if (!f || typeof f !== 'object') throw new Error('The hidden layer of the check-worthiness model is not an object.');
  const size = f.hidden;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 256) throw new Error('The hidden layer needs between 1 and 256 units.');
  if (typeof f.vocab !== 'string' || typeof f.proj !== 'string') throw new Error('The hidden layer needs a vocabulary and its projections.');
  if (!finite(f.projScale) || !(f.projScale > 0) || !finite(f.b2) || !finite(f.mix) || f.mix < 0 || f.mix > 1) throw new Error('The hidden layer needs a positive scale, an output bias and a mix between 0 and 1.');
  const words = f.vocab ? f.vocab.split(' ') : [];
  const proj = new Int8Array(decodeBase64(f.proj).buffer);
  if (proj.length !== words.length * size) throw new Error(`The hidden layer's projections hold ${proj.length} values; ${words.length} words × ${size} units expected.`);
  const hand = f.hand;
  if (!Array.isArray(hand) || !hand.every((h) => typeof h === 'string')) throw new Error("The hidden layer's hand features should be names.");
  if (!Array.isArray(f.handWeights) || f.handWeights.length !== size) throw new Error(`The hidden layer's hand weights should be ${size} rows.`);
  const handWeights = new Float64Array(size * hand.length);
  f.handWeights.forEach((row, j) => handWeights.set(numbers(row, hand.length, 'hand weights'), j * hand.length));
  return {
    size,
    index: new Map(words.map((w, i) => [w, i])),
    proj,
    projScale: f.projScale,
    hand,
    handWeights,
    b1: numbers(f.b1, size, 'biases'),
    w2: numbers(f.w2, size, 'output weights'),
    b2: f.b2,
    mix: f.mix,
  };
}

const scratch = new WeakMap<Hidden, { units: Float64Array; hand: Float64Array }>();
/** The hidden layer's logit for a sentence's tokens (as `tokens` gives them) and unscaled hand features. */
export function hiddenLogit(h: Hidden, tokens: readonly string[], hand: ReadonlyMap<string, number>): number {
  let buf = scratch.get(h);
  if (!buf) scratch.set(h, (buf = { units: new Float64Array(h.size), hand: new Float64Array(h.hand.length) }));
  const a = buf.units;
  const x = buf.hand;
  a.fill(0);
  for (let i = 0; i < x.length; i++) x[i] = hand.get(h.hand[i]) ?? 0;
  let n = 0;
  for (const t of tokens) {
    const row = h.index.get(t);
    if (row === undefined) continue;
    n++;
    const at = row * h.size;
    for (let j = 0; j < h.size; j++) a[j] += h.proj[at + j];
  }
  const k = n ? h.projScale / n : 0;
  const nh = h.hand.length;
  let z = h.b2;
  for (let j = 0; j < h.size; j++) {
    let v = a[j] * k + h.b1[j];
    for (let i = 0; i < nh; i++) v += h.handWeights[j * nh + i] * x[i];
    if (v > 0) z += h.w2[j] * v;
  }
  return z;
}
