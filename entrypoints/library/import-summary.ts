// The words the library shows after an import.
import type { ImportSummary } from '@/lib/store';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Refused records are listed by where and why, up to this many. */
const REFUSED_SHOWN = 5;

export function describeImport(s: ImportSummary, format: string): string {
  const factOnly = format === FORMAT_NAMES['claim-review'];
  const lines = factOnly
    ? [`Imported ${plural(s.factChecksAdded, 'fact-check', 'fact-checks')} from a ${format} file.`]
    : [`Imported ${plural(s.added, 'annotation', 'annotations')} from a ${format} file; ${plural(s.pagesAdded, 'new page', 'new pages')}.`];
  if (!factOnly && s.factChecksAdded) lines.push(`Imported ${plural(s.factChecksAdded, 'fact-check', 'fact-checks')}.`);
  if (s.factChecksSkipped) lines.push(`Skipped ${plural(s.factChecksSkipped, 'fact-check', 'fact-checks')} already kept.`);
  if (s.pageNotes) lines.push(`Added ${plural(s.pageNotes, 'page note', 'page notes')} to pages you already had.`);
  if (s.skipped) {
    const why: string[] = [];
    if (s.reasons.duplicateId) why.push(`${s.reasons.duplicateId} already here (same id)`);
    if (s.reasons.duplicateContent) why.push(`${s.reasons.duplicateContent} already here (same page, words and note)`);
    if (s.reasons.unsupported) why.push(`${s.reasons.unsupported} not something Claimlight keeps`);
    if (s.reasons.refused) why.push(`${s.reasons.refused} refused`);
    lines.push(`Skipped ${s.skipped}: ${why.join('; ')}.`);
  }
  if (s.refused.length) {
    const more = s.refused.length - REFUSED_SHOWN;
    lines.push(`Refused: ${s.refused.slice(0, REFUSED_SHOWN).join('; ')}${more > 0 ? `; and ${plural(more, 'more', 'more')}` : ''}.`);
  }
  if (s.settingsReplaced) lines.push("Your settings were replaced by the file's.");
  return lines.join('\n');
}

export const FORMAT_NAMES: Record<string, string> = {
  'claimlight-backup': 'Claimlight backup',
  'web-annotation': 'W3C Web Annotation',
  hypothesis: 'Hypothesis',
  'claim-review': 'ClaimReview (fact-check)',
};
