// Recognition on real pages outside the benchmark: how many of a folder's pages Claimlight would
// analyse on its own (assessArticle), under jsdom.
//
//   npx tsx scripts/eval-articles.ts fixtures/non-articles          # non-articles: every "article" is a false positive
//   npx tsx scripts/eval-articles.ts --articles DIR                  # real articles: every "not an article" is a miss
//
// Prints one line per page (verdict, root, characters analysed, ms) and the count.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { assessArticle, extractArticle } from '../lib/article';

const args = process.argv.slice(2);
const expectArticles = args.includes('--articles');
const dirs = args.filter((a) => !a.startsWith('--'));
if (!dirs.length) {
  console.error('usage: npx tsx scripts/eval-articles.ts [--articles] DIR...');
  process.exit(2);
}
const describe = (el: Element | null) =>
  el ? `${el.localName}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].slice(0, 2).join('.') : ''}` : '-';
let wrong = 0;
let total = 0;
for (const dir of dirs) {
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
    total++;
    const bad = isArticle !== expectArticles;
    if (bad) wrong++;
    console.log(`${bad ? 'WRONG' : 'ok   '}  ${isArticle ? 'article    ' : 'not article'}  ${describe(root).padEnd(40)} ${String(chars).padStart(6)} chars ${ms.toFixed(0).padStart(5)} ms  ${name}`);
    dom.window.close();
  }
}
console.log(expectArticles ? `${wrong} of ${total} articles not recognised` : `${wrong} of ${total} non-article pages painted automatically (false positives)`);
