import { analyze } from '../lib/analysis';
import fs from 'node:fs';
const lines = process.argv.slice(2).length ? process.argv.slice(2) : fs.readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const l of lines) {
  const ds = analyze(l.replace(/\\n/g, '\n')).filter((f) => f.kind === 'disputed');
  console.log(ds.length ? ds.map((d) => `[${d.rule}] by=${d.disputedBy} | ${d.reason.slice(0, 70)}`).join(' ;; ') : '—', ' <= ', l.slice(0, 100));
}
