// Scores lib/analysis on labelled fixtures with the shared scorer.
// Usage: npx tsx scripts/eval-analysis.ts [--strict] [--verbose] [--errors] [fixture dirs...]
// --errors lists, per fixture, wrong or missing speakers, missed/extra disputes and missed/extra claims.
// Default fixtures: /work/shared/fixtures/seed (../shared/fixtures/seed from the repo) plus fixtures/articles/*.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze } from '../lib/analysis';
import { inputFromArticleText } from './lib/article-text';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const verbose = args.includes('--verbose');
const errors = args.includes('--errors');
const dirs = args.filter((a) => !a.startsWith('--'));

const TARGETS = { quoteF1: 0.95, speakerAcc: 0.9, canonicalAcc: 0.8, disputedR: 1, disputedP: 0.8, claimR: 0.8, claimP: 0.9, share: 0.4 };

export { inputFromArticleText };

function defaultDirs(): string[] {
  const seed = path.resolve(repoRoot, '../shared/fixtures/seed');
  const articles = path.join(repoRoot, 'fixtures/articles');
  const own = fs.existsSync(articles) ? fs.readdirSync(articles).map((d) => path.join(articles, d)).filter((d) => fs.existsSync(path.join(d, 'labels.json'))).sort() : [];
  return [...(fs.existsSync(seed) ? [seed] : []), ...own];
}

interface Score {
  quote: { F1: number; P: number; R: number; speakerAcc: number; canonicalAcc: number; pred: number; gold: number };
  disputed: { P: number; R: number; disputedByAcc: number; pred: number; goldMust: number };
  claim: { P: number; R: number; share: number | null; pred: number; goldMust: number };
  outsideHits: string[];
}

const { score, norm } = (await import(pathToFileURL(path.resolve(repoRoot, '../shared/eval/score.mjs')).href)) as {
  score: (labels: unknown, preds: unknown, text: string) => Score;
  norm: (s: string) => string;
};

interface Labels {
  speakers: Record<string, string[]>;
  quotes: { text: string; speaker: string }[];
  disputed: { must: { sentence: string; disputedBy: string }[]; may: string[] };
  claims: { must: string[]; may: string[] };
}
interface Pred { kind: string; text: string; speaker: string | null; disputedBy: string | null }

const key = (s: string): string => norm(s).toLowerCase();
/** A speaker's name as the shared scorer compares it: no case, no leading "the". */
const nameKey = (s: string): string => key(s).replace(/^the\s+/, '');
const wordsOf = (s: string): string[] => key(s).match(/[\p{L}\p{N}']+/gu) ?? [];
/** The scorer's sentence match (0.6 token overlap both ways), approximately. */
function sameSentence(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  const bag = new Map<string, number>();
  for (const w of x) bag.set(w, (bag.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of y) if ((bag.get(w) ?? 0) > 0) { n++; bag.set(w, (bag.get(w) ?? 0) - 1); }
  return x.length > 0 && y.length > 0 && n / x.length >= 0.6 && n / y.length >= 0.6;
}
const short = (s: string): string => (s.length > 110 ? s.slice(0, 107) + '…' : s);

/** Prints what differs from the labels: a reading aid, the numbers come from the shared scorer. */
function printErrors(labels: Labels, preds: Pred[]): void {
  const okName = (pred: string | null, canon: string): boolean =>
    !!pred && [canon, ...(labels.speakers[canon] ?? [])].some((n) => nameKey(n) === nameKey(pred));
  const quotes = preds.filter((p) => p.kind === 'quote');
  for (const l of labels.quotes) {
    const p = quotes.find((q) => key(q.text) === key(l.text));
    if (!p) console.log(`   MISSED quote    ${short(l.text)}`);
    else if (!okName(p.speaker, l.speaker)) console.log(`   SPEAKER ${String(p.speaker).padEnd(24)} want ${l.speaker.padEnd(22)} ${short(l.text)}`);
  }
  for (const q of quotes) if (!labels.quotes.some((l) => key(l.text) === key(q.text))) console.log(`   EXTRA quote     ${short(q.text)}`);
  const disputes = preds.filter((p) => p.kind === 'disputed');
  for (const d of labels.disputed.must) {
    const p = disputes.find((x) => sameSentence(x.text, d.sentence));
    if (!p) console.log(`   MISSED disputed ${short(d.sentence)}`);
    else if (!okName(p.disputedBy, d.disputedBy)) console.log(`   BY ${String(p.disputedBy).padEnd(24)} want ${d.disputedBy.padEnd(22)} ${short(d.sentence)}`);
  }
  const allDisputes = [...labels.disputed.must.map((d) => d.sentence), ...labels.disputed.may];
  for (const p of disputes) if (!allDisputes.some((d) => sameSentence(p.text, d))) console.log(`   EXTRA disputed  ${short(p.text)}`);
  const claims = preds.filter((p) => p.kind === 'claim');
  for (const c of labels.claims.must) if (!claims.some((p) => sameSentence(p.text, c))) console.log(`   MISSED claim    ${short(c)}`);
  const allClaims = [...labels.claims.must, ...labels.claims.may];
  for (const p of claims) if (!allClaims.some((c) => sameSentence(p.text, c))) console.log(`   EXTRA claim     ${short(p.text)}`);
}

const f = (n: number | null): string => (n === null ? '  - ' : n.toFixed(2));
const rows: Score[] = [];
for (const dir of dirs.length ? dirs : defaultDirs()) {
  const raw = fs.readFileSync(path.join(dir, 'article.txt'), 'utf8');
  const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<string, unknown>;
  const t0 = performance.now();
  const findings = analyze(inputFromArticleText(raw));
  const ms = performance.now() - t0;
  const annotations = findings.map((x) => ({ kind: x.kind, text: x.text, speaker: x.speaker ?? null, disputedBy: x.disputedBy ?? null }));
  const s = score(labels, { annotations }, raw);
  rows.push(s);
  console.log(
    `${path.basename(dir).padEnd(28)} quote F1 ${f(s.quote.F1)} (P ${f(s.quote.P)} R ${f(s.quote.R)}) spk ${f(s.quote.speakerAcc)} canon ${f(s.quote.canonicalAcc)} | ` +
      `disputed P ${f(s.disputed.P)} R ${f(s.disputed.R)} by ${f(s.disputed.disputedByAcc)} | claim P ${f(s.claim.P)} R ${f(s.claim.R)} share ${f(s.claim.share)} | outside ${s.outsideHits.length} | ${ms.toFixed(0)} ms`,
  );
  if (errors) printErrors(labels as unknown as Labels, annotations);
  if (verbose) for (const x of findings) console.log(`   ${x.kind.padEnd(8)} ${(x.speaker ?? x.disputedBy ?? '').padEnd(22)} ${x.reason.slice(0, 50).padEnd(50)} ${x.text.slice(0, 90)}`);
}

const avg = (get: (s: Score) => number | null): number => {
  const v = rows.map(get).filter((x): x is number => x !== null);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0;
};
const mean = {
  quoteF1: avg((s) => s.quote.F1), speakerAcc: avg((s) => s.quote.speakerAcc), canonicalAcc: avg((s) => s.quote.canonicalAcc),
  disputedR: avg((s) => s.disputed.R), disputedP: avg((s) => s.disputed.P), disputedBy: avg((s) => s.disputed.disputedByAcc),
  claimR: avg((s) => s.claim.R), claimP: avg((s) => s.claim.P), share: avg((s) => s.claim.share),
};
console.log(
  `${'AVERAGE'.padEnd(28)} quote F1 ${f(mean.quoteF1)} spk ${f(mean.speakerAcc)} canon ${f(mean.canonicalAcc)} | disputed P ${f(mean.disputedP)} R ${f(mean.disputedR)} by ${f(mean.disputedBy)} | claim P ${f(mean.claimP)} R ${f(mean.claimR)} share ${f(mean.share)} | outside ${rows.reduce((n, s) => n + s.outsideHits.length, 0)}`,
);
const missed = [
  mean.quoteF1 < TARGETS.quoteF1 && 'quote F1', mean.speakerAcc < TARGETS.speakerAcc && 'speaker', mean.canonicalAcc < TARGETS.canonicalAcc && 'canonical',
  mean.disputedR < TARGETS.disputedR && 'disputed recall', mean.disputedP < TARGETS.disputedP && 'disputed precision',
  mean.claimR < TARGETS.claimR && 'claim recall', mean.claimP < TARGETS.claimP && 'claim precision', mean.share > TARGETS.share && 'claim share',
].filter(Boolean);
if (missed.length) console.log(`targets missed: ${missed.join(', ')}`);
if (strict && missed.length) process.exit(1);
