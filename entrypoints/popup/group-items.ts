// How the popup lists a page's items: quotes grouped by speaker, then disputed assertions, claims
// and the reader's highlights, each group in page order.
import type { Kind } from '@/lib/model';
import { KINDS } from '@/lib/model';
import type { PageSummaryItem } from '@/lib/messaging/contract';

export interface ItemSection {
  kind: Kind;
  /** Sub-groups: one per speaker for quotes; a single unnamed group for the other kinds. */
  groups: { heading: string | null; items: PageSummaryItem[] }[];
  count: number;
}

export const UNATTRIBUTED = 'Speaker not identified';

export function countByKind(items: readonly PageSummaryItem[]): Record<Kind, number> {
  const counts: Record<Kind, number> = { quote: 0, disputed: 0, claim: 0, highlight: 0 };
  for (const i of items) counts[i.kind]++;
  return counts;
}

export function groupItems(items: readonly PageSummaryItem[]): ItemSection[] {
  const sections: ItemSection[] = [];
  for (const kind of KINDS) {
    const ofKind = items.filter((i) => i.kind === kind);
    if (!ofKind.length) continue;
    if (kind !== 'quote') {
      sections.push({ kind, groups: [{ heading: null, items: ofKind }], count: ofKind.length });
      continue;
    }
    const bySpeaker = new Map<string, PageSummaryItem[]>();
    for (const q of ofKind) {
      const who = q.speaker?.trim() || UNATTRIBUTED;
      const list = bySpeaker.get(who);
      if (list) list.push(q);
      else bySpeaker.set(who, [q]);
    }
    // Speakers by number of quotes, then by first appearance; the unattributed group last.
    const groups = [...bySpeaker.entries()]
      .map(([heading, list], order) => ({ heading, items: list, order }))
      .sort((a, b) => Number(a.heading === UNATTRIBUTED) - Number(b.heading === UNATTRIBUTED) || b.items.length - a.items.length || a.order - b.order)
      .map(({ heading, items: list }) => ({ heading, items: list }));
    sections.push({ kind, groups, count: ofKind.length });
  }
  return sections;
}
