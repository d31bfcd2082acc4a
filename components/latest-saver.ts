// Saves every value the moment it is pushed (nothing waits in memory, so nothing is lost if the
// page closes right after a keystroke) and reports the state of the newest value only.
// The save function must keep call order — e.g. start one IndexedDB transaction per call before
// returning: transactions on the same records commit in the order they were started, so the newest
// value is the one that stays.

export type SaveState = { status: 'saving' } | { status: 'saved' } | { status: 'error'; error: unknown };

export class LatestSaver<T> {
  private newest = 0;
  private unsettled = new Set<Promise<void>>();

  constructor(
    private readonly save: (value: T) => Promise<void>,
    private readonly onState: (state: SaveState) => void = () => undefined,
  ) {}

  /** True while any save has not settled. */
  get busy(): boolean {
    return this.unsettled.size > 0;
  }

  push(value: T): void {
    const n = ++this.newest;
    this.onState({ status: 'saving' });
    let started: Promise<void>;
    try {
      started = this.save(value);
    } catch (e) {
      started = Promise.reject(e);
    }
    const settled = started.then(
      () => {
        if (n === this.newest) this.onState({ status: 'saved' });
      },
      (error: unknown) => {
        if (n === this.newest) this.onState({ status: 'error', error });
      },
    );
    const tracked = settled.finally(() => this.unsettled.delete(tracked));
    this.unsettled.add(tracked);
  }

  /** Resolves once every pushed value has been saved (or failed). */
  async idle(): Promise<void> {
    while (this.unsettled.size) await Promise.all(this.unsettled);
  }
}
