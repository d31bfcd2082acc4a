// What every import parser produces: records ready for the store's importRecords.
import type { Annotation, PageRecord, Settings } from '../model';

export type ImportFormat = 'claimlight-backup' | 'web-annotation' | 'hypothesis';

export interface ParsedRecords {
  format: ImportFormat;
  annotations: Annotation[];
  pages: PageRecord[];
  /** Only backups carry settings. */
  settings?: Settings;
  /** Items that are valid but not something Claimlight keeps (page-level notes, replies). */
  unsupported: number;
  /** Records refused one by one, each with where and why (a javascript: or data: address…); the rest import. */
  refused: string[];
}

/** How far a long check has got: `done` of `total` records. */
export type Progress = (done: number, total: number) => void;
