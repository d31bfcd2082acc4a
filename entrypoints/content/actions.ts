// The reader's actions that create annotations: from the selection, or by keeping an auto-finding.
// They live in the interactive bundle (loaded on first use), next to the anchoring they need.
import { describe } from '@/lib/anchoring';
import type { Annotation, Kind } from '@/lib/model';
import type { AnnotationPatch, NewAnnotationInput, SelectionAction } from '@/lib/messaging/contract';
import { sendToBackground } from '@/lib/messaging/client';
import { annotationRecord } from '@/lib/schema/records';
import { arrayOf } from '@/lib/schema/validate';
import { marksFor } from '@/lib/highlight/marks';
import { highlightRange } from '@/lib/highlight/long-pages';
import { stableHash, type PageItem } from './items';

/** What these actions may use of the page session. */
export interface SessionOps {
  canonical(): string | null;
  pageKey(): string | null;
  items(): readonly PageItem[];
  addSaved(a: Annotation): void;
  replaceSaved(a: Annotation): void;
  removeSaved(id: string): void;
  repaint(): Promise<void>;
  refresh(): Promise<void>;
}

/** Per session: auto-findings being saved right now, and which record each one became. */
const keeping = new WeakMap<SessionOps, { pending: Map<string, Promise<Annotation | null>>; savedIdOf: Map<string, string> }>();

/**
 * Keep an auto-finding as a saved annotation (source: auto) with a change, or change a saved one.
 * Quick successive edits of one finding (a note typed in the popup) wait for its first save and
 * then update that record, so they never create two annotations.
 */
export async function keep(s: SessionOps, id: string, patch: AnnotationPatch): Promise<Annotation | null> {
  let state = keeping.get(s);
  if (!state) keeping.set(s, (state = { pending: new Map(), savedIdOf: new Map() }));
  const pending = state.pending.get(id);
  if (pending) {
    const first = await pending;
    return first ? keep(s, first.id, patch) : null;
  }
  id = state.savedIdOf.get(id) ?? id;
  const item = s.items().find((i) => i.id === id);
  if (!item) return null;
  if (!item.annotation) {
    const saving = saveFinding(s, item, patch);
    state.pending.set(id, saving);
    try {
      const annotation = await saving;
      if (annotation) state.savedIdOf.set(id, annotation.id);
      return annotation;
    } finally {
      state.pending.delete(id);
    }
  }
  const { annotation } = await sendToBackground('annotation/update', { canonical: s.canonical(), id, patch });
  s.replaceSaved(annotation);
  await s.repaint();
  return annotation;
}

/** Delete a saved annotation; returns the deleted records so the caller can offer undo. */
export async function remove(s: SessionOps, id: string): Promise<Annotation[]> {
  const { deleted } = await sendToBackground('annotation/delete', { canonical: s.canonical(), ids: [id] });
  s.removeSaved(id);
  await s.repaint();
  return deleted;
}

/**
 * Undo a delete: put the records back. They come from the popup or the in-page UI; each is checked
 * as a whole annotation here (and again by the background, against this page).
 */
export async function restore(s: SessionOps, records: readonly object[]): Promise<void> {
  const annotations = arrayOf(annotationRecord)(records, 'annotations');
  await sendToBackground('annotation/restore', { canonical: s.canonical(), annotations });
  await s.refresh();
}

export interface CreateResult {
  ok: boolean;
  message?: string;
  annotation?: Annotation;
}

function isEditable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
}

/** Save the current selection as a new annotation of the reader's. */
export async function createFromSelection(s: SessionOps, action: SelectionAction, note: string): Promise<CreateResult> {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return { ok: false, message: 'Select some text first.' };
  const range = sel.getRangeAt(0);
  if (!document.body.contains(range.commonAncestorContainer)) return { ok: false, message: 'That selection is outside the page.' };
  if (isEditable(range.commonAncestorContainer)) return { ok: false, message: 'Claimlight does not annotate text you are editing.' };
  const exact = range.toString();
  if (!exact.trim()) return { ok: false, message: 'Select some text first.' };
  const selectors = describe(document.body, range);
  const kind: Kind = action === 'note' ? 'highlight' : action;
  const input: NewAnnotationInput = { kind, source: 'user', exact, selectors, note };
  const { annotation } = await sendToBackground('annotation/create', { canonical: s.canonical(), annotation: input });
  s.addSaved(annotation);
  sel.removeAllRanges();
  await s.repaint();
  return { ok: true, annotation };
}

/** Save an auto-finding as an annotation (source: auto) with the reader's first change. */
export async function saveFinding(s: SessionOps, item: PageItem, patch: AnnotationPatch): Promise<Annotation | null> {
  const id = item.id;
  const marks = marksFor(document.body, id);
  const first = marks[0];
  const last = marks.at(-1);
  if (!first || !last || !item.finding) return null;
  const range = document.createRange();
  range.setStartBefore(first.firstChild ?? first);
  range.setEndAfter(last.lastChild ?? last);
  // Describe the finding's words against the body, the same root saved annotations use.
  const selectors = describe(document.body, range);
  const f = item.finding;
  const input: NewAnnotationInput = {
    // The same finding on the same page gets the same id in every tab and on every retry.
    id: `${id}@${stableHash(s.pageKey() ?? location.href)}`,
    // Saved under the finding's own kind, so it is recognised as "acted on" on later visits.
    kind: f.kind,
    source: 'auto',
    exact: range.toString(),
    selectors,
    note: patch.note ?? '',
    tags: patch.tags ?? [],
    speaker: f.speaker ?? null,
    disputedBy: f.disputedBy ?? null,
    claimant: f.claimant ?? null,
    reason: f.reason,
    dismissed: patch.dismissed ?? false,
  };
  let { annotation } = await sendToBackground('annotation/create', { canonical: s.canonical(), annotation: input });
  // Changes to what the analysis said are applied as edits, so the store keeps what it had said.
  const { kind, speaker, disputedBy } = patch;
  const edits: AnnotationPatch = {
    ...(kind && kind !== f.kind ? { kind } : {}),
    ...(speaker !== undefined ? { speaker } : {}),
    ...(disputedBy !== undefined ? { disputedBy } : {}),
  };
  if (Object.keys(edits).length) {
    ({ annotation } = await sendToBackground('annotation/update', { canonical: s.canonical(), id: annotation.id, patch: edits }));
  }
  s.addSaved(annotation);
  await s.repaint();
  return annotation;
}

/** Scroll an annotation into view, flash it and focus it (which opens its card). */
export function reveal(id: string): boolean {
  const marks = marksFor(document.body, id);
  const first = marks[0];
  if (!first) return revealHighlight(id);
  first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const m of marks) {
    m.classList.remove('claimlight-flash');
    void m.offsetWidth; // restart the animation
    m.classList.add('claimlight-flash');
  }
  setTimeout(() => marks.forEach((m) => m.classList.remove('claimlight-flash')), 2600);
  first.focus({ preventScroll: true });
  return true;
}

/** An item painted as a CSS highlight (inside a giant block, see HIGHLIGHT_CHARS in lib/highlight/plan.ts): scroll it to the middle. */
function revealHighlight(id: string): boolean {
  const at = highlightRange(id);
  if (!at || !at.startContainer.isConnected) return false;
  const range = document.createRange();
  range.setStart(at.startContainer, at.startOffset);
  range.setEnd(at.endContainer, at.endOffset);
  const box = range.getBoundingClientRect();
  window.scrollBy({ top: box.top - window.innerHeight / 2, behavior: 'smooth' });
  return true;
}
