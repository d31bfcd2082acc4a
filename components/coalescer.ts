// Saves a value on every change without losing the last one: while a save is in flight, newer
// values wait and only the newest is sent when it finishes (saves never overlap, never reorder).
// `flushNow` sends the waiting value immediately, for when the page is going away.

export class CoalescingSaver<T> {
  private inFlight: Promise<void> | null = null;
  private pending: { value: T } | null = null;

  constructor(
    private readonly save: (value: T) => Promise<void>,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** True while a save is running or a value is waiting. */
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

  /** Send the waiting value now, without waiting for the save in flight (the page is closing). */
  flushNow(): void {
    const next = this.pending;
    this.pending = null;
    if (next) this.save(next.value).catch(this.onError);
  }

  /** Resolves once every pushed value has been saved (or failed). */
  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  private start(value: T): void {
    const run = this.save(value)
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
