// The matcher at its threshold on the labelled set (fixtures/factcheck/pairs.json; figures in the
// README, from scripts/eval-factcheck.ts): precision at least 0.95, and the seed article's claim.
import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, featuresOf, gate, indexReviews } from './match';
import { pairs, score } from '../../scripts/eval-factcheck';

describe('fact-check matching', () => {
  it('keeps precision ≥ 0.95 on the labelled matching and near-miss pairs', () => {
    const s = score(MATCH_THRESHOLD, []);
    expect(pairs.sentences.length).toBeGreaterThan(150);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('matches the seed article\'s Kursk claim and not the related sentences', () => {
    const index = indexReviews([{ claim: 'Russian forces have encircled Ukrainian troops in the Kursk region.' }]);
    expect(index.match('He said Russian forces have “surrounded” Ukrainian troops in Russia’s Kursk region, amplifying an assertion made by Russian officials.')).toHaveLength(1);
    expect(index.match('Ukraine’s army stunned Russia in August last year by attacking across the border into the Kursk region.')).toHaveLength(0);
  });

  it('gates: another figure, the negation, the opposite, names the other way round', () => {
    const r = featuresOf('Violent crime in London has risen by 40% since 2016.', { isClaim: true });
    expect(gate(r, featuresOf('Violent crime in London has risen by 12% since 2016.'))).toBe('number');
    expect(gate(r, featuresOf('Violent crime in London has fallen by 40% since 2016.'))).toBe('opposite');
    expect(gate(r, featuresOf('Violent crime in London has not risen by 40% since 2016.'))).toBe('negation');
    expect(gate(featuresOf('Ukraine started the war with Russia.', { isClaim: true }), featuresOf('Russia started the war with Ukraine.'))).toBe('order');
  });
});
