// The card's fact-check slot: for a claim, disputed assertion or quote, always there and always the
// same height (inpage.css), saying either which fact-checker rated the claim or that none is kept.
import type { Kind } from '@/lib/model';
import type { FactCheckView } from '@/lib/factcheck/types';
import { FactCheckLine, Words } from '../FactCheckLine';

const CHECKED_KINDS: readonly Kind[] = ['claim', 'disputed', 'quote'];

export function FactCheckSlot({ kind, check, busy, onUnlink }: { kind: Kind; check: FactCheckView | null; busy: boolean; onUnlink?: () => void }) {
  if (!CHECKED_KINDS.includes(kind)) return null;
  return check ? (
    <div class="cl-card__factcheck">
      <FactCheckLine check={check} busy={busy} onUnlink={onUnlink} generated />
    </div>
  ) : (
    <div class="cl-card__factcheck cl-card__factcheck--none">
      <Words text="No fact-check kept for these words." generated />
    </div>
  );
}
