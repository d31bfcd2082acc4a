import { describe, expect, it } from 'vitest';
import type { PageSummaryItem } from '@/lib/messaging/contract';
import { countByKind, groupItems, UNATTRIBUTED } from './group-items';
import { tabIdFromQuery } from './target-tab';

const item = (id: string, kind: PageSummaryItem['kind'], extra: Partial<PageSummaryItem> = {}): PageSummaryItem => ({
  id, kind, source: 'auto', text: `text ${id}`, speaker: null, disputedBy: null, claimant: null, reason: null,
  note: '', saved: false, orphan: false, ...extra,
});

describe('groupItems', () => {
  const items = [
    item('1', 'quote', { speaker: 'Ana Ruiz' }),
    item('2', 'claim'),
    item('3', 'quote', { speaker: 'Ben Oké' }),
    item('4', 'quote', { speaker: 'Ben Oké' }),
    item('5', 'quote'),
    item('6', 'highlight', { source: 'user', saved: true }),
    item('7', 'disputed', { disputedBy: 'the ministry' }),
  ];

  it('orders sections by kind and groups quotes by speaker (most quoted first, unattributed last)', () => {
    const s = groupItems(items);
    expect(s.map((x) => x.kind)).toEqual(['quote', 'disputed', 'claim', 'highlight']);
    expect(s[0]!.groups.map((g) => [g.heading, g.items.map((i) => i.id)])).toEqual([
      ['Ben Oké', ['3', '4']],
      ['Ana Ruiz', ['1']],
      [UNATTRIBUTED, ['5']],
    ]);
    expect(s[1]!.groups).toEqual([{ heading: null, items: [items[6]] }]);
  });

  it('counts by kind and omits empty sections', () => {
    expect(countByKind(items)).toEqual({ quote: 4, disputed: 1, claim: 1, highlight: 1 });
    expect(groupItems([item('9', 'claim')]).map((s) => s.kind)).toEqual(['claim']);
    expect(groupItems([])).toEqual([]);
  });
});

describe('tabIdFromQuery', () => {
  it('reads ?tab=<id> only when it is a tab id', () => {
    expect(tabIdFromQuery('?tab=42')).toBe(42);
    expect(tabIdFromQuery('?x=1&tab=7')).toBe(7);
    expect(tabIdFromQuery('')).toBeNull();
    expect(tabIdFromQuery('?tab=abc')).toBeNull();
    expect(tabIdFromQuery('?tab=-3')).toBeNull();
  });
});
