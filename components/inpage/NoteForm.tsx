// The note editor's form, as the note-frame page shows it: a labelled textarea with explicit Save /
// Cancel. Ctrl/Cmd+Enter saves, Esc cancels (from anywhere in the form). The text is only ever a
// textarea value (never HTML).
import { useEffect, useRef, useState } from 'preact/hooks';

export interface NoteFormProps {
  initial: string;
  /** Accessible name of the textarea. */
  label?: string;
  /** A short line under the textarea, linked as its description. */
  hint?: string;
  busy?: boolean;
  onSave: (note: string) => void;
  onCancel: () => void;
  /** Reports the draft as it is typed (so an outside click does not throw away words). */
  onDraft?: (note: string) => void;
}

export function NoteForm({ initial, label = 'Note', hint, busy = false, onSave, onCancel, onDraft }: NoteFormProps) {
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
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <textarea
        ref={area}
        class="cl-noteform__input"
        aria-label={label}
        aria-describedby={hint ? 'cl-noteform-hint' : undefined}
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
          }
        }}
      />
      {hint ? (
        <p id="cl-noteform-hint" class="cl-noteform__hint">
          {hint}
        </p>
      ) : null}
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
