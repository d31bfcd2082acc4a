import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchoredErrors, boundedDistance } from './edit-distance';
import { fuzzRuns } from '../testing/fuzz';

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

describe('boundedDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(boundedDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedDistance('same', 'same', 0)).toBe(0);
  });

  it('stops at limit + 1', () => {
    expect(boundedDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(boundedDistance('a', 'abcdefgh', 3)).toBe(4);
  });

  it('equals Levenshtein whenever that is within the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat(8), (a, b, limit) => {
        const exact = levenshtein(a, b);
        expect(boundedDistance(a, b, limit)).toBe(exact <= limit ? exact : limit + 1);
      }),
      { numRuns: fuzzRuns(400) },
    );
  });
});

describe('anchoredErrors', () => {
  it('pins the prefix to the end of the text before a quote', () => {
    expect(anchoredErrors('xx said the minister ', 'said the minister ', 'end')).toBe(0);
    expect(anchoredErrors('said the minister x', 'said the minister ', 'end')).toBeGreaterThan(0);
    expect(anchoredErrors('xx said the minster ', 'said the minister ', 'end')).toBe(1);
  });

  it('pins the suffix to the start of the text after a quote', () => {
    expect(anchoredErrors(', he added later on', ', he added', 'start')).toBe(0);
    expect(anchoredErrors('x, he added', ', he added', 'start')).toBe(1);
  });

  it('charges missing text as errors', () => {
    expect(anchoredErrors('', 'context', 'end')).toBe(7);
    expect(anchoredErrors('anything', '', 'start')).toBe(0);
  });
});
