// A small label naming an annotation's kind; the swatch takes the kind's colour from CSS.
import type { Kind } from '@/lib/model';
import { KIND_LABEL } from './kinds';

export function KindBadge({ kind }: { kind: Kind }) {
  return (
    <span class={`cl-badge cl-badge--${kind}`}>
      <span class="cl-badge__swatch" aria-hidden="true" />
      {KIND_LABEL[kind]}
    </span>
  );
}
