// The library's writes: change the store, then tell the background so open tabs repaint.
import type { Annotation, Settings } from '@/lib/model';
import type { AnnotationPatch } from '@/lib/messaging/contract';
import { announceChange as announce } from '@/components/announce';
import { deleteAnnotations, restoreAnnotations, saveSettings, updateAnnotation } from '@/lib/store';

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
