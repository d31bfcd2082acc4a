// One item of the page in the popup: its words (activate to reveal it on the page), who is behind
// it, why it was flagged, the reader's note (edited inline, saved as typed) and delete.
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { PageSummaryItem } from '@/lib/messaging/contract';
import { KindBadge } from './KindBadge';
import { NoteEditor } from './NoteEditor';
import { attribution, snippet } from './attribution';

export interface ItemCardProps {
  item: PageSummaryItem;
  onReveal: (id: string) => void;
  saveNote: (note: string) => Promise<void>;
  /** Only for saved items. */
  onDelete?: () => void;
  showKind?: boolean;
  /** More about the item, shown under its reason (the popup's fact-check line). */
  children?: ComponentChildren;
}

export function ItemCard({ item, onReveal, saveNote, onDelete, showKind = true, children }: ItemCardProps) {
  const [editing, setEditing] = useState(false);
  const who = attribution(item);
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
      {who && <p class="cl-item__who">{who}</p>}
      {item.reason && <p class="cl-item__reason">{item.reason}</p>}
      {children}
      {!editing && item.note && <p class="cl-item__note">{item.note}</p>}
      {editing && <NoteEditor value={item.note} label={`Note for “${name}”`} save={saveNote} autoFocus />}
      <div class="cl-item__actions">
        <button type="button" class="cl-button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? 'Done' : item.note ? 'Edit note' : 'Add note'}
        </button>
        {onDelete && (
          <button type="button" class="cl-button cl-button--danger" onClick={onDelete} aria-label={`Delete “${name}”`}>
            Delete
          </button>
        )}
      </div>
    </article>
  );
}
