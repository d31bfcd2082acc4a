// One item of the page in the popup: its words (activate to reveal it on the page), who is behind
// it, why it was flagged, the reader's note (edited inline, saved as typed) and delete.
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Alias } from '@/lib/model';
import type { PageSummaryItem } from '@/lib/messaging/contract';
import { KindBadge } from './KindBadge';
import { NoteEditor } from './NoteEditor';
import { WhoLine } from './WhoLine';
import { attribution, snippet } from './attribution';
import { nameFieldOf, type NameField } from './names';

export interface ItemCardProps {
  item: PageSummaryItem;
  onReveal: (id: string) => void;
  saveNote: (note: string) => Promise<void>;
  /** Only for saved items. */
  onDelete?: () => void;
  /** Only for auto-findings: "Not right: hide it here and on later visits". */
  onDismiss?: () => void;
  /** Correct who said or disputes it (quotes and disputed assertions). */
  onSaveName?: (field: NameField, name: string | null) => Promise<void>;
  onAlias?: (from: string, to: string) => Promise<void>;
  aliases?: readonly Alias[];
  /** Names to suggest when correcting. */
  names?: readonly string[];
  showKind?: boolean;
  /** More about the item, shown under its reason (the popup's fact-check line). */
  children?: ComponentChildren;
}

export function ItemCard({ item, onReveal, saveNote, onDelete, onDismiss, onSaveName, onAlias, aliases, names = [], showKind = true, children }: ItemCardProps) {
  const [editing, setEditing] = useState(false);
  const correctable = !!onSaveName && nameFieldOf(item.kind) !== null;
  const who = correctable ? (item.claimant ? `Claimed by ${item.claimant}` : '') : attribution(item);
  const name = snippet(item.text);
  return (
    <article class={`cl-item cl-item--${item.kind}${item.orphan ? ' cl-item--orphan' : ''}`} aria-label={`${item.kind}: ${name}`}>
      <div class="cl-item__meta">
        {showKind && <KindBadge kind={item.kind} />}
        <span class="cl-item__source">{item.source === 'user' ? 'Yours' : item.saved ? 'Auto · kept' : 'Auto-detected'}</span>
        {item.orphan && <span class="cl-item__orphan">Not found on the page</span>}
      </div>
      <button
        type="button"
        class="cl-item__text"
        disabled={item.orphan}
        title={item.orphan ? 'These words are no longer on the page' : 'Show on the page'}
        aria-label={item.orphan ? `${name} (not found on the page)` : `Show on the page: ${name}`}
        onClick={() => onReveal(item.id)}
      >
        {item.text}
      </button>
      {correctable && <WhoLine item={item} idBase={`name-${item.id}`} subject={name} names={names} onSave={onSaveName!} onAlias={onAlias} aliases={aliases} class="cl-item__who" />}
      {who && <p class="cl-item__who">{who}</p>}
      {item.reason && <p class="cl-item__reason">Why: {item.reason}</p>}
      {children}
      {!editing && item.note && <p class="cl-item__note">{item.note}</p>}
      {editing && <NoteEditor value={item.note} label={`Note for “${name}”`} save={saveNote} autoFocus />}
      <div class="cl-item__actions">
        <button type="button" class="cl-button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? 'Done' : item.note ? 'Edit note' : 'Add note'}
        </button>
        {onDismiss && (
          <button type="button" class="cl-button" onClick={onDismiss} aria-label={`Dismiss “${name}”`} title="Not right: hide it here and on later visits">
            Dismiss
          </button>
        )}
        {onDelete && (
          <button type="button" class="cl-button cl-button--danger" onClick={onDelete} aria-label={`Delete “${name}”`}>
            Delete
          </button>
        )}
      </div>
    </article>
  );
}
