// Probe: analyze() on 10,000 generated words (bench figure 4's text) in this tree against another
// checkout of the project (say an older commit: `git worktree add --detach /tmp/old <commit>`),
// interleaved in one process, fastest of 30 each (shared machines are noisy).
//
//   npx tsx bench/probes/analysis-vs-tree.mts /tmp/old
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { textOfWords } from '../gen/sentences.mjs';
import { prng } from '../lib/stats.mjs';

const other = process.argv[2];
if (!other) throw new Error('usage: npx tsx bench/probes/analysis-vs-tree.mts <other checkout>');
const { analyze: theirs } = await import(pathToFileURL(path.resolve(other, 'lib/analysis/index.ts')).href);
const { analyze: ours } = await import('../../lib/analysis/index.ts');
const text = textOfWords(prng(1), 10_000);
theirs(text);
ours(text);
const a: number[] = [], b: number[] = [];
for (let i = 0; i < 30; i++) {
  let t = performance.now();
  theirs(text);
  a.push(performance.now() - t);
  t = performance.now();
  ours(text);
  b.push(performance.now() - t);
}
const best = (x: number[]) => Math.min(...x);
console.log(`10k words: ${other} ${best(a).toFixed(1)} ms, this tree ${best(b).toFixed(1)} ms, ratio ${(best(b) / best(a)).toFixed(2)}`);
