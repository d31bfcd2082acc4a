// Property: after random edits, matchSelectors finds the annotated words exactly when they and
// their context survived unchanged, and otherwise returns them, a near match in their place, or
// nothing — never other words.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeText } from './describe-text';
import { matchSelectors } from './match-selectors';
import { VerdictTally } from './test-support/verdict-tally';
import { fuzzRuns } from '../testing/fuzz';
import { applyScenario, judge, scenario } from './test-support/scenario';

describe('matchSelectors under random edits (property)', () => {
  it('never lands on other words, and finds clean quotes exactly', () => {
    const tally = new VerdictTally();
    fc.assert(
      fc.property(scenario, (s) => {
        const edited = applyScenario(s);
        const selectors = describeText(s.before, s.quote.start, s.quote.end);
        const m = matchSelectors(edited.after, selectors);
        const { verdict, clean } = judge(s, edited, m && { start: m.start, end: m.end });
        tally.add(verdict);
        tally.add(`${clean ? 'clean' : edited.touched ? 'quote edited' : 'quote intact'}: ${verdict}`);
        expect(verdict).not.toBe('wrong');
        if (clean) expect(verdict).toBe('exact');
      }),
      { numRuns: fuzzRuns(200) },
    );
    console.log(`matchSelectors property: ${JSON.stringify(tally.counts)}`);
    expect(tally.get('wrong')).toBe(0);
  });
});
