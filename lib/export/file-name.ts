// Dated download names: claimlight-2026-11-27.md, claimlight-backup-2026-11-27.json.

export type ExportKind = 'markdown' | 'csv' | 'web-annotation' | 'backup';

const EXTENSIONS: Record<ExportKind, string> = { markdown: 'md', csv: 'csv', 'web-annotation': 'jsonld', backup: 'json' };

/** The reader's local calendar day, YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function exportFileName(kind: ExportKind, date: Date): string {
  const stem = kind === 'backup' ? 'claimlight-backup' : 'claimlight';
  return `${stem}-${localDay(date)}.${EXTENSIONS[kind]}`;
}

/** MIME type for the download. */
export function exportMimeType(kind: ExportKind): string {
  return { markdown: 'text/markdown', csv: 'text/csv', 'web-annotation': 'application/ld+json', backup: 'application/json' }[kind] + ';charset=utf-8';
}
