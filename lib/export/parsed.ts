// What every import parser produces: records ready for the store's importRecords.
import type { Annotation, PageRecord, Settings } from '../model';
import type { FactCheckLink, FactCheckReview } from '../factcheck/types';

export type ImportFormat = 'claimlight-backup' | 'web-annotation' | 'hypothesis' | 'claim-review';

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
  /** Fact-check memory: ClaimReview files, and backups. */
  factReviews?: FactCheckReview[];
  factLinks?: FactCheckLink[];
}

/** How far a long check has got: `done` of `total` records. */
export type Progress = (done: number, total: number) => void;
