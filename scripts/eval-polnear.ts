// Scores quotes and speakers on PolNeAR (real 2016 election news, people-annotated attributions) with the
// analysis alone (no browser), and says which attribution rule decided each speaker and how often it was right.
//
//   npx tsx scripts/eval-polnear.ts [split dir | article dirs...] [--errors N] [--rule ID] [--removed ID] [--kinds N] [--json out.json]
//
// Default: ../shared/fixtures/polnear/dev. The official figures come from the browser run
// (../shared/eval/run-extension.mjs then ../shared/eval/polnear/score.mjs); this script writes the same
// run format (--json) so that score.mjs can read it, and prints its own per-rule table:
// for every matched name-sourced quote, the rule that named the speaker, right / wrong / missing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/analysis';
import { buildContext } from '../lib/analysis/context';
import { notAQuote } from '../lib/analysis/not-quotes';
import { attributeQuotes } from '../lib/analysis/speakers';
import { inputFromArticleText } from './lib/article-text';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (k: string): string | null => (args.includes(k) ? args.splice(args.indexOf(k), 2)[1] ?? null : null);
const jsonOut = opt('--json');
const errorCount = Number(opt('--errors') ?? 0);
const ruleFilter = opt('--rule');
const dumpOut = opt('--dump');
/** --fp FILE: every predicted quote no gold quote matches (tab-separated: article, neutral?, rule, text, context). */
const fpOut = opt('--fp');
/** --removed ID: every quotation the not-a-quote rule ID removes, gold or not, with its context. */
const removedRule = opt('--removed');
/**
 * --kinds N: the quote errors counted by kind, with N examples of each. A prediction no gold quote matches is a
 * 'span' error when it overlaps a gold quote (cut at another place), 'other:<reason>' when it matches quoted text the
 * gold names as no quote (scare quote, unattributed …), else 'not-gold'; a gold quote no prediction matches is a
 * 'span' error when a prediction overlaps it, 'removed:<rule>' when a not-a-quote rule removed the quotation that
 * holds it, else 'not-found'.
 */
const kindsArg = opt('--kinds');
const kindExamples = Number(kindsArg ?? 0);
const kinds = new Map<string, string[]>();
const addKind = (k: string, example: string): void => { if (!kinds.has(k)) kinds.set(k, []); kinds.get(k)!.push(example); };
/** Offsets of the analysed text (inputFromArticleText: trimmed lines, blank lines between) mapped to article.txt's. */
function rawOffsets(raw: string): number[] {
  const map: number[] = [];
  let pos = 0;
  for (const piece of raw.split(/(\r?\n)/)) {
    const line = piece.trim();
    if (line && piece !== '\n' && piece !== '\r\n') {
      if (map.length) map.push(-1, -1);
      const lead = piece.length - piece.trimStart().length;
      for (let i = 0; i < line.length; i++) map.push(pos + lead + i);
    }
    pos += piece.length;
  }
  return map;
}
const fps: string[] = [];
const dump: string[] = [];
const dirsArg = args.length ? args : [path.resolve(repoRoot, '../shared/fixtures/polnear/dev')];
const dirs = dirsArg.flatMap((d) => (fs.existsSync(path.join(d, 'gold.json')) ? [d]
  : fs.readdirSync(d).map((x) => path.join(d, x)).filter((x) => fs.existsSync(path.join(x, 'gold.json'))))).sort();

// The scorer's normalisation and matching (../shared/eval/polnear/score.mjs), repeated for the per-rule table.
const norm = (s: string): string => String(s ?? '').normalize('NFKC').replace(/[‘’‛′`]/g, "'").replace(/[“”„‟″«»]/g, '"')
  .replace(/\s+/g, ' ').trim().replace(/^["'\s(\[—–-]+|["'\s,.;:!?…)\]—–-]+$/g, '').trim();
const tokens = (s: string): string[] => norm(s).toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
function sim(p: string, g: string): number {
  if (norm(p) && norm(p).toLowerCase() === norm(g).toLowerCase()) return 1;
  const a = tokens(p), b = tokens(g);
  if (!a.length || !b.length) return 0;
  const m = new Map<string, number>();
  for (const t of a) m.set(t, (m.get(t) ?? 0) + 1);
  let o = 0;
  for (const t of b) if ((m.get(t) ?? 0) > 0) { o++; m.set(t, m.get(t)! - 1); }
  return Math.min(o / a.length, o / b.length);
}
const nameKey = (s: string): string => norm(s).toLowerCase().replace(/['’]s$/, '').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

interface GoldQuote { text: string; source: string; sourceKind: string; canonical?: string; cue?: string; start: number; end: number }
interface Gold { quotes: GoldQuote[]; speakers: Record<string, string[]>; otherQuoted?: { text: string; reason?: string }[] }

const results: unknown[] = [];
const rules = new Map<string, { right: number; wrong: number }>();
/** Stage 1: quotations found, and what each not-a-quote rule removed (of which gold quotes). */
const stage = { found: 0, foundGold: 0, removed: new Map<string, { n: number; gold: number }>() };
let gold = 0, pred = 0, tp = 0, neutral = 0, right = 0, wrong = 0, missing = 0, nameMatched = 0;
const errs: string[] = [];
const t0 = performance.now();
for (const dir of dirs) {
  const g = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Gold;
  const raw = fs.readFileSync(path.join(dir, 'article.txt'), 'utf8');
  const input = inputFromArticleText(raw);
  const findings = analyze(input);
  const toRaw = kindsArg === null ? [] : rawOffsets(raw);
  const rawAt = (i: number): number => { let k = i; while (k < toRaw.length && toRaw[k] < 0) k++; return k < toRaw.length ? toRaw[k] : raw.length; };
  const removedSpans: { rule: string; start: number; end: number }[] = [];
  {
    const ctx = buildContext(input);
    const atts = attributeQuotes(ctx);
    ctx.quotes.forEach((q, qi) => {
      const t = ctx.text.slice(q.innerStart, q.innerEnd);
      const gold = g.quotes.some((x) => sim(t, x.text) >= 0.9);
      stage.found++;
      if (gold) stage.foundGold++;
      const rule = notAQuote(ctx, q, atts[qi]);
      if (rule) {
        const r = stage.removed.get(rule) ?? { n: 0, gold: 0 };
        r.n++;
        if (gold) r.gold++;
        stage.removed.set(rule, r);
        if (kindsArg !== null) removedSpans.push({ rule, start: rawAt(q.innerStart), end: rawAt(q.innerEnd - 1) + 1 });
        if (removedRule === rule) console.log(`REMOVED ${gold ? 'gold' : 'not gold'} «${t}» …${ctx.text.slice(Math.max(0, q.start - 120), q.end + 60).replace(/\s+/g, ' ')}`);
      }
    });
  }
  const quotes = findings.filter((f) => f.kind === 'quote');
  results.push({ fixture: path.basename(dir), ready: true, annotations: findings.map((f) => ({ kind: f.kind, text: f.text, speaker: f.speaker ?? null, disputedBy: f.disputedBy ?? null, reason: f.reason, rule: f.rule ?? null })) });
  // one-to-one greedy pairing, best similarity first
  const cand: [number, number, number][] = [];
  quotes.forEach((p, i) => g.quotes.forEach((q, j) => { const s = sim(p.text, q.text); if (s >= 0.9) cand.push([s, i, j]); }));
  cand.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const ui = new Set<number>(), uj = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of cand) if (!ui.has(i) && !uj.has(j)) { ui.add(i); uj.add(j); pairs.push([i, j]); }
  gold += g.quotes.length; pred += quotes.length; tp += pairs.length;
  const ctxAt = (start: number, end: number): string => raw.slice(Math.max(0, start - 100), end + 60).replace(/\s+/g, ' ');
  if (kindsArg !== null) {
    const spans = quotes.map((p) => ({ start: rawAt(p.start), end: rawAt(p.end - 1) + 1 }));
    quotes.forEach((p, i) => {
      if (ui.has(i)) return;
      const { start, end } = spans[i];
      const over = g.quotes.filter((x) => x.start < end && start < x.end);
      const other = (g.otherQuoted ?? []).find((o) => sim(p.text, o.text) >= 0.9);
      addKind(`false quote: ${over.length ? 'span' : other ? `other:${other.reason ?? '?'}` : 'not-gold'}`,
        `[${p.rule ?? 'no speaker'}] «${p.text.slice(0, 200)}»${over.map((x) => ` gold «${x.text.slice(0, 200)}»`).join('')} ${path.basename(dir)}\n    …${ctxAt(start, end)}…`);
    });
    g.quotes.forEach((x, j) => {
      if (uj.has(j)) return;
      const over = quotes.filter((_, i) => x.start < spans[i].end && spans[i].start < x.end);
      const removed = removedSpans.find((r) => x.start < r.end && r.start < x.end);
      addKind(`missed quote: ${over.length ? 'span' : removed ? `removed:${removed.rule}` : 'not-found'}`,
        `(cue ${JSON.stringify(x.cue ?? '')}) «${x.text.slice(0, 200)}»${over.map((p) => ` predicted «${p.text.slice(0, 200)}»`).join('')} ${path.basename(dir)}\n    …${ctxAt(x.start, x.end)}…`);
    });
  }
  quotes.forEach((p, i) => {
    if (ui.has(i)) return;
    const isNeutral = (g.otherQuoted ?? []).some((o) => sim(p.text, o.text) >= 0.9);
    if (isNeutral) neutral++;
    if (fpOut) {
      const at = raw.indexOf(p.text);
      fps.push(`${path.basename(dir)}\t${isNeutral ? 'other-quoted' : 'not-gold'}\t${p.speaker ?? ''}\t${p.text.replace(/\s+/g, ' ').slice(0, 120)}\t${at < 0 ? '' : raw.slice(Math.max(0, at - 80), at + p.text.length + 60).replace(/\s+/g, ' ')}`);
    }
  });
  for (const [i, j] of pairs) {
    const q = g.quotes[j]!, p = quotes[i]!;
    if (q.sourceKind !== 'name') continue;
    nameMatched++;
    const names = [q.canonical!, ...(g.speakers[q.canonical!] ?? [])].map(nameKey);
    const rule = p.rule ?? (p.speaker ? 'unknown' : 'none');
    const r = rules.get(rule) ?? { right: 0, wrong: 0 };
    rules.set(rule, r);
    let verdict: string;
    if (!p.speaker) { missing++; verdict = 'MISSING'; r.wrong++; }
    else if (names.includes(nameKey(p.speaker))) { right++; r.right++; verdict = ''; }
    else { wrong++; r.wrong++; verdict = 'WRONG'; }
    dump.push(`${path.basename(dir)}\t${q.start}\t${verdict || 'OK'}\t${rule}\t${p.speaker}\t${q.canonical}\t${q.text.slice(0, 60)}`);
    if (verdict && (!ruleFilter || rule === ruleFilter)) {
      const ctxStart = Math.max(0, q.start - 160);
      const ctx = raw.slice(ctxStart, q.start + q.text.length + 160).replace(/\s+/g, ' ');
      errs.push(`${verdict} [${rule}] got ${JSON.stringify(p.speaker)} want ${JSON.stringify(q.canonical)} (source ${JSON.stringify(q.source)}, cue ${JSON.stringify(q.cue ?? '')}) ${path.basename(dir)}\n    …${ctx}…`);
    }
  }
}
const ms = performance.now() - t0;
const P = tp / pred, R = tp / gold, F1 = (2 * P * R) / (P + R);
console.log(`${dirs.length} articles, ${(ms / dirs.length).toFixed(1)} ms each: gold ${gold}, predicted ${pred}, matched ${tp}; ${neutral} predictions on non-gold quoted text`);
console.log(`quote P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${F1.toFixed(3)}`);
console.log(`speaker (name-sourced, matched): ${right}/${nameMatched} = ${(right / nameMatched).toFixed(3)}; wrong ${wrong}, missing ${missing}`);
console.log(`\nstage 1, quotations: ${stage.found} found, ${stage.foundGold} of them gold quotes`);
for (const [rule, r] of stage.removed) console.log(`  not a quote: ${rule.padEnd(16)} removed ${String(r.n).padStart(5)}, of which gold ${r.gold}`);
console.log('\nstage 2, attribution sieve'.padEnd(30), 'right wrong  acc');
for (const [rule, r] of [...rules].sort((a, b) => b[1].right + b[1].wrong - a[1].right - a[1].wrong)) {
  console.log(rule.padEnd(29), String(r.right).padStart(5), String(r.wrong).padStart(5), (r.right / (r.right + r.wrong)).toFixed(3));
}
if (kindsArg !== null) {
  console.log('\nquote errors by kind');
  for (const [k, list] of [...kinds].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    console.log(`  ${k.padEnd(40)} ${String(list.length).padStart(5)}`);
    const step = Math.max(1, Math.floor(list.length / Math.max(1, kindExamples)));
    for (let i = 0; i < list.length && i / step < kindExamples; i += step) console.log(`    ${list[i]}`);
  }
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ results }, null, 1));
if (dumpOut) fs.writeFileSync(dumpOut, dump.join('\n') + '\n');
if (fpOut) fs.writeFileSync(fpOut, fps.join('\n') + '\n');
if (errorCount) {
  // a deterministic sample: every k-th error
  const step = Math.max(1, Math.floor(errs.length / errorCount));
  console.log(`\n${errs.length} errors; showing ${Math.min(errorCount, errs.length)}:`);
  for (let i = 0; i < errs.length && i / step < errorCount; i += step) console.log(errs[i]);
}
