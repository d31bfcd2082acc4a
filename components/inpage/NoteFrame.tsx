// A note frame as the in-page UI shows it: an <iframe> of Claimlight's own note-frame page, either
// the editor or (view) the saved note, read-only. Keys typed there stay in the extension's origin:
// the page's listeners (capture phase included) never see them, and its scripts cannot read or
// find() the text. The frame gets its text from the background for the session named in its URL's
// hash, never through this element.
import { useRef } from 'preact/hooks';

export interface NoteFrameProps {
  /** The session this frame belongs to (a new session is a new frame). */
  session: string;
  /** note-frame.html#<session>. */
  src: string;
  /** Accessible name of the frame. */
  title: string;
  /**
   * A read-only view of the saved note: not focused when it loads. One height whatever the note's
   * length (the text scrolls inside), so the page cannot tell a note's length from the card's size.
   */
  view?: boolean;
  /** The frame loaded again (a reload): its session must be opened again for it. */
  onReload?: () => void;
}

export function NoteFrame({ session, src, title, view = false, onReload }: NoteFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  // The session whose frame has loaded: a load for it again is a reload; the first load of a new
  // session's frame (key={session} swaps only the <iframe>, not this component) is not.
  const loaded = useRef<string | null>(null);
  return (
    <iframe
      key={session}
      ref={frame}
      class={view ? 'cl-noteframe cl-noteframe--view' : 'cl-noteframe'}
      src={src}
      title={title}
      referrerpolicy="no-referrer"
      onLoad={() => {
        if (loaded.current === session) {
          onReload?.();
          return;
        }
        loaded.current = session;
        // The reader asked for the editor: move focus into it (the frame focuses its textarea).
        if (!view) frame.current?.focus({ preventScroll: true });
      }}
    />
  );
}
