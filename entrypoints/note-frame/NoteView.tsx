// The read-only side of the note frame: a saved note shown inside the extension's origin, so the
// page's scripts cannot read it (not even with window.find(), which searches closed shadow roots).
// It reports the height its text needs, so the card can size the frame to fit (up to a maximum,
// past which the text scrolls inside the frame).
import { useLayoutEffect, useRef } from 'preact/hooks';

export interface NoteViewProps {
  text: string;
  /** The height (CSS px, rounded up) the text needs; called again whenever it changes. */
  onHeight: (height: number) => void;
}

export function NoteView({ text, onHeight }: NoteViewProps) {
  const box = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    let last = -1;
    const measure = () => {
      const h = Math.ceil(el.getBoundingClientRect().height);
      if (h !== last) onHeight((last = h));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const watch = new ResizeObserver(measure);
    watch.observe(el);
    return () => watch.disconnect();
  }, [text, onHeight]);
  return (
    <p ref={box} class="cl-noteview">
      {text}
    </p>
  );
}
