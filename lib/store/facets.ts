// Overviews across the whole store: tags, speakers ("who said what"), disputed assertions, sites.
// Counts come from the in-memory search digests, so they do not re-read every record; each first
// makes a live query depend on the whole annotations table (see live.ts).
import type { Annotation } from '../model';
import { getDb } from './db';
import { guard } from './errors';
import { dependOnWholeTable } from './live';
import { asAnnotation, unkeptReadings } from './readings';
import { searchIndexOf } from './search-index';
import { mergeSettings } from './settings';

/**
 * Which findings the overviews span: what the reader kept (annotations), or everything read (those
 * plus reading memory, when the reader turned it on).
 */
export type FacetScope = 'kept' | 'read';

/** Reading memory of a kind for the 'read' scope (nothing for 'kept'). Dexie reads only. */
async function remembered(scope: FacetScope, kind: 'quote' | 'disputed'): Promise<Annotation[]> {
  if (scope !== 'read') return [];
  const settings = mergeSettings(await getDb().settings.get('settings'));
  return (await unkeptReadings(kind, settings.readingRetentionDays)).map(asAnnotation);
}

export interface TagCount {
  tag: string;
  count: number;
}

/** Every tag with how many annotations carry it, most used first. */
export function listTags(): Promise<TagCount[]> {
  return guard('list the tags', async () => {
    const db = getDb();
    await dependOnWholeTable(db.annotations);
    const counts = new Map<string, number>();
    for (const d of await searchIndexOf(db).newestFirst()) {
      if (d.dismissed) continue;
      for (const t of d.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  });
}

export interface SpeakerSummary {
  speaker: string;
  /** Quotes attributed to this speaker (dismissed ones left out). */
  quotes: number;
  /** On how many pages. */
  pages: number;
  /** Latest change among those quotes (ms). */
  lastUpdated: number;
}

/** Who said what: quoted speakers across all pages, most quoted first. */
export function listSpeakers(scope: FacetScope = 'kept'): Promise<SpeakerSummary[]> {
  return guard('list the speakers', async () => {
    const db = getDb();
    // Dexie reads first (live-query dependencies), then the in-memory index.
    const [, read] = await Promise.all([dependOnWholeTable(db.annotations), remembered(scope, 'quote')]);
    const bySpeaker = new Map<string, { quotes: number; pages: Set<string>; lastUpdated: number }>();
    const add = (d: { kind: string; dismissed: boolean; speaker: string | null; pageKey: string; updatedAt: number }) => {
      if (d.kind !== 'quote' || d.dismissed || !d.speaker) return;
      const s = bySpeaker.get(d.speaker) ?? { quotes: 0, pages: new Set<string>(), lastUpdated: 0 };
      s.quotes++;
      s.pages.add(d.pageKey);
      s.lastUpdated = Math.max(s.lastUpdated, d.updatedAt);
      bySpeaker.set(d.speaker, s);
    };
    for (const d of await searchIndexOf(db).newestFirst()) add(d);
    read.forEach(add);
    return [...bySpeaker]
      .map(([speaker, s]) => ({ speaker, quotes: s.quotes, pages: s.pages.size, lastUpdated: s.lastUpdated }))
      .sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker));
  });
}

/** The quotes of one speaker across all pages, newest change first (remembered ones marked, see readings.ts). */
export function listQuotesBySpeaker(speaker: string, scope: FacetScope = 'kept'): Promise<Annotation[]> {
  return guard('list the quotes', async () => {
    const [list, read] = await Promise.all([getDb().annotations.where('speaker').equals(speaker).toArray(), remembered(scope, 'quote')]);
    return [...list.filter((a) => a.kind === 'quote' && !a.dismissed), ...read.filter((a) => a.speaker === speaker)].sort(
      (a, b) => b.updatedAt - a.updatedAt,
    );
  });
}

/** Disputed assertions (with claimant and disputedBy on each record), newest change first. */
export function listDisputed(options: { limit?: number; offset?: number; scope?: FacetScope } = {}): Promise<Annotation[]> {
  return guard('list the disputed assertions', async () => {
    const { limit = Number.POSITIVE_INFINITY, offset = 0, scope = 'kept' } = options;
    const [list, read] = await Promise.all([getDb().annotations.where('kind').equals('disputed').toArray(), remembered(scope, 'disputed')]);
    return [...list.filter((a) => !a.dismissed), ...read].sort((a, b) => b.updatedAt - a.updatedAt).slice(offset, offset + limit);
  });
}

export interface SiteSummary {
  site: string;
  pages: number;
  annotations: number;
}

/**
 * Sites with their page and item counts (annotations and page notes), most annotated first. Dismissed
 * findings count for nothing: a site whose pages hold only dismissed findings is not listed.
 */
export function listSites(): Promise<SiteSummary[]> {
  return guard('list the sites', async () => {
    const db = getDb();
    const [pages] = await Promise.all([db.pages.toArray(), dependOnWholeTable(db.annotations)]);
    const digests = await searchIndexOf(db).newestFirst();
    const perPage = new Map<string, number>();
    for (const d of digests) if (!d.dismissed) perPage.set(d.pageKey, (perPage.get(d.pageKey) ?? 0) + 1);
    const bySite = new Map<string, SiteSummary>();
    for (const p of pages) {
      const items = (perPage.get(p.pageKey) ?? 0) + (p.note.trim() ? 1 : 0);
      if (!items) continue;
      const s = bySite.get(p.siteName) ?? { site: p.siteName, pages: 0, annotations: 0 };
      s.pages++;
      s.annotations += items;
      bySite.set(p.siteName, s);
    }
    return [...bySite.values()].sort((a, b) => b.annotations - a.annotations || a.site.localeCompare(b.site));
  });
}
