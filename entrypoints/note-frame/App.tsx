// The note frame's UI: a labelled textarea with Save / Cancel (components/inpage/NoteForm), started
// from the session's text — or, for a view session, the saved note as read-only text (./NoteView).
// Drafts, save and cancel go to the background, which relays them to the content
// script of this tab; the content script closes the frame when it is done. Esc always cancels.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { NoteForm } from '@/components/inpage/NoteForm';
import { sendToBackground } from '@/lib/messaging/client';
import { draftReporter } from './draft';
import { watchHeldKeys } from './keys-released';
import { NoteView } from './NoteView';
import { loadEditor, type EditorStart } from './session';
import { observeVisibility, visibilityGate, type VisibilityGate } from '@/lib/dom/visibility';

type Phase = { state: 'loading' } | { state: 'ready'; start: EditorStart } | { state: 'failed'; message: string };

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const errorText = (e: unknown) => (e instanceof Error ? e.message : 'Something went wrong.');

/** How long the frame must have been visible before a save counts, and how long a save waits for it. */
const SEEN_MS = 500;
const SEEN_WAIT_MS = 2000;
const NOT_SEEN = 'Not saved: this editor was not fully visible. Make sure nothing covers it, then save again.';

export interface NoteFrameAppProps {
  session: string | null;
  /** Clickjacking guard (./visibility.ts); the default watches this frame's body. */
  gate?: VisibilityGate;
}

export function NoteFrameApp({ session, gate: given }: NoteFrameAppProps) {
  const [phase, setPhase] = useState<Phase>(session ? { state: 'loading' } : { state: 'failed', message: 'This note editor has no session.' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (!session) return;
    loadEditor(session).then(
      (start) => {
        // The frame's document is named like the session, as the page's <iframe title> is.
        if (start.label) document.title = start.label;
        setPhase({ state: 'ready', start });
      },
      () => setPhase({ state: 'failed', message: 'This note editor has closed. Close it and open it again.' }),
    );
  }, [session]);

  const drafts = useMemo(
    () => draftReporter((text) => {
      if (session) sendToBackground('editor/draft', { session, text }).catch(() => undefined);
    }),
    [session],
  );

  const keys = useMemo(() => watchHeldKeys(window), []);
  useEffect(() => () => keys.dispose(), [keys]);
  // Only an editor can save: a view frame (a saved note on show) does not track its visibility.
  const editor = phase.state === 'ready' && !phase.start.view;
  const gate = useMemo(() => (editor ? given ?? visibilityGate(observeVisibility(document.body), SEEN_MS) : null), [given, editor]);
  useEffect(() => () => gate?.dispose(), [gate]);
  /** Send once the shortcut's keys are up: their key-ups must not land in the page after we close. */
  const whenKeysUp = () => new Promise<void>((resolve) => keys.afterRelease(resolve));

  const save = async (text: string) => {
    if (!session) return;
    // A pending draft is older than this text: dropped so it cannot arrive after the save.
    drafts.cancel();
    setBusy(true);
    setMessage('');
    try {
      await whenKeysUp();
      if (!gate || !(await gate.whenSeen(SEEN_WAIT_MS))) {
        setMessage(NOT_SEEN);
        setBusy(false);
        drafts.report(text);
        return;
      }
      const { saved } = await sendToBackground('editor/save', { session, text });
      // Saved: the page removes this frame. Not saved: the page says why; the text stays here.
      if (!saved) setBusy(false);
    } catch (e) {
      setMessage(errorText(e));
      setBusy(false);
      drafts.report(text); // still the draft (were the save's own message lost on the way)
    }
  };

  const cancel = useCallback(() => {
    drafts.cancel();
    if (!session) return;
    void new Promise<void>((resolve) => keys.afterRelease(resolve)).then(() =>
      sendToBackground('editor/cancel', { session }).catch((e: unknown) => setMessage(errorText(e))),
    );
  }, [drafts, session, keys]);

  // Esc cancels in every state, wherever focus is in this frame (its <body> included). An Esc in
  // the editor's form is handled there, which stops it before it reaches this listener.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      cancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [cancel]);

  if (phase.state === 'loading') return <p class="cl-noteframe__status" role="status">Loading…</p>;
  if (phase.state === 'failed') {
    return (
      <div class="cl-noteframe__status">
        <p role="alert">{phase.message}</p>
        {session ? (
          <button type="button" class="cl-button" onClick={cancel}>
            Close
          </button>
        ) : null}
      </div>
    );
  }
  if (phase.start.view) return <NoteView text={phase.start.text} />;
  return (
    <>
      <NoteForm
        initial={phase.start.text}
        label={phase.start.label}
        hint={`${isMac() ? '⌘' : 'Ctrl'}+Enter saves, Esc cancels.`}
        busy={busy}
        onSave={(text) => void save(text)}
        onCancel={cancel}
        onDraft={(text) => drafts.report(text)}
      />
      <p class="cl-message" role="status">
        {message}
      </p>
    </>
  );
}
