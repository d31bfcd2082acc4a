// Golden check for refactors of lib/analysis that must not change a single finding (speed work, moves):
// runs analyze() over every article we have and writes or compares a digest of the full findings
// (every field: kind, offsets, text, speaker, disputedBy, claimant, rule/sieve id, reason, confidence).
//
//   npx tsx scripts/golden-analysis.ts --write .scratch/golden.json   # on the code before the change
//   npx tsx scripts/golden-analysis.ts --check .scratch/golden.json   # after: exit 1 and the changed articles if any differ
//   npx tsx scripts/golden-analysis.ts                                 # print the overall digest only
//
// Inputs: PolNeAR train + dev (../shared/fixtures/polnear/{train,dev}/*/article.txt, as the eval scripts read
// them), every fixtures/**/article.txt and the shared seed, the same fixtures' page.html through the
// extension's extraction (jsdom), bench figure 4's generated 10k words as a plain string, and, with
// --claimbuster, the ClaimBuster train sentences one at a time. The output holds digests and counts only,
// never corpus text. The digest depends on the rules: write it on the base commit, check it on yours.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../lib/analysis';
import { extractArticle } from '../lib/article';
import type { ArticleInput } from '../lib/model';
import { inputFromArticleText } from './lib/article-text';
// @ts-expect-error: plain .mjs without types (bench figure 4's generator)
import { textOfWords } from '../bench/gen/sentences.mjs';
// @ts-expect-error: plain .mjs without types
import { prng } from '../bench/lib/stats.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared/fixtures');
const args = process.argv.slice(2);
const opt = (k: string): string | null => (args.includes(k) ? args[args.indexOf(k) + 1] ?? null : null);
const writeTo = opt('--write');
const checkAgainst = opt('--check');
const withClaimbuster = args.includes('--claimbuster');

/** Every folder under dir (recursively) that holds the file name, sorted. */
function find(dir: string, name: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...find(p, name));
    else if (e.name === name) out.push(p);
  }
  return out.sort();
}

type Case = { id: string; input: () => ArticleInput | string };
const cases: Case[] = [];
const rel = (p: string) => path.relative(repoRoot, p);
for (const split of ['train', 'dev']) {
  for (const f of find(path.join(shared, 'polnear', split), 'article.txt')) {
    cases.push({ id: rel(f), input: () => inputFromArticleText(fs.readFileSync(f, 'utf8')) });
  }
}
const own = [...find(path.join(repoRoot, 'fixtures'), 'article.txt'), ...find(path.join(shared, 'seed'), 'article.txt')];
for (const f of own) cases.push({ id: rel(f), input: () => inputFromArticleText(fs.readFileSync(f, 'utf8')) });
const pages = [...find(path.join(repoRoot, 'fixtures'), 'page.html'), ...find(path.join(shared, 'seed'), 'page.html')];
for (const f of pages) {
  cases.push({
    id: rel(f),
    input: () => {
      const html = fs.readFileSync(f, 'utf8');
      const dom = new JSDOM(html, { url: 'https://example.org/', virtualConsole: new VirtualConsole() });
      const article = extractArticle(dom.window.document);
      dom.window.close();
      return article ? article.input : '';
    },
  });
}
cases.push({ id: 'bench:fig4-10k-words', input: () => textOfWords(prng(1), 10_000) as string });
if (withClaimbuster) {
  const rows = JSON.parse(fs.readFileSync(path.join(shared, 'claimbuster', 'train.json'), 'utf8')) as { sentence_id: number; text: string }[];
  for (const r of rows) cases.push({ id: `claimbuster:${r.sentence_id}`, input: () => r.text });
}

const digests: Record<string, string> = {};
const all = crypto.createHash('sha256');
let findings = 0;
const t0 = performance.now();
let analysisMs = 0;
for (const c of cases) {
  const input = c.input();
  const t = performance.now();
  const out = analyze(input);
  analysisMs += performance.now() - t;
  findings += out.length;
  // Every field of every finding, keys in a fixed order so that the digest does not depend on object shape.
  const canon = JSON.stringify(out.map((f) => Object.keys(f).sort().map((k) => [k, (f as unknown as Record<string, unknown>)[k]])));
  const d = crypto.createHash('sha256').update(canon).digest('hex').slice(0, 16);
  digests[c.id] = `${out.length}:${d}`;
  all.update(`${c.id}\t${digests[c.id]}\n`);
}
const digest = all.digest('hex');
console.log(`${cases.length} inputs, ${findings} findings, digest ${digest.slice(0, 16)} (analysis ${(analysisMs / 1000).toFixed(1)} s, total ${((performance.now() - t0) / 1000).toFixed(1)} s)`);

if (writeTo) {
  fs.mkdirSync(path.dirname(path.resolve(writeTo)), { recursive: true });
  fs.writeFileSync(writeTo, JSON.stringify({ digest, inputs: cases.length, findings, claimbuster: withClaimbuster, digests }, null, 1) + '\n');
  console.log(`written to ${writeTo}`);
}
if (checkAgainst) {
  const golden = JSON.parse(fs.readFileSync(checkAgainst, 'utf8')) as { digest: string; digests: Record<string, string>; claimbuster: boolean };
  if (golden.claimbuster !== withClaimbuster) console.warn(`note: the golden file was written ${golden.claimbuster ? 'with' : 'without'} --claimbuster`);
  const changed = Object.keys({ ...golden.digests, ...digests }).filter((k) => golden.digests[k] !== digests[k]);
  if (!changed.length && golden.digest === digest) console.log(`identical to ${checkAgainst}`);
  else {
    console.log(`DIFFERENT from ${checkAgainst}: ${changed.length} inputs changed`);
    for (const k of changed.slice(0, 30)) console.log(`  ${k}: ${golden.digests[k] ?? '(absent)'} → ${digests[k] ?? '(absent)'}`);
    process.exitCode = 1;
  }
}
