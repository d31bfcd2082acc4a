// Edit one annotation from the library: note (saved as typed), tags, delete.
import { useEffect, useState } from 'preact/hooks';
import type { Annotation } from '@/lib/model';
import { getAnnotation, updateAnnotation } from '@/lib/store';
import { NoteEditor } from '@/components/NoteEditor';
import { KindBadge } from '@/components/KindBadge';
import { attribution } from '@/components/attribution';
import { changeAnnouncer } from '@/components/change-announcer';
import { updateAndAnnounce } from './store-actions';
import { formatTags, parseTags } from './tags-input';
import { useWatch } from './use-watch';
import { pageHref } from '@/components/page-link';

export interface EditPanelProps {
  id: string;
  onClose: () => void;
  onDelete: (ids: string[]) => void;
}

export function EditPanel({ id, onClose, onDelete }: EditPanelProps) {
  const { value: a, error } = useWatch(() => getAnnotation(id), [id]);
  return (
    <aside class="edit-panel" aria-labelledby="edit-panel-h">
      <div class="edit-panel__head">
        <h2 id="edit-panel-h">Edit annotation</h2>
        <button type="button" class="cl-button cl-button--quiet" onClick={onClose} aria-label="Close the editor">
          ×
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      {a === undefined ? <p>This annotation no longer exists.</p> : <EditFields a={a} onDelete={onDelete} />}
    </aside>
  );
}

/** One transaction per keystroke; the tabs showing the page repaint once per burst (announced as
 * the write starts too, so a library closed mid-burst still announces it). */
function saveNote(a: Annotation, note: string): Promise<void> {
  changeAnnouncer.changed([a.pageKey]);
  return updateAnnotation(a.id, { note }).then((u) => changeAnnouncer.changed([u.pageKey]));
}

function EditFields({ a, onDelete }: { a: Annotation; onDelete: (ids: string[]) => void }) {
  const [tagText, setTagText] = useState(formatTags(a.tags));
  const [tagStatus, setTagStatus] = useState('');
  useEffect(() => setTagText(formatTags(a.tags)), [a.id, a.tags.join('\u0000')]);

  const saveTags = async () => {
    try {
      const updated = await updateAndAnnounce(a.id, { tags: parseTags(tagText) });
      setTagText(formatTags(updated.tags));
      setTagStatus('Tags saved');
    } catch (e) {
      setTagStatus(`Tags not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div class="edit-panel__body">
      <KindBadge kind={a.kind} />
      <blockquote class="edit-panel__text">{a.exact}</blockquote>
      {attribution(a) && <p class="edit-panel__who">{attribution(a)}</p>}
      <p class="edit-panel__page">
        <a href={pageHref(a.url)} target="_blank" rel="noopener noreferrer">
          {a.title || a.url}
        </a>
      </p>
      <NoteEditor key={a.id} value={a.note} label="Note" placeholder="Your note…" save={(note) => saveNote(a, note)} />
      <form
        class="edit-panel__tags"
        onSubmit={(e) => {
          e.preventDefault();
          void saveTags();
        }}
      >
        <label>
          <span>Tags</span>
          <input type="text" value={tagText} placeholder="comma, separated" onInput={(e) => setTagText(e.currentTarget.value)} />
        </label>
        <button type="submit" class="cl-button">
          Save tags
        </button>
        <span role="status" aria-live="polite" class="edit-panel__status">
          {tagStatus}
        </span>
      </form>
      <button type="button" class="cl-button cl-button--danger" onClick={() => onDelete([a.id])}>
        Delete annotation
      </button>
    </div>
  );
}
