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
