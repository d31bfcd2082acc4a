// npm test: build the extension, run the unit tests, then the browser tests against the build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const run = (cmd, args) => {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('npx', ['wxt', 'build']);
// The Firefox build, checked with Mozilla's addons-linter (the checks addons.mozilla.org runs).
run('node', ['scripts/lint-firefox.mjs', '--build']);
run('npx', ['vitest', 'run']);
if (!fs.existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: install it with "sudo apt-get install -y chromium" (or set CHROMIUM=/path/to/chromium).`);
  process.exit(1);
}
run('node', ['--test', '--test-concurrency=1', '--test-reporter=spec', 'e2e/']);
