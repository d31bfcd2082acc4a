// The in-page card's fact-checks: the reviews the background linked to this page's words, asked for
// when the page tools are up and after every repaint (a change elsewhere, an unlink in the popup),
// kept only in the content script's isolated world and shown only in our closed shadow root.
import { sendToBackground } from '@/lib/messaging/client';
import { textKeyOf } from '@/lib/factcheck/text-key';
import type { FactCheckView } from '@/lib/factcheck/types';

export class PageFactChecks {
  private byKey = new Map<string, FactCheckView>();
  private asked = 0;

  constructor(
    private readonly canonical: () => string | null,
    private readonly changed: () => void,
  ) {}

  /** Ask again (the answer re-renders the card when it differs). */
  refresh(): void {
    const n = ++this.asked;
    sendToBackground('factcheck/page', { canonical: this.canonical() })
      .then(({ checks }) => {
        if (n !== this.asked) return;
        const next = new Map(checks.map((c) => [c.textKey, c]));
        const same = next.size === this.byKey.size && [...next].every(([k, v]) => this.byKey.get(k)?.reviewId === v.reviewId);
        this.byKey = next;
        if (!same) this.changed();
      })
      .catch(() => undefined);
  }

  forText(text: string): FactCheckView | null {
    return this.byKey.size ? (this.byKey.get(textKeyOf(text)) ?? null) : null;
  }

  /** The reader unlinked a wrong match: true when the background did. */
  async unlink(check: FactCheckView): Promise<boolean> {
    const { unlinked } = await sendToBackground('factcheck/unlink', { canonical: this.canonical(), reviewId: check.reviewId, textKey: check.textKey });
    if (unlinked) this.byKey.delete(check.textKey);
    this.refresh();
    return unlinked;
  }
}
