// Claimlight's own backup format: everything, losslessly, versioned.
import type { Annotation, PageRecord, Settings } from '../model';
import { completePages } from './derive-pages';
import { LIMITS, annotationRecord, checkUniqueIds, pageRecord, settingsRecord } from '../schema/records';
import { ValidationError, field, isPlainObject, isoDate } from '../schema/validate';
import { asCheck, eachRecord } from './each-record';
import type { ParsedRecords, Progress } from './parsed';

export const BACKUP_FORMAT = 'claimlight-backup';
export const BACKUP_VERSION = 1;

export interface ClaimlightBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  annotations: Annotation[];
  pages: PageRecord[];
  settings: Settings;
}

export interface BackupContent {
  annotations: readonly Annotation[];
  pages: readonly PageRecord[];
  settings: Settings;
}

export function toBackup(content: BackupContent, exportedAt: Date): ClaimlightBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    annotations: [...content.annotations],
    pages: [...content.pages],
    settings: content.settings,
  };
}

/** The backup as file text (indented: people open backups to look at them). */
export function backupJson(content: BackupContent, exportedAt: Date): string {
  return JSON.stringify(toBackup(content, exportedAt), null, 1);
}

/** Validate a parsed backup file and return its records (`progress` counts annotations checked). */
export function parseBackup(json: unknown, progress?: Progress): ParsedRecords {
  if (!isPlainObject(json) || json.format !== BACKUP_FORMAT) throw new ValidationError('format', `expected "${BACKUP_FORMAT}"`);
  if (json.version !== BACKUP_VERSION) {
    const got = typeof json.version === 'number' ? `version ${json.version}` : `version ${JSON.stringify(json.version) ?? 'missing'}`;
    throw new ValidationError('version', `this backup is ${got}; this Claimlight reads version ${BACKUP_VERSION}`);
  }
  isoDate(json.exportedAt, 'exportedAt');
  const refused: string[] = [];
  const read = eachRecord({ items: json.annotations, path: 'annotations', max: LIMITS.annotations, check: asCheck(annotationRecord), refused, progress });
  const annotations = read.records;
  checkUniqueIds(annotations.map((a) => a.id), (i) => `${read.paths[i]}.id`);
  const pages = eachRecord({ items: json.pages, path: 'pages', max: LIMITS.pages, check: asCheck(pageRecord), refused }).records;
  const settings = json.settings === undefined ? undefined : settingsRecord(json.settings, field('', 'settings'));
  return { format: 'claimlight-backup', annotations, pages: completePages(pages, annotations), settings, unsupported: 0, refused };
}
