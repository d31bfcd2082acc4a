// The reader's note on the page as a whole, kept in the store's pages table (saved as typed).
import { useEffect, useState } from 'preact/hooks';
import { NoteEditor } from '@/components/NoteEditor';
import { changeAnnouncer } from '@/components/change-announcer';
import { siteOf } from '@/lib/page-key';
import { getPage, setPageNote, watch } from '@/lib/store';

export interface PageNoteProps {
  pageKey: string;
  url: string;
  title: string;
}

export function PageNote({ pageKey, url, title }: PageNoteProps) {
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => watch(() => getPage(pageKey), (page) => setNote(page?.note ?? '')), [pageKey]);

  // One transaction per keystroke (it creates the page record the first time), then the tabs repaint.
  // Announced as the write starts too, so a popup closed mid-burst still announces it.
  const save = (text: string) => {
    changeAnnouncer.changed([pageKey]);
    return setPageNote(pageKey, text, { url, title, siteName: siteOf(url) }).then(() => changeAnnouncer.changed([pageKey]));
  };

  return (
    <section class="popup__section popup__page-note" aria-labelledby="page-note-h">
      <h2 id="page-note-h">Page note</h2>
      {note === null ? (
        <p class="popup__muted">Loading…</p>
      ) : (
        <NoteEditor value={note} label="Note on this page" placeholder="Your thoughts on the whole article…" save={save} rows={2} />
      )}
    </section>
  );
}
