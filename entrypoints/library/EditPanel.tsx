// Edit one annotation from the library: who said or disputes it, note (saved as typed), tags,
// delete. Or a page note: its text, delete.
import { useEffect, useState } from 'preact/hooks';
import type { Annotation } from '@/lib/model';
import { addAlias, getAnnotation, getPage, getSettings, listAnnotationsByPage, listSpeakers, setPageNote, updateAnnotation } from '@/lib/store';
import { NoteEditor } from '@/components/NoteEditor';
import { KindBadge } from '@/components/KindBadge';
import { WhoLine } from '@/components/WhoLine';
import { attribution, snippet } from '@/components/attribution';
import { changeAnnouncer } from '@/components/change-announcer';
import { nameFieldOf, namesFrom } from '@/components/names';
import { pageNoteId } from './page-rows';
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

/** The page's names (its other annotations) and the reader's speakers, for the name field's suggestions. */
function useNames(a: Annotation): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all([listAnnotationsByPage(a.pageKey), listSpeakers()]).then(
      ([onPage, speakers]) => live && setNames(namesFrom(onPage.filter((x) => !x.dismissed), speakers.map((s) => s.speaker))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [a.pageKey]);
  return names;
}

function EditFields({ a, onDelete }: { a: Annotation; onDelete: (ids: string[]) => void }) {
  const names = useNames(a);
  const aliases = useWatch(getSettings, []).value?.aliases ?? [];
  const correctable = nameFieldOf(a.kind) !== null;
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
      {correctable ? (
        <WhoLine
          key={a.id}
          item={a}
          idBase={`edit-${a.id}`}
          subject={snippet(a.exact)}
          names={names}
          class="edit-panel__who"
          onSave={async (field, name) => {
            await updateAndAnnounce(a.id, { [field]: name });
          }}
          onAlias={async (from, to) => {
            await addAlias(from, to);
          }}
          aliases={aliases}
        />
      ) : (
        attribution(a) && <p class="edit-panel__who">{attribution(a)}</p>
      )}
      {a.claimant && correctable && <p class="edit-panel__who">Claimed by {a.claimant}</p>}
      {a.reason && <p class="edit-panel__reason">Why: {a.reason}</p>}
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

/** Edit a page note (the reader's note on a page as a whole) from the Library. */
export function PageNotePanel({ pageKey, onClose, onDelete }: { pageKey: string; onClose: () => void; onDelete: (ids: string[]) => void }) {
  const { value: page, error } = useWatch(() => getPage(pageKey), [pageKey]);
  const save = (note: string) => {
    changeAnnouncer.changed([pageKey]);
    return setPageNote(pageKey, note).then(() => changeAnnouncer.changed([pageKey]));
  };
  return (
    <aside class="edit-panel" aria-labelledby="edit-panel-h">
      <div class="edit-panel__head">
        <h2 id="edit-panel-h">Edit page note</h2>
        <button type="button" class="cl-button cl-button--quiet" onClick={onClose} aria-label="Close the editor">
          ×
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      {!page?.note.trim() ? (
        <p>This page has no note any more.</p>
      ) : (
        <div class="edit-panel__body">
          <p class="edit-panel__page">
            <a href={pageHref(page.url)} target="_blank" rel="noopener noreferrer">
              {page.title || page.url}
            </a>
          </p>
          <NoteEditor key={pageKey} value={page.note} label="Page note" placeholder="Your thoughts on the whole article…" save={save} rows={5} />
          <button type="button" class="cl-button cl-button--danger" onClick={() => onDelete([pageNoteId(pageKey)])}>
            Delete page note
          </button>
        </div>
      )}
    </aside>
  );
}
