import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { fuzzRuns } from '../testing/fuzz';

const SAMPLE = 'Mr Alan Price, the finance minister, said on Tuesday that exports rose 4.5% to £2.1bn. “It is a record,” he said. The opposition disputed the claim that wages grew. ';

describe('robustness', () => {
  it('never throws on malformed input', () => {
    expect(analyze('')).toEqual([]);
    expect(analyze({ text: 'abc', blocks: [{ type: 'paragraph', start: 5, end: 1 }] })).toEqual([]);
    expect(() => analyze(null as unknown as string)).not.toThrow();
  });

  it('returns findings whose text matches their offsets, on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 200 }), (a, b) => {
        const text = `${a}\n\n“${b}” said Jo Smith. ${a} denied the claim that 5% fell.`;
        for (const f of analyze(text)) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: fuzzRuns(200) },
    );
  });

  // They finish (the test's ceiling is generous: a busy machine is slow, not wrong) with findings
  // that match their offsets. How fast is `npm run bench`, figure 4, side by side with ordinary text.
  it('finishes adversarial strings with well-formed findings', () => {
    const cases = [
      '“'.repeat(50_000),
      '"'.repeat(50_000),
      '’'.repeat(25_000) + '‘'.repeat(25_000),
      '“ ‘ “ ‘ '.repeat(10_000) + '’ ” '.repeat(10_000),
      'a'.repeat(1_000_000),
      'Mr. '.repeat(50_000),
      '. '.repeat(100_000),
      'said '.repeat(50_000) + '“x”',
      'Ab '.repeat(100_000),
      '“x,” said A B. '.repeat(5_000),
    ];
    for (const text of cases) {
      for (const f of analyze(text)) {
        expect(text.slice(f.start, f.end), text.slice(0, 20)).toBe(f.text);
        expect(f.reason.length).toBeGreaterThan(0);
      }
    }
  }, 300_000);
  // Linear growth (100,000 words ≤ 12× the time of 10,000) is a benchmark figure, not a timed test:
  // `npm run bench`, figure 4 (side by side in one process; these machines are shared and noisy).
});
