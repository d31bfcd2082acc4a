// The note editor as the in-page UI shows it: an <iframe> of Claimlight's own note-frame page. Keys
// typed there stay in the extension's origin: the page's listeners (capture phase included) never
// see them, and its scripts cannot read the text. The frame gets its text from the background for
// the session named in its URL's hash, never through this element.
import { useRef } from 'preact/hooks';

export interface NoteFrameProps {
  /** The session this frame belongs to (a new session is a new frame). */
  session: string;
  /** note-frame.html#<session>. */
  src: string;
  /** Accessible name of the frame. */
  title: string;
}

export function NoteFrame({ session, src, title }: NoteFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  return (
    <iframe
      key={session}
      ref={frame}
      class="cl-noteframe"
      src={src}
      title={title}
      referrerpolicy="no-referrer"
      // The reader asked for the editor: move focus into it (the frame focuses its textarea).
      onLoad={() => frame.current?.focus({ preventScroll: true })}
    />
  );
}
