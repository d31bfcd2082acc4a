// Show or hide each kind of mark on the page, with the page's count next to it.
import type { Kind } from '@/lib/model';
import { KINDS } from '@/lib/model';
import { Toggle } from '@/components/Toggle';
import { KIND_PLURAL } from '@/components/kinds';

export interface KindTogglesProps {
  visible: Record<Kind, boolean>;
  counts: Record<Kind, number>;
  onChange: (kind: Kind, visible: boolean) => void;
}

export function KindToggles({ visible, counts, onChange }: KindTogglesProps) {
  return (
    <fieldset class="kind-toggles">
      <legend>Show on the page</legend>
      {KINDS.map((k) => (
        <div class={`kind-toggles__row kind-toggles__row--${k}`} key={k}>
          <Toggle label={`${KIND_PLURAL[k]} (${counts[k]})`} checked={visible[k]} onChange={(v) => onChange(k, v)} />
        </div>
      ))}
    </fieldset>
  );
}
