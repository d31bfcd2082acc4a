import { describe, expect, it } from 'vitest';
import { analyze } from './index';

/** The quotes of a text as [words, speaker, sieve]. */
const quotes = (text: string): Array<[string, string | null | undefined, string | undefined]> =>
  analyze(text).filter((f) => f.kind === 'quote').map((f) => [f.text, f.speaker, f.rule]);

describe('attribution sieves', () => {
  it('as-clause: a modal may stand before the verb ("As Sherlock would say, “…”")', () => {
    expect(quotes('The couple had replaced their bedding. As Sherlock would say, “Elementary, my dear Watson.” Allergies are common.')).toEqual([
      ['Elementary, my dear Watson.', 'Sherlock', 'as-clause'],
    ]);
  });
});
