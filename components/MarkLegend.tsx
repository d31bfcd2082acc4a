// What the marks on a page mean: a sample of each style with one line of explanation. Shown in the
// popup, the in-page card and the first-run page. Styles are told apart without colour.
import type { Kind } from '@/lib/model';

export const LEGEND: readonly { kind: Kind; sample: string; text: string }[] = [
  { kind: 'quote', sample: 'Quote', text: 'dotted underline: someone’s exact words; the card says who said them.' },
  { kind: 'disputed', sample: 'Disputed', text: 'wavy underline: an assertion someone denies or contests, and who.' },
  { kind: 'claim', sample: 'Claim', text: 'dashed underline: a figure, date or cause worth checking.' },
  { kind: 'highlight', sample: 'Highlight', text: 'solid fill: words you highlighted yourself.' },
];

export function MarkLegend({ label = 'What the marks mean' }: { label?: string }) {
  return (
    <ul class="cl-legend" aria-label={label}>
      {LEGEND.map((l) => (
        <li key={l.kind}>
          <span class={`cl-legend__sample cl-legend__sample--${l.kind}`}>{l.sample}</span>
          <span class="cl-legend__text">{l.text}</span>
        </li>
      ))}
    </ul>
  );
}
