// The text "Copy" puts on the clipboard: the words with who said or disputes them, and the page.
import type { PageSummaryItem } from '@/lib/messaging/contract';

export type AttributableItem = Pick<PageSummaryItem, 'kind' | 'text' | 'speaker' | 'disputedBy' | 'claimant'>;

export interface PageRef {
  title: string;
  url: string;
}

const QUOTE_MARKS = /^[\s"'“”‘’«»„]+|[\s"'“”‘’«»„]+$/g;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * `“<quote>” — <speaker>, <title> <url>` for attributed quotes; `<text> — claimed by C, disputed by D,
 * <title> <url>` for disputed assertions; `<text> — <title> <url>` otherwise.
 */
export function attributionText(item: AttributableItem, page: PageRef): string {
  const source = [oneLine(page.title), page.url].filter(Boolean).join(' ');
  const text = oneLine(item.text);
  if (item.kind === 'quote' && item.speaker) {
    return `“${text.replace(QUOTE_MARKS, '')}” — ${oneLine(item.speaker)}${source ? `, ${source}` : ''}`;
  }
  const who: string[] = [];
  if (item.claimant) who.push(`claimed by ${oneLine(item.claimant)}`);
  if (item.disputedBy) who.push(`disputed by ${oneLine(item.disputedBy)}`);
  const parts = [...who, source].filter(Boolean).join(', ');
  return parts ? `${text} — ${parts}` : text;
}
