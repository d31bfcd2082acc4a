// The store as a content script may reach it: reads and writes of the sender's own page only. Every
// write takes the SenderPage the background derived from the sender (./sender.ts) and is checked
// against what that page owns inside the write's own transaction (lib/store PageScope), so a page
// can neither read nor change another page's records, whatever ids its messages name.
import type { Annotation, PageSettings, Settings } from '@/lib/model';
import type { AnnotationPatch, NewAnnotationInput, PageState } from '@/lib/messaging/contract';
import { siteOf } from '@/lib/page-key';
import * as store from '@/lib/store';
import type { SenderPage } from './sender';

export function autoAnalyzeFor(settings: PageSettings, url: string): boolean {
  const site = siteOf(url);
  if (settings.disabledSites.includes(site)) return false;
  if (settings.enabledSites.includes(site)) return true;
  return settings.autoAnalyze;
}

/** The settings a page may see: the reader's aliases and reading-memory choices stay here. */
export function pageSettings({ aliases: _a, rememberReading: _r, readingRetentionDays: _d, ...rest }: Settings): PageSettings {
  return rest;
}

/** The page's annotations and the settings that apply to it (without the reader's private lists). */
export async function pageState(page: SenderPage): Promise<PageState> {
  const [settings, annotations] = await Promise.all([store.getSettings(), store.listAnnotationsByPage(page.pageKey)]);
  return { pageKey: page.pageKey, settings: pageSettings(settings), autoAnalyze: autoAnalyzeFor(settings, page.url), analyseAlways: settings.enabledSites.includes(siteOf(page.url)), annotations };
}

/**
 * Create an annotation on the page. A session-chosen id makes the create idempotent (two tabs
 * keeping the same finding, a retry after a lost reply) within the page; an id another page holds
 * is never touched: the new record gets an id of its own instead.
 */
export async function createOnPage(page: SenderPage, input: NewAnnotationInput): Promise<Annotation> {
  await store.touchPage({ pageKey: page.pageKey, url: page.url, title: page.title, siteName: siteOf(page.url) });
  const existing = input.id ? await store.getAnnotation(input.id) : undefined;
  if (existing?.pageKey === page.pageKey) {
    // The later writer's change wins, as with any other edit.
    const { note, tags, dismissed } = input;
    return store.updateAnnotation(existing.id, { ...(note ? { note } : {}), ...(tags?.length ? { tags } : {}), ...(dismissed ? { dismissed } : {}) }, { onPage: page.pageKey });
  }
  const { id, ...rest } = input;
  return store.createAnnotation({ ...rest, ...(existing ? {} : id ? { id } : {}), pageKey: page.pageKey, url: page.url, title: page.title });
}

export const updateOnPage = (page: SenderPage, id: string, patch: AnnotationPatch): Promise<Annotation> =>
  store.updateAnnotation(id, patch, { onPage: page.pageKey });

export const deleteOnPage = (page: SenderPage, ids: readonly string[]): Promise<Annotation[]> =>
  store.deleteAnnotations(ids, { onPage: page.pageKey });

/** Put back whole records (checked as annotations): each must be the page's, and so must any record it replaces. */
export const restoreOnPage = (page: SenderPage, records: readonly Annotation[]): Promise<void> =>
  store.restoreAnnotations(records, { onPage: page.pageKey });
