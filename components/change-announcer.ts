// Announce store writes in bursts: a note typed key by key is written once per key, but the tabs
// showing the page need one announcement per burst, not one per key. An announcement goes out once
// writes have paused for `quietMs` (the tabs' re-reads would otherwise queue between the keystrokes'
// writes and hold them back); announcements never overlap, and pages written while one is in
// flight are announced together right after it.
import { announceChange } from './announce';
import { Coalescer } from './coalescer';

export class ChangeAnnouncer {
  /** Pages written since the last announcement started; null: everything. */
  private keys: Set<string> | null = new Set();
  private readonly runs: Coalescer<void>;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly announce: (pageKeys: string[] | null) => Promise<void> = announceChange,
    private readonly quietMs = 250,
  ) {
    this.runs = new Coalescer<void>(() => {
      const keys = this.keys;
      this.keys = new Set();
      return this.announce(keys === null ? null : [...keys]);
    });
  }

  /** These pages were written (null: anything may have changed). */
  changed(pageKeys: readonly string[] | null): void {
    if (pageKeys === null) this.keys = null;
    else if (this.keys) for (const k of pageKeys) this.keys.add(k);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.runs.push();
    }, this.quietMs);
  }

  /** Announce what is waiting now, without waiting for a pause or for one in flight (the page is closing). */
  flush(): void {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
    const keys = this.keys;
    this.keys = new Set();
    this.announce(keys === null ? null : [...keys]).catch(() => undefined);
  }

  /** Resolves once every announcement has been sent. */
  async idle(): Promise<void> {
    while (this.timer !== null) await new Promise((r) => setTimeout(r, this.quietMs));
    await this.runs.idle();
  }
}

/** This page's announcer; what is waiting goes out when the page is hidden or closed. */
export const changeAnnouncer = new ChangeAnnouncer();
if (typeof addEventListener === 'function' && typeof document !== 'undefined') {
  addEventListener('pagehide', () => changeAnnouncer.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') changeAnnouncer.flush();
  });
}
