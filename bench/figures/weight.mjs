// Figure 5a — weight on every page: the built content script (bytes, gzip) and what it is made of
// (an esbuild bundle of the same entry with a metafile, grouped by package or folder).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { EXT_DIR } from '../../e2e/harness.mjs';
import { composition } from '../lib/bundle.mjs';

/** WXT's virtual modules and asset imports, stubbed so esbuild can bundle the entry on its own. */
const wxtStubs = {
  name: 'wxt-stubs',
  setup(b) {
    b.onResolve({ filter: /\.css(\?raw)?$/ }, (args) => ({ path: args.path, namespace: 'css-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'css-stub' }, (args) => ({
      contents: args.path.endsWith('?raw') ? 'export default ""' : '',
      loader: 'js',
    }));
  },
};

function groupOf(file) {
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = file.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const parts = file.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0];
}

export async function measureWeight() {
  // Every page loads both: the content script and the page core it imports right after it.
  const files = [path.join(EXT_DIR, 'content-scripts', 'content.js'), path.join(EXT_DIR, 'page-core.js')];
  const code = Buffer.concat(files.map((f) => fs.readFileSync(f)));
  const gzip = files.reduce((a, f) => a + zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length, 0);
  const define = { defineContentScript: 'Object', defineUnlistedScript: 'Object', 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3' };
  let bytes = 0;
  const groups = {};
  for (const entry of ['entrypoints/content/index.ts', 'entrypoints/page-core.ts']) {
    const c = await composition(entry, { plugins: [wxtStubs], define });
    bytes += c.bytes;
    for (const [f, info] of Object.entries(c.inputs)) groups[groupOf(f)] = (groups[groupOf(f)] ?? 0) + info.bytesInOutput;
  }
  const parts = Object.entries(groups)
    .sort((a, b) => b[1] - a[1])
    .map(([name, b]) => ({ name, bytes: b, share: Math.round((1000 * b) / bytes) / 10 }));
  return { bytes: code.length, gzip, esbuildBytes: bytes, composition: parts };
}
