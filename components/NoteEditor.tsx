// A note textarea that saves on every input (see CoalescingSaver): nothing typed is lost if the
// page closes mid-word, because a waiting value is sent on pagehide / visibilitychange.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CoalescingSaver } from './note-saver';

export interface NoteEditorProps {
  value: string;
  /** Accessible name of the textarea, e.g. "Note". */
  label: string;
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
      new CoalescingSaver<string>(
        async (note) => {
          setStatus('saving');
          await saveRef.current(note);
          setStatus('saved');
        },
        (e) => {
          setStatus('error');
          setError(e instanceof Error ? e.message : String(e));
        },
      ),
    [],
  );

  // Take outside changes (another tab, the library) unless the reader is typing here.
  useEffect(() => {
    if (!focused.current && !saver.busy) setText(value);
  }, [value, saver]);

  useEffect(() => {
    const flush = () => saver.flushNow();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [saver]);

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
