// The undo toast after Delete or Dismiss: shown under the card's place for a while, Undo puts the
// records back through the page session.
import type { AnchorRect } from '@/components/inpage/place';
import type { UiContext } from './in-page-state';

const UNDO_MS = 8000;

export interface ToastState {
  anchor: AnchorRect;
  message: string;
  undo: () => Promise<void>;
}

export class UndoToast {
  /** The toast shown, if any (view.ts). */
  current: ToastState | null = null;
  private timer: number | undefined;

  constructor(private readonly ui: UiContext) {}

  /** Show the toast (focused when `focus`: the reader's focus was in the card that went). */
  offer(anchor: AnchorRect, message: string, undo: () => Promise<void>, focus: boolean): void {
    const { timers } = this.ui.deps;
    timers.clear(this.timer);
    this.current = { anchor, message, undo };
    this.timer = timers.set(() => this.close(), UNDO_MS);
    this.ui.commit();
    if (focus) this.ui.deps.focusIn('toast');
  }

  async undo(): Promise<void> {
    const t = this.current;
    if (!t) return;
    this.close();
    try {
      await t.undo();
    } catch {
      // The store refused (extension reloaded): nothing to restore in the page either.
    }
  }

  close(): void {
    this.ui.deps.timers.clear(this.timer);
    if (!this.current) return;
    this.current = null;
    this.ui.commit();
  }

  /** The UI is going away: no timer left, nothing shown (no render). */
  dispose(): void {
    this.ui.deps.timers.clear(this.timer);
    this.current = null;
  }
}
