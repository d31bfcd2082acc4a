// The fact-check matcher on its labelled set (fixtures/factcheck/pairs.json): every sentence is matched
// against every review, as the background does for a page's findings; a sentence labelled 'match' must
// attach to its review, a near-miss to nothing. Distractors: every sentence of the repository's own
// article fixtures and of the seed article must attach to nothing too (and ClaimBuster's check-worthy
// debate sentences, when ../shared is there: --claimbuster).
//   npx tsx scripts/eval-factcheck.ts [--sweep] [--errors] [--claimbuster]
import fs from 'node:fs';
import path from 'node:path';
import { MATCH_THRESHOLD, indexReviews } from '../lib/factcheck/match';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);

interface Pairs {
  reviews: { id: string; claim: string }[];
  sentences: { text: string; review: string | null; label: 'match' | 'near-miss'; near?: string }[];
}
export const pairs = JSON.parse(fs.readFileSync(path.join(root, 'fixtures/factcheck/pairs.json'), 'utf8')) as Pairs;

const fold = (s: string) => s.toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ');

/** Sentences of the repository's article fixtures (and the seed article), none of which makes a review's claim unless the set lists it. */
function distractors(): string[] {
  const texts: string[] = [];
  for (const dir of ['fixtures/articles', 'fixtures/blind', 'fixtures/heldout']) {
    for (const name of fs.readdirSync(path.join(root, dir))) {
      const file = path.join(root, dir, name, 'article.txt');
      if (fs.existsSync(file)) texts.push(fs.readFileSync(file, 'utf8'));
    }
  }
  const seed = path.join(root, '../shared/fixtures/seed/article.txt');
  if (fs.existsSync(seed)) texts.push(fs.readFileSync(seed, 'utf8'));
  // A sentence the set lists (or a piece or a longer form of one) is labelled there, not here.
  const listed = pairs.sentences.map((s) => fold(s.text));
  const isListed = (s: string) => listed.some((l) => l.includes(fold(s).slice(0, 60)) || fold(s).includes(l.slice(0, 60)));
  const out = texts.flatMap((t) => t.split(/(?<=[.!?”"])\s+(?=[“"A-Z])|\n+/)).map((s) => s.trim()).filter((s) => s.length > 20 && !isListed(s));
  if (args.includes('--claimbuster')) {
    const cb = path.join(root, '../shared/fixtures/claimbuster/train.json');
    if (fs.existsSync(cb)) out.push(...(JSON.parse(fs.readFileSync(cb, 'utf8')) as { label: number; text: string }[]).filter((r) => r.label === 1).map((r) => r.text));
  }
  return out;
}

export interface Score { threshold: number; tp: number; fp: number; fn: number; precision: number; recall: number; errors: string[] }

export function score(threshold: number, extra: readonly string[]): Score {
  const index = indexReviews(pairs.reviews, threshold);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  const cases = [...pairs.sentences, ...extra.map((text) => ({ text, review: null, label: 'near-miss' as const, near: 'distractor' }))];
  for (const s of cases) {
    const best = index.match(s.text)[0];
    const got = best?.review.id ?? null;
    if (got && got === s.review) tp++;
    else {
      if (got) {
        fp++;
        errors.push(`FP ${got} (${best!.score.toFixed(2)}) ← ${s.text}`);
      }
      if (s.review) {
        fn++;
        errors.push(`FN ${s.review} ← ${s.text}`);
      }
    }
  }
  return { threshold, tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp / (tp + fn), errors };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const extra = distractors();
  const positives = pairs.sentences.filter((s) => s.label === 'match').length;
  console.log(`${pairs.reviews.length} reviews; ${positives} matching sentences, ${pairs.sentences.length - positives} near-misses, ${extra.length} distractor sentences`);
  const thresholds = args.includes('--sweep') ? [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95] : [MATCH_THRESHOLD];
  for (const t of thresholds) {
    const s = score(t, extra);
    console.log(`threshold ${t.toFixed(2)}: precision ${s.precision.toFixed(3)} (${s.tp}/${s.tp + s.fp}), recall ${s.recall.toFixed(3)} (${s.tp}/${s.tp + s.fn})${t === MATCH_THRESHOLD ? '  ← MATCH_THRESHOLD' : ''}`);
    if (args.includes('--errors') && t === MATCH_THRESHOLD) for (const e of s.errors) console.log('  ' + e);
  }
}
