// The words the library shows after an import.
import type { ImportSummary } from '@/lib/store';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeImport(s: ImportSummary, format: string): string {
  const lines = [`Imported ${plural(s.added, 'annotation', 'annotations')} from a ${format} file; ${plural(s.pagesAdded, 'new page', 'new pages')}.`];
  if (s.pageNotes) lines.push(`Added ${plural(s.pageNotes, 'page note', 'page notes')} to pages you already had.`);
  if (s.skipped) {
    const why: string[] = [];
    if (s.reasons.duplicateId) why.push(`${s.reasons.duplicateId} already here (same id)`);
    if (s.reasons.duplicateContent) why.push(`${s.reasons.duplicateContent} already here (same page, words and note)`);
    if (s.reasons.unsupported) why.push(`${s.reasons.unsupported} not something Claimlight keeps`);
    lines.push(`Skipped ${s.skipped}: ${why.join('; ')}.`);
  }
  return lines.join('\n');
}

export const FORMAT_NAMES: Record<string, string> = {
  'claimlight-backup': 'Claimlight backup',
  'web-annotation': 'W3C Web Annotation',
  hypothesis: 'Hypothesis',
};
