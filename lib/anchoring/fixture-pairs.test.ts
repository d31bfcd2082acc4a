// @vitest-environment happy-dom
// Before/after page pairs in ./fixtures (see manifest.json): describe on before, anchor on after.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe as suite, expect, it } from 'vitest';
import { evaluatePair, tallyOutcomes, type PairOutcome } from './fixture-pairs';

interface PairSpec {
  name: string;
  about: string;
  expect: 'words' | 'orphan';
}

const DIR = join(__dirname, 'fixtures');
const specs = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as PairSpec[];

/** The page's markup in a detached element of the test document (fixture markup, not page text). */
function page(file: string): Element {
  const root = document.createElement('div');
  root.innerHTML = readFileSync(join(DIR, file), 'utf8');
  return root;
}

suite('anchoring fixture pairs', () => {
  const outcomes: PairOutcome[] = [];

  for (const spec of specs) {
    it(`${spec.name}: ${spec.about} → ${spec.expect}`, () => {
      const outcome = evaluatePair(page(`${spec.name}.before.html`), page(`${spec.name}.after.html`));
      outcomes.push(outcome);
      expect(outcome.expect).toBe(spec.expect);
      expect(outcome.result).not.toBe('wrong');
      expect(outcome, `found ${JSON.stringify(outcome.found)}`).toMatchObject({ asExpected: true });
    });
  }

  it('tallies: no pair lands on the wrong words', () => {
    const tally = tallyOutcomes(outcomes);
    console.log(`anchoring fixture tally: ${JSON.stringify(tally)}`);
    expect(tally.total).toBe(specs.length);
    expect(tally.wrong).toBe(0);
  });
});
