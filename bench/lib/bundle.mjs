// esbuild bundles of product modules for the page (IIFE strings) and for Node (ESM files).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../../e2e/harness.mjs';

export const TMP_DIR = path.join(ROOT, '.output', 'bench-tmp');

/** Resolves the project's "@/..." alias the way WXT does. */
const projectAlias = {
  name: 'project-alias',
  setup(b) {
    b.onResolve({ filter: /^@\// }, (args) => b.resolve('./' + args.path.slice(2), { resolveDir: ROOT, kind: args.kind }));
  },
};

const common = {
  bundle: true,
  write: false,
  logLevel: 'silent',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  absWorkingDir: ROOT,
};

/** An IIFE script (as a string) for page.addScriptTag / page.evaluate. */
export async function bundleForPage(entry, { minify = false } = {}) {
  const out = await build({
    ...common,
    entryPoints: [path.resolve(ROOT, entry)],
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify,
    plugins: [projectAlias],
  });
  return out.outputFiles[0].text;
}

/** An ESM bundle written under .output/bench-tmp and imported into this Node process. */
export async function importForNode(entry) {
  const out = await build({
    ...common,
    entryPoints: [path.resolve(ROOT, entry)],
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [projectAlias],
  });
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const file = path.join(TMP_DIR, path.basename(entry).replace(/\.[cm]?[jt]s$/, '') + '.node.mjs');
  fs.writeFileSync(file, out.outputFiles[0].text);
  return import(file + '?t=' + Date.now());
}

/** Minified bundle of an entry with esbuild's metafile: bytes per input file, for bundle composition. */
export async function composition(entry, { plugins = [], define = {} } = {}) {
  const out = await build({
    ...common,
    entryPoints: [path.resolve(ROOT, entry)],
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    metafile: true,
    define,
    plugins: [projectAlias, ...plugins],
  });
  const [output] = Object.values(out.metafile.outputs);
  return { bytes: out.outputFiles[0].contents.length, inputs: output.inputs };
}
