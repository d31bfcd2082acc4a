// Annotations grouped by page, pages in order of first appearance, annotations in reading order.
import type { Annotation, PageRecord } from '../model';
import { byPosition } from '../store/order';
import { derivePages } from './derive-pages';

export interface PageGroup {
  page: PageRecord;
  annotations: Annotation[];
}

export function groupByPage(annotations: readonly Annotation[], pages: readonly PageRecord[]): PageGroup[] {
  const known = new Map(pages.map((p) => [p.pageKey, p]));
  const derived = new Map(derivePages(annotations).map((p) => [p.pageKey, p]));
  const groups = new Map<string, PageGroup>();
  for (const a of annotations) {
    let g = groups.get(a.pageKey);
    if (!g) {
      g = { page: known.get(a.pageKey) ?? derived.get(a.pageKey)!, annotations: [] };
      groups.set(a.pageKey, g);
    }
    g.annotations.push(a);
  }
  for (const g of groups.values()) g.annotations.sort(byPosition);
  return [...groups.values()];
}
