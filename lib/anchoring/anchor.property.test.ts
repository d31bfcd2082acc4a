// @vitest-environment happy-dom
// Property through the DOM: describe on one random rendering of an article, anchor on a different
// random rendering (re-wrapped elements, empty nodes, <br>, scripts, our UI) of the edited article.
import { describe as suite, expect, it } from 'vitest';
import fc from 'fast-check';
import { rangeAt, rangeOffsets } from '../dom/text-map';
import { anchor, describe } from './index';
import { anchoringTextMap } from './text-model';
import { VerdictTally } from './test-support/verdict-tally';
import { fuzzRuns } from '../testing/fuzz';
import { render, rendering } from './test-support/render';
import { applyScenario, judge, scenario } from './test-support/scenario';

suite('anchor under random edits and re-wrapping (property)', () => {
  it('never lands on other words, and finds clean quotes exactly', () => {
    const tally = new VerdictTally();
    fc.assert(
      fc.property(scenario, rendering, rendering, (s, look1, look2) => {
        const before = render(document, s.before, look1);
        const beforeMap = anchoringTextMap(before);
        expect(beforeMap.text).toBe(s.before);
        const selectors = describe(before, rangeAt(beforeMap, s.quote.start, s.quote.end)!);

        const edited = applyScenario(s);
        const after = render(document, edited.after, look2);
        const afterMap = anchoringTextMap(after);
        expect(afterMap.text).toBe(edited.after);
        const range = anchor(after, selectors);
        const found = range && rangeOffsets(afterMap, range);
        if (range) expect(found).not.toBeNull();
        const { verdict, clean } = judge(s, edited, found);
        tally.add(verdict);
        tally.add(`${clean ? 'clean' : edited.touched ? 'quote edited' : 'quote intact'}: ${verdict}`);
        expect(verdict).not.toBe('wrong');
        if (clean) expect(verdict).toBe('exact');
      }),
      { numRuns: fuzzRuns(200) },
    );
    console.log(`anchor property (DOM): ${JSON.stringify(tally.counts)}`);
    expect(tally.get('wrong')).toBe(0);
  });
});
