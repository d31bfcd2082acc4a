// The library's writes: change the store, then tell the background so open tabs repaint.
import type { Annotation, PageRecord, Settings } from '@/lib/model';
import type { AnnotationPatch } from '@/lib/messaging/contract';
import { announceChange as announce } from '@/components/announce';
import { deleteAnnotations, getPage, restoreAnnotations, saveSettings, setPageNote, updateAnnotation } from '@/lib/store';

const uniquePages = (records: readonly Annotation[]) => [...new Set(records.map((a) => a.pageKey))];

export async function updateAndAnnounce(id: string, patch: AnnotationPatch): Promise<Annotation> {
  const updated = await updateAnnotation(id, patch);
  await announce([updated.pageKey]);
  return updated;
}

export async function deleteAndAnnounce(ids: readonly string[]): Promise<Annotation[]> {
  const deleted = await deleteAnnotations(ids);
  await announce(uniquePages(deleted));
  return deleted;
}

export async function restoreAndAnnounce(records: readonly Annotation[]): Promise<void> {
  await restoreAnnotations(records);
  await announce(uniquePages(records));
}

export async function saveSettingsAndAnnounce(changes: Partial<Settings>): Promise<Settings> {
  const next = await saveSettings(changes);
  await announce(null);
  return next;
}

/** What a delete took away, for its undo: annotations and page notes (the pages as they were). */
export interface Deleted {
  annotations: Annotation[];
  pageNotes: PageRecord[];
}

/**
 * Delete annotations and page notes (`pagenote:<pageKey>` ids, see page-rows.ts) in one go: a page
 * left with nothing loses its record too (the store sees to that).
 */
export async function deleteItemsAndAnnounce(ids: readonly string[], pageNotePrefix: string): Promise<Deleted> {
  const noteKeys = ids.filter((id) => id.startsWith(pageNotePrefix)).map((id) => id.slice(pageNotePrefix.length));
  const annotationIds = ids.filter((id) => !id.startsWith(pageNotePrefix));
  const pages = (await Promise.all(noteKeys.map((k) => getPage(k)))).filter((p): p is PageRecord => !!p?.note.trim());
  const annotations = annotationIds.length ? await deleteAnnotations(annotationIds) : [];
  for (const p of pages) await setPageNote(p.pageKey, '');
  await announce([...new Set([...annotations.map((a) => a.pageKey), ...pages.map((p) => p.pageKey)])]);
  return { annotations, pageNotes: pages };
}

/** Undo deleteItemsAndAnnounce. */
export async function restoreItemsAndAnnounce(deleted: Deleted): Promise<void> {
  if (deleted.annotations.length) await restoreAnnotations(deleted.annotations);
  for (const p of deleted.pageNotes) await setPageNote(p.pageKey, p.note, { url: p.url, title: p.title, siteName: p.siteName });
  await announce([...new Set([...deleted.annotations.map((a) => a.pageKey), ...deleted.pageNotes.map((p) => p.pageKey)])]);
}

/** "Deleted 2 annotations and 1 page note." */
export function describeDeleted(d: Deleted, verb = 'Deleted'): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const parts = [d.annotations.length || !d.pageNotes.length ? n(d.annotations.length, 'annotation', 'annotations') : '', d.pageNotes.length ? n(d.pageNotes.length, 'page note', 'page notes') : ''];
  return `${verb} ${parts.filter(Boolean).join(' and ')}.`;
}
