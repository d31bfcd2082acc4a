// Search results as rows for the virtual list: a heading row per page, then its page note (if it
// matched) and its annotations. Pages are ordered by their newest change (results come newest first).
import type { Annotation, PageRecord } from '@/lib/model';
import { siteOf } from '@/lib/page-key';
import { pageNoteTime } from '@/lib/store';

export interface PageHeadingRow {
  type: 'page';
  pageKey: string;
  title: string;
  url: string;
  site: string;
  /** Newest change among the page's listed annotations and note (ms). */
  updatedAt: number;
  /** Annotations listed under it. */
  count: number;
  /** Its page note is listed under it. */
  hasNote: boolean;
}

export interface AnnotationRowData {
  type: 'annotation';
  annotation: Annotation;
}

export interface PageNoteRowData {
  type: 'pagenote';
  page: PageRecord;
}

export type LibraryRow = PageHeadingRow | AnnotationRowData | PageNoteRowData;

/** The id a page note has in the Library's selection and edit panel. */
export const PAGE_NOTE_ID = 'pagenote:';
export const pageNoteId = (pageKey: string) => PAGE_NOTE_ID + pageKey;

export function pageRows(annotations: readonly Annotation[], pageNotes: readonly PageRecord[] = []): LibraryRow[] {
  const byPage = new Map<string, { annotations: Annotation[]; note: PageRecord | null; order: number }>();
  const group = (pageKey: string) => {
    let g = byPage.get(pageKey);
    if (!g) byPage.set(pageKey, (g = { annotations: [], note: null, order: byPage.size }));
    return g;
  };
  for (const a of annotations) group(a.pageKey).annotations.push(a);
  for (const p of pageNotes) group(p.pageKey).note = p;
  const newest = (g: { annotations: Annotation[]; note: PageRecord | null }) =>
    Math.max(...g.annotations.map((a) => a.updatedAt), g.note ? pageNoteTime(g.note) : Number.NEGATIVE_INFINITY);
  const groups = [...byPage.entries()].sort(([, a], [, b]) => newest(b) - newest(a) || a.order - b.order);
  const rows: LibraryRow[] = [];
  for (const [pageKey, g] of groups) {
    const first = g.annotations[0];
    const url = g.note?.url || first?.url || pageKey;
    rows.push({
      type: 'page',
      pageKey,
      title: g.note?.title || first?.title || url,
      url,
      site: g.note?.siteName || siteOf(url),
      updatedAt: newest(g),
      count: g.annotations.length,
      hasNote: !!g.note,
    });
    if (g.note) rows.push({ type: 'pagenote', page: g.note });
    for (const annotation of g.annotations) rows.push({ type: 'annotation', annotation });
  }
  return rows;
}
