// The read-only side of the note frame: a saved note shown inside the extension's origin, so the
// page's scripts cannot read it (not even with window.find(), which searches closed shadow roots).
// The frame has one height whatever the note's length (the text scrolls inside it): a frame sized
// to its note would tell the page, through the card's size, how long the note is.

export interface NoteViewProps {
  text: string;
}

export function NoteView({ text }: NoteViewProps) {
  return <p class="cl-noteview">{text}</p>;
}
