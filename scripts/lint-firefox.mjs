// Lint the Firefox build with Mozilla's addons-linter (through `web-ext lint`), the same checks
// addons.mozilla.org runs on upload: manifest keys and permissions, unsafe DOM sinks, bundled code.
//
//   node scripts/lint-firefox.mjs            lint .output/firefox-mv2 as it is
//   node scripts/lint-firefox.mjs --build    build it first (wxt build -b firefox)
//   node scripts/lint-firefox.mjs -- --warnings-as-errors   anything after -- goes to web-ext lint
//
// web-ext is optional: without it the script says how to get it and exits 0 (nothing checked).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIR = path.join(ROOT, '.output', 'firefox-mv2');
const WEB_EXT = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'web-ext.cmd' : 'web-ext');

const argv = process.argv.slice(2);
const dashes = argv.indexOf('--');
const ownArgs = dashes < 0 ? argv : argv.slice(0, dashes);
const passThrough = dashes < 0 ? [] : argv.slice(dashes + 1);
const unknown = ownArgs.filter((a) => a !== '--build');
if (unknown.length) {
  console.error(`Unknown option ${unknown[0]}. Usage: node scripts/lint-firefox.mjs [--build] [-- web-ext lint options]`);
  process.exit(2);
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

if (!fs.existsSync(WEB_EXT)) {
  console.log('web-ext is not installed, so the Firefox build was not linted.');
  console.log('Install it once with "npm install --save-dev web-ext", or run it ad hoc:');
  console.log(`  npx web-ext@10 lint --source-dir ${path.relative(ROOT, SOURCE_DIR)}`);
  process.exit(0);
}

if (ownArgs.includes('--build')) {
  const status = run('npx', ['wxt', 'build', '-b', 'firefox']);
  if (status !== 0) process.exit(status);
}

if (!fs.existsSync(path.join(SOURCE_DIR, 'manifest.json'))) {
  console.error(`No Firefox build at ${path.relative(ROOT, SOURCE_DIR)}: run "npm run build:firefox" (or pass --build).`);
  process.exit(1);
}

process.exit(run(WEB_EXT, ['lint', '--source-dir', SOURCE_DIR, ...passThrough]));
