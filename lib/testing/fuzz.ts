// How many cases each fast-check property runs: FUZZ_RUNS from the environment when set (a long
// fuzzing session: FUZZ_RUNS=20000 npx vitest run), otherwise the test's own CI-sized default.

/** `numRuns` for fc.assert: FUZZ_RUNS when set, else `defaultRuns`. */
export function fuzzRuns(defaultRuns: number): number {
  const raw = process.env.FUZZ_RUNS;
  if (raw === undefined || raw.trim() === '') return defaultRuns;
  const runs = Number(raw);
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive whole number, not "${raw}".`);
  return runs;
}
