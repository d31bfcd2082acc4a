// One call for the UI: the file (name, type, text) for a chosen format and selection.
import type { Annotation, PageRecord, Settings } from '../model';
import type { FactCheckLink, FactCheckReview } from '../factcheck/types';
import { backupJson } from './backup';
import { factCheckResolver } from '../factcheck/for-export';
import { toCsv } from './csv';
import { exportFileName, exportMimeType, type ExportKind } from './file-name';
import { toMarkdown } from './markdown';
import { toWebAnnotationCollection } from './web-annotation';

export interface ExportContent {
  annotations: readonly Annotation[];
  /** Pages of those annotations (titles, sites, page notes); a backup takes them all. */
  pages: readonly PageRecord[];
  /** Needed for a backup only. */
  settings?: Settings;
  /** Fact-check memory: exports say which annotations a kept review matched; a backup takes it all. */
  factReviews?: readonly FactCheckReview[];
  factLinks?: readonly FactCheckLink[];
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/**
 * The file for a format. Dismissed findings never appear in Markdown, CSV or Web Annotations; a
 * backup keeps them, marked dismissed, so they stay dismissed after a restore.
 */
export function buildExport(kind: ExportKind, content: ExportContent, now: Date): ExportFile {
  const file = (text: string): ExportFile => ({ fileName: exportFileName(kind, now), mimeType: exportMimeType(kind), text });
  const factCheckOf = factCheckResolver(content.factReviews, content.factLinks);
  const live = content.annotations.filter((a) => !a.dismissed);
  switch (kind) {
    case 'markdown':
      return file(toMarkdown(live, content.pages, { exportedAt: now, factCheckOf }));
    case 'csv':
      return file(toCsv(live, content.pages));
    case 'web-annotation':
      return file(JSON.stringify(toWebAnnotationCollection(live, { pages: content.pages, factCheckOf }), null, 1));
    case 'backup': {
      if (!content.settings) throw new Error('A backup needs the settings too.');
      return file(backupJson({ annotations: content.annotations, pages: content.pages, settings: content.settings, factReviews: content.factReviews, factLinks: content.factLinks }, now));
    }
  }
}
