import { describe, expect, it } from 'vitest';
import type { Annotation } from '@/lib/model';
import { dayEnd, dayStart, EMPTY_FILTERS, isFiltered, toSearchQuery } from './filters';
import { pageRows } from './page-rows';

const ann = (id: string, pageKey: string, updatedAt: number): Annotation => ({
  id, pageKey, url: `https://www.${pageKey}.example/a`, title: `Title ${pageKey}`, kind: 'quote', source: 'auto', exact: id,
  selectors: [], note: '', tags: [], color: null, speaker: null, disputedBy: null, claimant: null, reason: null,
  dismissed: false, createdAt: 0, updatedAt,
});

describe('toSearchQuery', () => {
  it('passes only the filters that are set', () => {
    expect(toSearchQuery(EMPTY_FILTERS, 100)).toEqual({ limit: 100 });
    expect(isFiltered(EMPTY_FILTERS)).toBe(false);
    const f = { text: '  prisoners ', kind: 'claim' as const, site: 'news.example', from: '2026-01-02', to: '2026-01-02', note: 'with' as const, tag: 'war' };
    const q = toSearchQuery(f, 50);
    expect(q).toMatchObject({ limit: 50, text: 'prisoners', kinds: ['claim'], site: 'news.example', hasNote: true, tag: 'war' });
    expect(q.since).toBe(new Date(2026, 0, 2).getTime());
    expect(q.until).toBe(new Date(2026, 0, 3).getTime() - 1);
    expect(toSearchQuery({ ...EMPTY_FILTERS, note: 'without' }, 1).hasNote).toBe(false);
  });

  it('ignores malformed dates', () => {
    expect(dayStart('2026-13-45x')).toBeUndefined();
    expect(dayEnd('')).toBeUndefined();
  });
});

describe('pageRows', () => {
  it('groups results by page, in order of first appearance, with a heading per page', () => {
    const rows = pageRows([ann('a', 'p1', 30), ann('b', 'p2', 20), ann('c', 'p1', 10)]);
    expect(rows.map((r) => (r.type === 'page' ? `#${r.pageKey}:${r.count}` : r.type === 'annotation' ? r.annotation.id : ''))).toEqual(['#p1:2', 'a', 'c', '#p2:1', 'b']);
    const head = rows[0]!;
    expect(head.type === 'page' && head.site).toBe('p1.example');
    expect(head.type === 'page' && head.updatedAt).toBe(30);
    expect(pageRows([])).toEqual([]);
  });

  it('lists a matching page note first under its page, and orders pages by their newest change', () => {
    const note = { pageKey: 'p2', url: 'https://p2.example/x', title: 'P2', siteName: 'p2.example', note: 'n', firstSeen: 1, lastSeen: 2, noteUpdatedAt: 40 };
    const rows = pageRows([ann('a', 'p1', 30), ann('b', 'p2', 20)], [note, { ...note, pageKey: 'p3', noteUpdatedAt: 5 }]);
    expect(rows.map((r) => (r.type === 'page' ? `#${r.pageKey}:${r.count}${r.hasNote ? '+note' : ''}` : r.type === 'pagenote' ? `note:${r.page.pageKey}` : r.annotation.id))).toEqual([
      '#p2:1+note', 'note:p2', 'b', '#p1:1', 'a', '#p3:0+note', 'note:p3',
    ]);
  });
});
