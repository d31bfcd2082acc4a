// A small note editor with explicit Save / Cancel: Ctrl/Cmd+Enter saves, Esc cancels. The text is
// only ever a textarea value (never HTML).
import { useEffect, useRef, useState } from 'preact/hooks';

export interface NoteFormProps {
  initial: string;
  /** Accessible name of the textarea. */
  label?: string;
  busy?: boolean;
  onSave: (note: string) => void;
  onCancel: () => void;
  /** Reports the draft as it is typed (so an outside click does not throw away words). */
  onDraft?: (note: string) => void;
}

export function NoteForm({ initial, label = 'Note', busy = false, onSave, onCancel, onDraft }: NoteFormProps) {
  const [text, setText] = useState(initial);
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const el = area.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  // The textarea's live value: a fast Ctrl+Enter may come before the re-render of the last keystroke.
  const save = () => {
    if (!busy) onSave(area.current?.value ?? text);
  };

  return (
    <form
      class="cl-noteform"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <textarea
        ref={area}
        class="cl-noteform__input"
        aria-label={label}
        rows={3}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          onDraft?.(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <div class="cl-row">
        <button type="submit" class="cl-button cl-button--primary" disabled={busy}>
          Save
        </button>
        <button type="button" class="cl-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
