// The store's public face: the only way the rest of Claimlight reaches IndexedDB.
export { ClaimlightDb, DB_NAME, getDb, useDb } from './db';
export { StoreError, type StoreErrorCode } from './errors';
export {
  applyCorrection,
  buildAnnotation,
  cleanName,
  countByKind,
  createAnnotation,
  deleteAnnotations,
  getAnnotation,
  listAnnotationsByPage,
  listDismissed,
  normalizeTags,
  putAnnotations,
  putNote,
  restoreAnnotations,
  updateAnnotation,
  type AnnotationChanges,
  type NewAnnotation,
  type PageScope,
} from './annotations';
export { byPosition } from './order';
export { ensurePages, getPage, listPages, setPageNote, touchPage, type PageListOptions, type PageVisit } from './pages';
export { addAlias, getSettings, getStoredSettings, mergeSettings, replaceSettings, saveSettings } from './settings';
export { DEFAULT_SEARCH_LIMIT, pageNoteTime, prepareSearch, searchAnnotations, searchPageNotes, type SearchQuery, type SearchResult } from './search';
export { foldText } from './search-text';
export {
  listDisputed,
  listQuotesBySpeaker,
  listSites,
  listSpeakers,
  listTags,
  type FacetScope,
  type SiteSummary,
  type SpeakerSummary,
  type TagCount,
} from './facets';
export { clearStore, dumpStore, type StoreDump } from './dump';
export { importRecords, type ImportRecords, type ImportSummary } from './import';
export { onTablesChanged, watch, type TableName } from './watch';
export {
  MAX_SEEN_REVIEWS,
  countReviews,
  deleteReview,
  factChecksForPage,
  importFactCheckBackup,
  importReviews,
  keepSeenReviews,
  listLinks,
  listReviews,
  recordLinks,
  relinkFactCheck,
  unlinkFactCheck,
  type KeepSummary,
  type LinkPage,
  type MetClaim,
  type ReviewImportSummary,
} from './factchecks';
export {
  MAX_READINGS_PER_PAGE,
  clearReadings,
  countReadings,
  isRemembered,
  pruneReadings,
  rememberFindings,
  type ReadPage,
  type RememberedAnnotation,
} from './readings';
