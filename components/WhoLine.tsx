// Who said it (quotes) or who disputes it (disputed assertions), with the way to correct it: a
// "Change" button opens a NameField (Enter saves, Esc cancels); a corrected name says so and what
// the analysis had said; after a correction the reader may make it an alias for later pages. Used
// by the popup and the Library (the in-page card has its own, driven by its controller).
import { useRef, useState } from 'preact/hooks';
import { NameField as NameInput } from './NameField';
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
  class?: string;
}

export function WhoLine({ item, idBase, subject, names, onSave, onAlias, class: cls = '' }: WhoLineProps) {
  const field = nameFieldOf(item.kind);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [offer, setOffer] = useState<{ from: string; to: string } | null>(null);
  const change = useRef<HTMLButtonElement>(null);
  if (!field) return null;
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
      const next = { ...item, [field]: name, ...(field === 'speaker' ? { originalSpeaker: item.originalSpeaker === undefined ? (item.speaker ?? null) : item.originalSpeaker } : { originalDisputedBy: item.originalDisputedBy === undefined ? (item.disputedBy ?? null) : item.originalDisputedBy }) };
      setOffer(onAlias ? aliasOffer(next, field) : null);
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
      setOffer(null);
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
              setOffer(null);
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
