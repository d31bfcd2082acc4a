// Recognition on real pages outside the benchmark: how many of a folder's pages Claimlight would
// analyse on its own (assessArticle), under jsdom. Folders after --articles hold real articles (every
// "not an article" is a miss); folders after --non-articles (the default) hold real non-article pages
// (every "article" is a false positive: the page would be painted automatically).
//
//   npx tsx scripts/eval-articles.ts fixtures/non-articles                  # non-articles only
//   npx tsx scripts/eval-articles.ts --articles DIR                          # real articles only
//   npx tsx scripts/eval-articles.ts --articles DIR... --non-articles fixtures/non-articles   # both, one table
//
// Prints one line per page (verdict, root, characters analysed, ms) and the counts per kind; with
// --quiet, only the pages judged wrongly and the counts. The benchmark (181 articles) has its own
// runner: npx tsx ../shared/eval/extraction/run.mts.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { assessArticle, extractArticle } from '../lib/article';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const groups: { articles: boolean; dir: string }[] = [];
let articles = false;
for (const a of args) {
  if (a === '--articles') articles = true;
  else if (a === '--non-articles') articles = false;
  else if (!a.startsWith('--')) groups.push({ articles, dir: a });
}
if (!groups.length) {
  console.error('usage: npx tsx scripts/eval-articles.ts [--quiet] [--articles DIR...] [--non-articles DIR...]');
  process.exit(2);
}
const describe = (el: Element | null) =>
  el ? `${el.localName}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].slice(0, 2).join('.') : ''}` : '-';
const tally = { articles: { wrong: 0, total: 0 }, nonArticles: { wrong: 0, total: 0 } };
for (const { articles: expectArticles, dir } of groups) {
  const t = expectArticles ? tally.articles : tally.nonArticles;
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    const html = fs.readFileSync(path.join(dir, name), 'utf8');
    let dom: JSDOM;
    try {
      dom = new JSDOM(html, { url: 'https://example.org/', virtualConsole: new VirtualConsole() });
    } catch {
      // jsdom's CSS parser throws on a few real style sheets (browsers do not)
      dom = new JSDOM(html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, ''), { url: 'https://example.org/', virtualConsole: new VirtualConsole() });
    }
    const t0 = performance.now();
    const { isArticle, root } = assessArticle(dom.window.document);
    const chars = isArticle ? (extractArticle(dom.window.document, root)?.input.text.length ?? 0) : 0;
    const ms = performance.now() - t0;
    t.total++;
    const bad = isArticle !== expectArticles;
    if (bad) t.wrong++;
    if (bad || !quiet) {
      console.log(`${bad ? 'WRONG' : 'ok   '}  ${isArticle ? 'article    ' : 'not article'}  ${describe(root).padEnd(40)} ${String(chars).padStart(6)} chars ${ms.toFixed(0).padStart(5)} ms  ${path.join(dir, name)}`);
    }
    dom.window.close();
  }
}
if (tally.articles.total) console.log(`${tally.articles.wrong} of ${tally.articles.total} articles not recognised`);
if (tally.nonArticles.total) console.log(`${tally.nonArticles.wrong} of ${tally.nonArticles.total} non-article pages painted automatically (false positives)`);
