// Announce store writes in bursts: a note typed key by key is written once per key, but the tabs
// showing the page need one announcement per burst, not one per key. Announcements never overlap;
// pages written while one is in flight are announced together right after it.
import { announceChange } from './announce';
import { Coalescer } from './coalescer';

export class ChangeAnnouncer {
  /** Pages written since the last announcement started; null: everything. */
  private keys: Set<string> | null = new Set();
  private readonly runs: Coalescer<void>;

  constructor(announce: (pageKeys: string[] | null) => Promise<void> = announceChange) {
    this.runs = new Coalescer<void>(() => {
      const keys = this.keys;
      this.keys = new Set();
      return announce(keys === null ? null : [...keys]);
    });
  }

  /** These pages were written (null: anything may have changed). */
  changed(pageKeys: readonly string[] | null): void {
    if (pageKeys === null) this.keys = null;
    else if (this.keys) for (const k of pageKeys) this.keys.add(k);
    this.runs.push();
  }

  /** Resolves once every announcement has been sent. */
  idle(): Promise<void> {
    return this.runs.idle();
  }
}

/** This page's announcer. */
export const changeAnnouncer = new ChangeAnnouncer();
