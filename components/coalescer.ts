// Runs an async task for the newest of many values without overlapping: while a run is in flight,
// newer values wait and only the newest runs when it finishes (runs never overlap, never reorder).
// Used to announce store changes: one announcement per burst of keystrokes, not one per key.

export class Coalescer<T> {
  private inFlight: Promise<void> | null = null;
  private pending: { value: T } | null = null;

  constructor(
    private readonly run: (value: T) => Promise<void>,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** True while a run is in flight or a value is waiting. */
  get busy(): boolean {
    return this.inFlight !== null || this.pending !== null;
  }

  push(value: T): void {
    if (this.inFlight) {
      this.pending = { value };
      return;
    }
    this.start(value);
  }

  /** Resolves once every pushed value has run (or failed). */
  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  private start(value: T): void {
    const run = this.run(value)
      .catch(this.onError)
      .finally(() => {
        this.inFlight = null;
        const next = this.pending;
        this.pending = null;
        if (next) this.start(next.value);
      });
    this.inFlight = run;
  }
}
