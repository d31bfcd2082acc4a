import { afterEach, expect, it, vi } from 'vitest';
import { fuzzRuns } from './fuzz';

afterEach(() => {
  vi.unstubAllEnvs();
});

it('uses the default unless FUZZ_RUNS is set', () => {
  vi.stubEnv('FUZZ_RUNS', undefined);
  expect(fuzzRuns(150)).toBe(150);
  vi.stubEnv('FUZZ_RUNS', '');
  expect(fuzzRuns(150)).toBe(150);
  vi.stubEnv('FUZZ_RUNS', '20000');
  expect(fuzzRuns(150)).toBe(20000);
});

it('refuses a value that is not a positive whole number', () => {
  for (const bad of ['0', '-3', '1.5', 'many']) {
    vi.stubEnv('FUZZ_RUNS', bad);
    expect(() => fuzzRuns(10)).toThrow(/FUZZ_RUNS must be a positive whole number/);
  }
});
