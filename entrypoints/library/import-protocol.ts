// What the Library page and its import worker say to each other (./import-job.ts, ./import-worker.ts).
import type { ImportFormat, ParsedRecords } from '@/lib/export';
import type { Settings } from '@/lib/model';
import type { ImportSummary } from '@/lib/store';

export type ImportStage = 'reading' | 'checking' | 'saving';

/** What the page learns once the file is read and checked (the records stay in the worker). */
export interface CheckedFile {
  format: ImportFormat;
  /** The file's settings (backups only). */
  settings?: Settings;
  annotations: number;
}

/** Page → worker. */
export type JobRequest = { type: 'read'; file: File } | { type: 'write'; withSettings: boolean };
/** Worker → page. */
export type JobAnswer =
  | { type: 'progress'; stage: ImportStage; done: number; total: number }
  | { type: 'checked'; file: CheckedFile }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'error'; message: string };

export const checkedFile = (p: ParsedRecords): CheckedFile => ({ format: p.format, annotations: p.annotations.length, ...(p.settings ? { settings: p.settings } : {}) });

/** The records to write: the file's settings only when the reader chose them. */
export const recordsToWrite = (p: ParsedRecords, withSettings: boolean): ParsedRecords => (withSettings ? p : { ...p, settings: undefined });
