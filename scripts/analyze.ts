// npm run analyze -- page.html [more.html] [--json]
// Prints the findings of saved pages: the same article extraction and analysis the extension runs.
import fs from 'node:fs';
import { JSDOM } from 'jsdom';
import { extractArticle, looksLikeArticle } from '../lib/article';
import { analyze } from '../lib/analysis';
import type { Finding } from '../lib/model';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) {
  console.error('usage: npm run analyze -- page.html [more.html ...] [--json]');
  process.exit(2);
}

const cut = (s: string, n: number) => {
  const t = s.replace(/\s+/g, ' ');
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};

const out: Record<string, { article: boolean; ms: number; findings: Finding[] }> = {};
for (const file of files) {
  let html: string;
  try {
    html = fs.readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: ${(e as Error).message}`);
    process.exitCode = 1;
    continue;
  }
  const { document } = new JSDOM(html, { url: 'https://example.org/' }).window;
  const article = extractArticle(document);
  const t0 = performance.now();
  const findings = article ? analyze(article.input) : [];
  const ms = Math.round(performance.now() - t0);
  out[file] = { article: looksLikeArticle(document), ms, findings };
  if (json) continue;
  console.log(`\n${file}: ${article ? `${article.input.text.length} characters of article` : 'no article found'}, ${findings.length} findings in ${ms} ms`);
  const rows = findings.map((f) => ({
    kind: f.kind,
    who: f.kind === 'quote' ? f.speaker ?? '?' : f.kind === 'disputed' ? f.disputedBy ?? '?' : '',
    text: cut(f.text, 70),
    reason: cut(f.reason, 50),
  }));
  const w = { kind: 8, who: Math.min(24, Math.max(3, ...rows.map((r) => r.who.length))), text: 70 };
  console.log(`${'kind'.padEnd(w.kind)}  ${'who'.padEnd(w.who)}  ${'text'.padEnd(w.text)}  reason`);
  for (const r of rows) console.log(`${r.kind.padEnd(w.kind)}  ${cut(r.who, w.who).padEnd(w.who)}  ${r.text.padEnd(w.text)}  ${r.reason}`);
}
if (json) console.log(JSON.stringify(out, null, 1));
