// Who said it (quotes) or who disputes it (disputed assertions), with the way to correct it: a
// "Change" button opens a NameField (Enter saves, Esc cancels); a corrected name says so and what
// the analysis had said; after a correction the reader may make it an alias for later pages. Used
// by the popup and the Library (the in-page card has its own, driven by its controller).
import { useRef, useState } from 'preact/hooks';
import type { Alias } from '@/lib/model';
import { NameField as NameInput, foldName } from './NameField';
import { NAME_LABEL, aliasOffer, correctionNote, nameFieldOf, type Corrected, type NameField, type Named } from './names';

export interface WhoLineProps {
  item: Named & Corrected & { kind: string };
  /** Unique on the page (ids of the field and its list). */
  idBase: string;
  /** The annotation's words, short, for accessible names ("Change speaker of “…”"). */
  subject: string;
  names: readonly string[];
  onSave: (field: NameField, name: string | null) => Promise<void>;
  onAlias?: (from: string, to: string) => Promise<void>;
  /** The reader's aliases: a corrected name is offered as one until it is. */
  aliases?: readonly Alias[];
  class?: string;
}

const aliasKey = (s: string) => foldName(s).replace(/^the /, '');

export function WhoLine({ item, idBase, subject, names, onSave, onAlias, aliases = [], class: cls = '' }: WhoLineProps) {
  const field = nameFieldOf(item.kind);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const change = useRef<HTMLButtonElement>(null);
  if (!field) return null;
  // A corrected name the reader has no alias for yet: offer "always read <what Claimlight said> as <it>".
  const candidate = onAlias ? aliasOffer(item, field) : null;
  const offer = candidate && !aliases.some((a) => aliasKey(a.from) === aliasKey(candidate.from)) ? candidate : null;
  const value = field === 'speaker' ? item.speaker : item.disputedBy;
  const text = value ? `${field === 'speaker' ? 'Said by' : 'Disputed by'} ${value}` : field === 'speaker' ? 'Speaker not identified' : 'Who disputes it: not identified';
  const fixed = correctionNote(item, field);
  const close = () => {
    setEditing(false);
    // After the field goes, focus goes back to the button that opened it.
    setTimeout(() => change.current?.focus(), 0);
  };

  const save = async (name: string | null) => {
    setBusy(true);
    try {
      await onSave(field, name);
      setStatus(`${NAME_LABEL[field]} saved.`);
      close();
    } catch (e) {
      setStatus(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const alias = async () => {
    if (!offer || !onAlias) return;
    try {
      await onAlias(offer.from, offer.to);
      setStatus(`From now on Claimlight reads “${offer.from}” as ${offer.to}.`);
    } catch (e) {
      setStatus(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div class={`cl-whoblock ${cls}`}>
      {editing ? (
        <NameInput id={`${idBase}-${field}`} label={NAME_LABEL[field]} value={value ?? null} suggestions={names} busy={busy} onSave={(n) => void save(n)} onCancel={close} />
      ) : (
        <p class="cl-who">
          <span class="cl-who__name">{text}</span>
          <button
            ref={change}
            type="button"
            class="cl-linkbutton cl-who__fix"
            aria-label={field === 'speaker' ? `Change speaker of “${subject}”` : `Change who disputes “${subject}” (Disputed by)`}
            onClick={() => {
              setStatus('');
              setEditing(true);
            }}
          >
            {value ? 'Change' : 'Name'}
          </button>
        </p>
      )}
      {fixed && !editing ? <p class="cl-corrected">{fixed}</p> : null}
      {offer && !editing ? (
        <p class="cl-corrected">
          <button type="button" class="cl-linkbutton" onClick={() => void alias()}>
            Always read “{offer.from}” as {offer.to}
          </button>
        </p>
      ) : null}
      <span class="cl-whoblock__status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
