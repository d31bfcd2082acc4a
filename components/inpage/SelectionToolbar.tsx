// The toolbar shown next to a text selection: keep it as a highlight, a note or a kind.
import type { SelectionAction } from '@/lib/messaging/contract';
import { Floating } from './Floating';
import { NoteFrame, type NoteFrameProps } from './NoteFrame';
import type { AnchorRect } from './place';

export type ToolbarMode = 'actions' | 'note';

export interface SelectionToolbarProps {
  anchor: AnchorRect;
  mode: ToolbarMode;
  busy: boolean;
  message: string | null;
  onAction: (action: SelectionAction) => void;
  /** Note mode: the note editor frame (typing happens in the extension's origin). */
  editor: NoteFrameProps | null;
  /** Esc on the toolbar's buttons: close it, focus back where it was, the selection kept. */
  onEscape?: () => void;
}

/** Arrow keys, Home and End move between the toolbar's buttons (the toolbar pattern). */
function moveFocus(e: KeyboardEvent): boolean {
  const bar = e.currentTarget as HTMLElement;
  const buttons = [...bar.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
  const i = buttons.indexOf(e.target as HTMLButtonElement);
  if (i < 0) return false;
  const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: buttons.length - 1 }[e.key];
  if (to === undefined) return false;
  buttons[(to + buttons.length) % buttons.length]?.focus();
  return true;
}

const ACTIONS: readonly { action: SelectionAction; text: string; name: string }[] = [
  { action: 'highlight', text: 'Highlight', name: 'Highlight' },
  { action: 'note', text: 'Note', name: 'Note' },
  { action: 'quote', text: 'Quote', name: 'Mark as Quote' },
  { action: 'claim', text: 'Claim', name: 'Mark as Claim' },
  { action: 'disputed', text: 'Disputed', name: 'Mark as Disputed' },
];

export function SelectionToolbar({ anchor, mode, busy, message, onAction, editor, onEscape }: SelectionToolbarProps) {
  return (
    <Floating
      anchor={anchor}
      prefer="above"
      class="cl-toolbar"
      role={mode === 'actions' ? 'toolbar' : 'group'}
      aria-label="Claimlight: annotate the selection"
      // Pressing a button must not take the page's selection away.
      onMouseDown={(e) => {
        if (mode === 'actions') e.preventDefault();
      }}
      onKeyDown={(e) => {
        if (mode !== 'actions') return;
        if (e.key === 'Escape') {
          e.preventDefault();
          onEscape?.();
        } else if (moveFocus(e)) e.preventDefault();
      }}
    >
      {mode === 'actions' ? (
        <div class="cl-row">
          {ACTIONS.map((a) => (
            <button
              key={a.action}
              type="button"
              class={`cl-button cl-toolbar__button cl-toolbar__button--${a.action}`}
              aria-label={a.name === a.text ? undefined : a.name}
              title={a.name}
              disabled={busy}
              onClick={() => onAction(a.action)}
            >
              {a.text}
            </button>
          ))}
        </div>
      ) : editor ? (
        <NoteFrame {...editor} />
      ) : null}
      {message ? (
        <p class="cl-message" role="status">
          {message}
        </p>
      ) : null}
    </Floating>
  );
}
