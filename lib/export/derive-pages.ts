// Page records for imported annotations whose file carries none.
import type { Annotation, PageRecord } from '../model';
import { siteOf } from '../page-key';

/** One page per pageKey: first url and title seen, first and last activity as firstSeen/lastSeen. */
export function derivePages(annotations: readonly Annotation[]): PageRecord[] {
  const pages = new Map<string, PageRecord>();
  for (const a of annotations) {
    const p = pages.get(a.pageKey);
    if (!p) {
      pages.set(a.pageKey, { pageKey: a.pageKey, url: a.url, title: a.title, siteName: siteOf(a.url), note: '', firstSeen: a.createdAt, lastSeen: a.updatedAt });
      continue;
    }
    if (!p.title && a.title) p.title = a.title;
    p.firstSeen = Math.min(p.firstSeen, a.createdAt);
    p.lastSeen = Math.max(p.lastSeen, a.updatedAt);
  }
  return [...pages.values()];
}

/** The given pages plus derived ones for any annotation whose page is missing. */
export function completePages(pages: readonly PageRecord[], annotations: readonly Annotation[]): PageRecord[] {
  const known = new Set(pages.map((p) => p.pageKey));
  return [...pages, ...derivePages(annotations.filter((a) => !known.has(a.pageKey)))];
}
