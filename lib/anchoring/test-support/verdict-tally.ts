/** Property-test runs: FUZZ_RUNS from the environment, or a CI-sized default. */
export function fuzzRuns(fallback = 200): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Verdict counts across a property run, printed for the record. */
export class VerdictTally {
  readonly counts: Record<string, number> = {};
  add(key: string): void {
    this.counts[key] = (this.counts[key] ?? 0) + 1;
  }
  get(key: string): number {
    return this.counts[key] ?? 0;
  }
}
