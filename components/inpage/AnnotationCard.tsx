// The card shown when the reader hovers or focuses a mark: what it is, who said or disputes it, why
// it was flagged, the reader's note, and what can be done with it. A non-modal dialog: Tab stays
// inside it, Esc closes it (the caller returns focus to the mark). The note itself is never text
// of this card: it is shown in a view frame (extension origin), so the page cannot find() it.
import type { Kind } from '@/lib/model';
import { KINDS } from '@/lib/model';
import type { PageSummaryItem } from '@/lib/messaging/contract';
import { KIND_LABEL } from '../kinds';
import { MarkLegend } from '../MarkLegend';
import { NameField as NameInput } from '../NameField';
import { NAME_LABEL, correctionNote, nameFieldOf, type NameField } from '../names';
import { Floating } from './Floating';
import { NoteFrame, type NoteFrameProps } from './NoteFrame';
import type { AnchorRect } from './place';
import type { FactCheckView } from '@/lib/factcheck/types';
import { FactCheckSlot } from './FactCheckSlot';

export interface RelatedItem {
  id: string;
  kind: Kind;
}

export interface AnnotationCardProps {
  item: PageSummaryItem;
  anchor: AnchorRect;
  /** Other annotations on the same words (nested marks), offered as a switch. */
  related: readonly RelatedItem[];
  /** The note editor frame while the reader writes the note (typing happens in the extension's origin). */
  editor: NoteFrameProps | null;
  /** The frame showing the saved note (read-only), when there is one and it is not being edited. */
  noteView: NoteFrameProps | null;
  busy: boolean;
  message: string | null;
  onEditNote: (open: boolean) => void;
  onChangeKind: (kind: Kind) => void;
  onDismiss: () => void;
  onDelete: () => void;
  onCopy: () => void;
  onClose: () => void;
  onShow: (id: string) => void;
  onPointerInside: (inside: boolean) => void;
  /** Fact-check memory: the review linked to these words (null: none), and unlinking it. */
  factCheck?: FactCheckView | null;
  onUnlinkFactCheck?: () => void;
  /** The name being corrected (its field is open), or null. */
  naming?: NameField | null;
  /** Names to suggest while correcting (the page's). */
  names?: readonly string[];
  /** After a correction: "always read <from> as <to>" on later pages. */
  aliasOffer?: { from: string; to: string } | null;
  onEditName?: (field: NameField | null) => void;
  onSaveName?: (field: NameField, name: string | null) => void;
  onAlias?: () => void;
}

/** "Said by X" / "Disputed by X" with the way to correct it, and whether the reader already did. */
function Who(p: AnnotationCardProps & { field: NameField }) {
  const { item, field } = p;
  const value = field === 'speaker' ? item.speaker : item.disputedBy;
  const label = NAME_LABEL[field];
  if (p.naming === field && p.onSaveName) {
    return (
      <NameInput
        id={`cl-name-${field}`}
        label={label}
        value={value}
        suggestions={p.names ?? []}
        busy={p.busy}
        onSave={(name) => p.onSaveName?.(field, name)}
        onCancel={() => p.onEditName?.(null)}
      />
    );
  }
  const fixed = correctionNote(item, field);
  return (
    <>
      <p class="cl-card__line cl-who">
        <span>{value ? `${field === 'speaker' ? 'Said by' : 'Disputed by'} ${value}` : field === 'speaker' ? 'Speaker not identified' : 'Who disputes it: not identified'}</span>
        {p.onEditName ? (
          <button
            type="button"
            class="cl-linkbutton cl-who__fix"
            disabled={p.busy || !!p.editor}
            aria-label={field === 'speaker' ? 'Change speaker' : 'Change who disputes it (Disputed by)'}
            onClick={() => p.onEditName?.(field)}
          >
            {value ? 'Change' : 'Name'}
          </button>
        ) : null}
      </p>
      {fixed ? <p class="cl-corrected">{fixed}</p> : null}
    </>
  );
}

export function sourceLabel(item: Pick<PageSummaryItem, 'source' | 'saved'>): string {
  if (item.source === 'user') return 'Yours';
  return item.saved ? 'Auto-detected, kept by you' : 'Auto-detected';
}

const FOCUSABLE = 'button:not([disabled]), select:not([disabled]), input:not([disabled]), summary, iframe';

/**
 * Keep Tab inside the card. Keys pressed inside a note frame never reach the card, so instead of
 * catching Tab, two focusable sentinels sit at the card's start and end: Tab past the last control
 * (a frame included) lands on the end one, which sends focus to the first control; Shift+Tab before
 * the first lands on the start one, which sends it to the last.
 */
function FocusSentinel({ to }: { to: 'first' | 'last' }) {
  return (
    <span
      class="cl-sentinel"
      tabIndex={0}
      onFocus={(e) => {
        const root = e.currentTarget.parentElement;
        const controls = root ? [...root.querySelectorAll<HTMLElement>(FOCUSABLE)] : [];
        (to === 'first' ? controls[0] : controls.at(-1))?.focus();
      }}
    />
  );
}

export function AnnotationCard(p: AnnotationCardProps) {
  const { item } = p;
  const kindId = `cl-card-kind-${item.id}`;
  const canDismiss = item.source === 'auto';
  return (
    <Floating
      anchor={p.anchor}
      prefer="below"
      class="cl-card"
      role="dialog"
      aria-label={`Claimlight: ${KIND_LABEL[item.kind]}`}
      onPointerEnter={() => p.onPointerInside(true)}
      onPointerLeave={() => p.onPointerInside(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          p.onClose();
        }
      }}
    >
      <FocusSentinel to="last" />
      <div class="cl-card__head">
        <span class={`cl-badge cl-badge--${item.kind}`}>
          <span class="cl-badge__swatch" aria-hidden="true" />
          {KIND_LABEL[item.kind]}
        </span>
        <span class="cl-card__source">{sourceLabel(item)}</span>
      </div>
      {nameFieldOf(item.kind) === 'speaker' ? <Who {...p} field="speaker" /> : item.speaker ? <p class="cl-card__line">Said by {item.speaker}</p> : null}
      {item.claimant ? <p class="cl-card__line">Claimed by {item.claimant}</p> : null}
      {nameFieldOf(item.kind) === 'disputedBy' ? <Who {...p} field="disputedBy" /> : item.disputedBy ? <p class="cl-card__line">Disputed by {item.disputedBy}</p> : null}
      {p.aliasOffer && p.onAlias ? (
        <p class="cl-card__alias">
          <button type="button" class="cl-linkbutton" disabled={p.busy} onClick={p.onAlias}>
            Always read “{p.aliasOffer.from}” as {p.aliasOffer.to}
          </button>
        </p>
      ) : null}
      {item.reason ? <p class="cl-card__reason">Why: {item.reason}</p> : null}
      <FactCheckSlot kind={item.kind} check={p.factCheck ?? null} busy={p.busy} onUnlink={p.onUnlinkFactCheck} />
      {p.noteView && !p.editor ? (
        <>
          <p class="cl-card__label" aria-hidden="true">
            Your note
          </p>
          <NoteFrame {...p.noteView} />
        </>
      ) : null}
      {p.related.length && !p.editor ? (
        <p class="cl-card__related">
          Also here:{' '}
          {p.related.map((r) => (
            <button key={r.id} type="button" class="cl-link" onClick={() => p.onShow(r.id)}>
              {KIND_LABEL[r.kind]}
            </button>
          ))}
        </p>
      ) : null}
      {p.editor ? (
        <NoteFrame {...p.editor} />
      ) : (
        <div class="cl-row cl-card__actions">
          <button type="button" class="cl-button" disabled={p.busy} onClick={() => p.onEditNote(true)}>
            {item.note ? 'Edit note' : 'Add note'}
          </button>
          <span class="cl-field">
            <label for={kindId}>Change kind</label>
            <select
              id={kindId}
              value={item.kind}
              disabled={p.busy}
              onChange={(e) => {
                const kind = e.currentTarget.value as Kind;
                if (kind !== item.kind) p.onChangeKind(kind);
              }}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k]}
                </option>
              ))}
            </select>
          </span>
          <button type="button" class="cl-button" onClick={p.onCopy}>
            Copy
          </button>
          {canDismiss ? (
            <button type="button" class="cl-button" disabled={p.busy} onClick={p.onDismiss} title="Not right: hide it here and on later visits">
              Dismiss
            </button>
          ) : null}
          {item.saved ? (
            <button type="button" class="cl-button cl-button--danger" disabled={p.busy} onClick={p.onDelete}>
              Delete
            </button>
          ) : null}
        </div>
      )}
      <p class="cl-message" role="status">
        {p.message ?? ''}
      </p>
      {p.editor ? null : (
        <details class="cl-disclosure">
          <summary>What the marks mean</summary>
          <MarkLegend />
        </details>
      )}
      <FocusSentinel to="first" />
    </Floating>
  );
}
