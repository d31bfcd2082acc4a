// npm test: build the extension (Chrome and Firefox), lint the Firefox build, run the unit tests,
// then the browser tests against the builds (Chromium and Firefox ESR).
// npm run test:e2e (node scripts/test.mjs --e2e): the two builds and the browser tests only.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const E2E_ONLY = process.argv.includes('--e2e');
const T0 = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const steps = [];

const run = (cmd, args) => {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  steps.push(`${cmd} ${args.join(' ')}: ${seconds(t0)}`);
  if (r.status !== 0) {
    console.error(`\n${cmd} ${args.join(' ')} failed after ${seconds(t0)} (npm test ran ${seconds(T0)}).`);
    process.exit(r.status ?? 1);
  }
};

for (const [name, bin, pkg, env] of [['Chromium', CHROMIUM, 'chromium', 'CHROMIUM'], ['Firefox ESR', FIREFOX, 'firefox-esr', 'FIREFOX']]) {
  if (!fs.existsSync(bin)) {
    console.error(`${name} not found at ${bin}: install it with "sudo apt-get install -y ${pkg}" (or set ${env}=/path/to/it). Nothing is downloaded.`);
    process.exit(1);
  }
}

run('npx', ['wxt', 'build']);
if (E2E_ONLY) {
  run('npx', ['wxt', 'build', '-b', 'firefox']);
} else {
  // The Firefox build, checked with Mozilla's addons-linter (the checks addons.mozilla.org runs).
  run('node', ['scripts/lint-firefox.mjs', '--build']);
  run('npx', ['vitest', 'run']);
}
// One test file at a time: each starts its own browser, and the machine has two cores. A ceiling
// per file (node runs each file in its own process, and --test-timeout bounds that process): a
// browser that stops answering fails its file by name instead of holding the whole run, and
// --test-force-exit ends a file whose tests are over even if a browser it started lingers.
const FILE_CEILING_MS = Number(process.env.E2E_FILE_CEILING_MS ?? 20 * 60_000);
run('node', ['--test', '--test-concurrency=1', `--test-timeout=${FILE_CEILING_MS}`, '--test-force-exit', '--test-reporter=spec', 'e2e/']);
console.log(`\nnpm ${E2E_ONLY ? 'run test:e2e' : 'test'} passed in ${seconds(T0)}:\n  ${steps.join('\n  ')}`);
