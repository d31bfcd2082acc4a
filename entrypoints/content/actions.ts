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
import { rangeAt } from '@/lib/dom/text-map';
import type { ArticleExtract } from '@/lib/article';
import type { Finding } from '@/lib/model';
import { stableHash, type PageItem } from './items';

/** What these actions may use of the page session. */
export interface SessionOps {
  canonical(): string | null;
  pageKey(): string | null;
  items(): readonly PageItem[];
  /** The article's text model, current with the page's text nodes when it was made (the findings' offsets are into its text). */
  article(): Promise<ArticleExtract | null>;
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
 * then update that record, so they never create two annotations. Resolves to the saved record
 * once the store has it, or null when the item is not on the page (then nothing was saved).
 */
export async function keep(s: SessionOps, id: string, patch: AnnotationPatch): Promise<Annotation | null> {
  let state = keeping.get(s);
  if (!state) keeping.set(s, (state = { pending: new Map(), savedIdOf: new Map() }));
  const pending = state.pending.get(id);
  if (pending) {
    const first = await pending;
    return first ? keep(s, first.id, patch) : null;
  }
  const known = state.savedIdOf.get(id);
  if (known) id = known;
  const items = s.items();
  // A finding already saved (by a request whose answer was lost, or in another tab) is listed
  // under its record's id once the page has refreshed: that record is the one to change.
  const item = items.find((i) => i.id === id) ?? items.find((i) => i.id === recordIdOf(s, id));
  if (item && !item.annotation) {
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
  // A record this session saved is changed even while the page is still being repainted with it.
  if (!item && !known) return null;
  const { annotation } = await sendToBackground('annotation/update', { canonical: s.canonical(), id: item?.id ?? id, patch });
  s.replaceSaved(annotation);
  await s.repaint();
  return annotation;
}

/** The id a kept finding's record gets: the same in every tab and on every retry. */
const recordIdOf = (s: SessionOps, findingId: string) => `${findingId}@${stableHash(s.pageKey() ?? location.href)}`;

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
async function saveFinding(s: SessionOps, item: PageItem, patch: AnnotationPatch): Promise<Annotation | null> {
  const f = item.finding;
  if (!f) return null;
  const words = await findingWords(s, item.id, f);
  if (!words) return null;
  const input: NewAnnotationInput = {
    id: recordIdOf(s, item.id),
    // Saved under the finding's own kind, so it is recognised as "acted on" on later visits.
    kind: f.kind,
    source: 'auto',
    ...words,
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
  // A refresh may have brought the record in already: the page holds it once.
  s.removeSaved(annotation.id);
  s.addSaved(annotation);
  await s.repaint();
  return annotation;
}

const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * A finding's words and their selectors (described against the body, the root saved annotations
 * use). From its marks when they are all painted; else — a repaint has erased them and not painted
 * them again yet (it works in slices, and saves arrive meanwhile), its layer is hidden, or a long
 * page has not painted that far — from the finding's offsets into the article's text model. Each
 * range is described in the same task it is made in: the repaint's slices split and merge the text
 * nodes it points into.
 */
async function findingWords(s: SessionOps, id: string, f: Finding): Promise<Pick<NewAnnotationInput, 'exact' | 'selectors'> | null> {
  const marks = marksFor(document.body, id);
  const first = marks[0];
  const last = marks.at(-1);
  if (first && last) {
    const range = document.createRange();
    range.setStartBefore(first.firstChild ?? first);
    range.setEndAfter(last.lastChild ?? last);
    const exact = range.toString();
    if (sameWords(exact, f.text)) return { exact, selectors: describe(document.body, range) };
  }
  for (let tries = 0; tries < 5; tries++) {
    const article = await s.article();
    // Another text now (the page changed since the analysis): these offsets no longer apply.
    if (!article || article.input.text.slice(f.start, f.end) !== f.text) return null;
    // The model is used only while its text nodes are those of the page (a repaint may have run meanwhile).
    if (!article.map.nodes.every((n, i) => n.isConnected && n.data.length === article.map.lengths[i])) continue;
    const range = rangeAt(article.map, f.start, f.end);
    if (!range) return null;
    return { exact: range.toString(), selectors: describe(document.body, range) };
  }
  return null;
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
