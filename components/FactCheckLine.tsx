// "Fact-checked by <organisation>: <rating> (<date>)", a link to the review (with the site it is on)
// and, where the reader can act, "Not this claim" to unlink a wrong match. Used by the popup, the
// Library and the in-page card. In the card (`generated`), the words are CSS generated content in
// our closed shadow root: the page's window.find() cannot find them (nor any other text of ours).
import { factCheckLine } from '@/lib/factcheck/display';
import type { FactCheckView } from '@/lib/factcheck/types';

export interface FactCheckLineProps {
  check: FactCheckView;
  onUnlink?: () => void;
  busy?: boolean;
  /** Render the words as generated content (the in-page card). */
  generated?: boolean;
}

/** Text that page scripts cannot find with window.find(): drawn by CSS from an attribute, read by screen readers. */
export function Words({ text, generated, class: cls }: { text: string; generated?: boolean; class?: string }) {
  return generated ? <span class={`${cls ?? ''} cl-gen`} data-text={text} role="img" aria-label={text} /> : <span class={cls}>{text}</span>;
}

export function FactCheckLine({ check, onUnlink, busy, generated }: FactCheckLineProps) {
  const line = factCheckLine(check);
  return (
    <div class="cl-factcheck">
      <Words class="cl-factcheck__text" text={line} generated={generated} />{' '}
      {check.url ? (
        <a class="cl-factcheck__link" href={check.url} target="_blank" rel="noopener noreferrer" title={check.claim} aria-label={`Read the fact-check on ${check.site ?? 'its site'} (opens a new tab)`}>
          <Words text={check.site ? `Read it on ${check.site}` : 'Read the fact-check'} generated={generated} />
        </a>
      ) : null}
      {onUnlink ? (
        <button
          type="button"
          class="cl-link cl-factcheck__unlink"
          disabled={busy}
          onClick={onUnlink}
          aria-label={`Not this claim: unlink ${check.org}'s fact-check from these words`}
          title="A wrong match: unlink it here and everywhere"
        >
          <Words text="Not this claim" generated={generated} />
        </button>
      ) : null}
    </div>
  );
}
