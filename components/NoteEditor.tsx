// A note textarea that saves on every input, at once (see LatestSaver): no typed value waits in
// memory, so nothing is lost if the page or the browser closes right after a keystroke.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LatestSaver } from './latest-saver';

export interface NoteEditorProps {
  value: string;
  /** Accessible name of the textarea, e.g. "Note". */
  label: string;
  /**
   * Called with every change, at once, without waiting for earlier calls: it must keep their order
   * so the newest value stays (one IndexedDB transaction started per call does).
   */
  save: (note: string) => Promise<void>;
  placeholder?: string;
  rows?: number;
  autoFocus?: boolean;
  id?: string;
}

type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export function NoteEditor({ value, label, save, placeholder, rows = 3, autoFocus, id }: NoteEditorProps) {
  const [text, setText] = useState(value);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState('');
  const focused = useRef(false);
  const saveRef = useRef(save);
  saveRef.current = save;

  const saver = useMemo(
    () =>
      new LatestSaver<string>(
        (note) => saveRef.current(note),
        (state) => {
          setStatus(state.status);
          if (state.status === 'error') setError(state.error instanceof Error ? state.error.message : String(state.error));
        },
      ),
    [],
  );

  // Take outside changes (another tab, the library) unless the reader is typing here.
  useEffect(() => {
    if (!focused.current && !saver.busy) setText(value);
  }, [value, saver]);

  return (
    <div class="cl-note">
      <textarea
        id={id}
        class="cl-note__input"
        aria-label={label}
        placeholder={placeholder}
        rows={rows}
        value={text}
        autoFocus={autoFocus}
        onFocus={() => (focused.current = true)}
        onBlur={() => (focused.current = false)}
        onInput={(e) => {
          const note = e.currentTarget.value;
          setText(note);
          saver.push(note);
        }}
      />
      <span class="cl-note__status" role="status" aria-live="polite">
        {status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : status === 'error' ? `Not saved: ${error}` : ''}
      </span>
    </div>
  );
}
