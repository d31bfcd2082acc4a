// Search results as rows for the virtual list: a heading row per page, then its annotations.
// Pages keep the order of their newest annotation (results come newest first).
import type { Annotation } from '@/lib/model';
import { siteOf } from '@/lib/page-key';

export interface PageHeadingRow {
  type: 'page';
  pageKey: string;
  title: string;
  url: string;
  site: string;
  /** Newest change among the page's listed annotations (ms). */
  updatedAt: number;
  count: number;
}

export interface AnnotationRowData {
  type: 'annotation';
  annotation: Annotation;
}

export type LibraryRow = PageHeadingRow | AnnotationRowData;

export function pageRows(annotations: readonly Annotation[]): LibraryRow[] {
  const byPage = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = byPage.get(a.pageKey);
    if (list) list.push(a);
    else byPage.set(a.pageKey, [a]);
  }
  const rows: LibraryRow[] = [];
  for (const [pageKey, list] of byPage) {
    const first = list[0]!;
    rows.push({
      type: 'page',
      pageKey,
      title: first.title || first.url,
      url: first.url,
      site: siteOf(first.url),
      updatedAt: Math.max(...list.map((a) => a.updatedAt)),
      count: list.length,
    });
    for (const annotation of list) rows.push({ type: 'annotation', annotation });
  }
  return rows;
}
