// Export to Markdown, CSV, W3C Web Annotation and backups; import with validation. Pure: no store.
export { buildExport, type ExportContent, type ExportFile } from './build';
export { BACKUP_FORMAT, BACKUP_VERSION, backupJson, parseBackup, toBackup, type BackupContent, type ClaimlightBackup } from './backup';
export { CSV_COLUMNS, csvCell, toCsv } from './csv';
export { exportFileName, exportMimeType, localDay, type ExportKind } from './file-name';
export { HYPOTHESIS_ID_PREFIX, parseHypothesis } from './hypothesis';
export { MAX_FILE_BYTES, checkFileSize, decodeImport, parseImport, readImportFile, utf8Bytes, type ImportOptions, type ImportPhase } from './import';
export { escapeMarkdown, tagToken, toMarkdown } from './markdown';
export type { ImportFormat, ParsedRecords } from './parsed';
export { LIMITS } from '../schema/records';
export { ValidationError } from '../schema/validate';
export {
  ANNO_CONTEXT,
  annotationIri,
  idFromIri,
  parseWebAnnotations,
  toWebAnnotation,
  toWebAnnotationCollection,
  type WebAnnotation,
  type WebAnnotationCollection,
} from './web-annotation';
