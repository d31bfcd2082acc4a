// Trains the check-worthiness model on the ClaimBuster training split and writes lib/analysis/checkworthy/model.json.
// Usage: npx tsx scripts/train-checkworthy.ts [--check] [path/to/train.json]
//   --check: train again and compare with the committed model.json (exit 1 if they differ) instead of writing.
// Deterministic: the same data gives byte-identical weights (seeded orders, fixed summation order).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { featuresOfText } from '../lib/analysis/claims';
import { loadModel } from '../lib/analysis/checkworthy/model';
import { DEFAULT_HIDDEN, DEFAULT_TRAIN, train, trainHidden, type HiddenRow, type Row } from '../lib/analysis/checkworthy/train';
import { loadWordVectors, WORD_VECTORS } from './word-vectors';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const dataPath = args.find((a) => !a.startsWith('--')) ?? path.resolve(repoRoot, '../shared/fixtures/claimbuster/train.json');
const out = path.join(repoRoot, 'lib/analysis/checkworthy/model.json');

export interface Example {
  text: string;
  label: 0 | 1;
}

export function readExamples(file: string): Example[] {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a JSON array of { text, label }`);
  return raw.map((r, i) => {
    const { text, label } = r as { text?: unknown; label?: unknown };
    if (typeof text !== 'string' || (label !== 0 && label !== 1)) throw new Error(`${file}: item ${i} has no string text or 0/1 label`);
    return { text, label };
  });
}

export const toRows = (examples: readonly Example[]): Array<Row & HiddenRow> =>
  examples.map((e) => {
    const f = featuresOfText(e.text);
    return { values: f.values, tokens: f.tokens, hand: f.hand, label: e.label };
  });

async function main(): Promise<void> {
  const t0 = performance.now();
  const examples = readExamples(dataPath);
  const rows = toRows(examples);
  const wv = loadWordVectors();
  const about =
    `Check-worthiness weights learned from the ClaimBuster dataset (Arslan, Hassan, Li & Tremayne, ICWSM 2020; ` +
    `doi:10.5281/zenodo.3609356), two-class training split, ${examples.length} sentences; no sentence text is stored. ` +
    `Logistic regression, options ${JSON.stringify(DEFAULT_TRAIN)}, mixed with a hidden layer over GloVe word vectors ` +
    `(Pennington, Socher & Manning 2014, PDDL 1.0; package ${WORD_VECTORS.name} ${WORD_VECTORS.version}, MIT), the ` +
    `${wv.words.length} commonest words, options ${JSON.stringify(DEFAULT_HIDDEN)}. Written by scripts/train-checkworthy.ts.`;
  const model = { ...train(rows, {}, about), hidden: trainHidden(rows, wv) };
  const json = JSON.stringify(model, null, 0).replace(/,"/g, ',\n"') + '\n';
  const sha = crypto.createHash('sha256').update(json).digest('hex').slice(0, 16);
  const weights = [...loadModel(model).weights];
  console.log(`${examples.length} sentences, ${weights.length} weights, ${(json.length / 1024).toFixed(0)} kB, sha256 ${sha}, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const sorted = weights.filter(([k]) => !k.startsWith('h:')).sort((a, b) => b[1] - a[1]);
  console.log('strongest for:', sorted.slice(0, 12).map(([k, v]) => `${k} ${v}`).join(', '));
  console.log('strongest against:', sorted.slice(-12).reverse().map(([k, v]) => `${k} ${v}`).join(', '));
  console.log('hand features:', weights.filter(([k]) => k.startsWith('h:')).map(([k, v]) => `${k.slice(2)} ${v}`).join(', '));
  if (check) {
    const same = fs.existsSync(out) && fs.readFileSync(out, 'utf8') === json;
    console.log(same ? 'model.json is reproduced exactly' : 'model.json differs from a fresh training run');
    process.exit(same ? 0 : 1);
  }
  fs.writeFileSync(out, json);
  console.log(`wrote ${path.relative(repoRoot, out)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
