// Builds browser-ready fixtures from fixtures/real/{dev,test}: each labelled article gets its real page
// (from the shared article-extraction benchmark, MIT) as page.html beside labels.json and article.txt,
// under .output/real/<set>/<id>/, so that ../shared/eval/run-extension.mjs can score them in the browser.
//   node scripts/real-fixtures.mjs        then
//   node ../shared/eval/run-extension.mjs .output/chrome-mv3 .output/real/dev/*/
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const pages = path.resolve(root, '../shared/fixtures/extraction/html');
let n = 0;
for (const set of ['dev', 'test', 'dev2', 'test2']) {
  const dir = path.join(root, 'fixtures/real', set);
  if (!fs.existsSync(dir)) continue;
  for (const id of fs.readdirSync(dir)) {
    const out = path.join(root, '.output/real', set, id);
    fs.mkdirSync(out, { recursive: true });
    for (const f of ['labels.json', 'article.txt']) fs.copyFileSync(path.join(dir, id, f), path.join(out, f));
    fs.writeFileSync(path.join(out, 'page.html'), zlib.gunzipSync(fs.readFileSync(path.join(pages, `${id}.html.gz`))));
    n++;
  }
}
console.log(`${n} real fixtures in .output/real/{dev,test,dev2,test2}`);
