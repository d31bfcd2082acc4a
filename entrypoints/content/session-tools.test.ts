// The page session as the UI and the page tools see it: the core's session with the reader's
// actions bound to it in the interactive bundle (the core carries no code for them).
import { describe, expect, it, vi } from 'vitest';
import type { SessionOps } from './actions';
import type { PageItem } from './items';
import type { CoreSession } from './session-api';

const calls: string[] = [];
vi.mock('./actions', () => ({
  keep: async (ops: SessionOps, id: string, patch: object) => (calls.push(`keep ${ops.pageKey()} ${id} ${JSON.stringify(patch)}`), { id: `${id}@p` }),
  remove: async (ops: SessionOps, id: string) => (calls.push(`remove ${ops.pageKey()} ${id}`), []),
  restore: async (ops: SessionOps, records: object[]) => void calls.push(`restore ${ops.pageKey()} ${records.length}`),
  createFromSelection: async (ops: SessionOps, action: string, note: string) => (calls.push(`create ${ops.pageKey()} ${action} "${note}"`), { ok: true }),
  reveal: (id: string) => (calls.push(`reveal ${id}`), true),
}));

const { sessionTools } = await import('./session-tools');

const item = (id: string): PageItem => ({
  id, kind: 'quote', source: 'auto', text: 't', speaker: null, disputedBy: null, claimant: null, reason: 'r', note: '', saved: false, orphan: false,
  annotation: null, finding: { kind: 'quote', start: 0, end: 1, text: 't', reason: 'r' } as PageItem['finding'],
});

function core(pageKey: string): CoreSession & { items: PageItem[] } {
  const s = {
    items: [item('a')],
    get currentItems() {
      return s.items;
    },
    ops: { pageKey: () => pageKey } as SessionOps,
    analyse: async () => void calls.push('analyse'),
    repaint: async () => void calls.push('repaint'),
    setVisible: async (kind: string, visible: boolean) => void calls.push(`visible ${kind} ${visible}`),
    paintNow: async (id: string) => void calls.push(`paintNow ${id}`),
    state: () => ({ pageKey, url: '', title: '', analysed: true, isArticle: true, visible: { quote: true, disputed: true, claim: true, highlight: true }, items: [] }),
  };
  return s;
}

describe('sessionTools', () => {
  it("runs the reader's actions on the session's own ops", async () => {
    calls.length = 0;
    const tools = sessionTools(core('page-1'));
    expect(await tools.keep('q1', { note: 'n' })).toEqual({ id: 'q1@p' });
    await tools.remove('q1@p');
    await tools.restore([]);
    await tools.createFromSelection('note');
    expect(calls).toEqual(['keep page-1 q1 {"note":"n"}', 'remove page-1 q1@p', 'restore page-1 0', 'create page-1 note ""']);
  });

  it('paints an item waiting for the viewport before it reveals it', async () => {
    calls.length = 0;
    expect(await sessionTools(core('p')).reveal('a')).toBe(true);
    expect(calls).toEqual(['paintNow a', 'reveal a']);
  });

  it("reads the session's current items, and sums one up without its record or finding", () => {
    const s = core('p');
    const tools = sessionTools(s);
    s.items = [item('b')];
    expect(tools.currentItems.map((i) => i.id)).toEqual(['b']);
    const summary = tools.summary('b');
    expect(summary).toMatchObject({ id: 'b', kind: 'quote', text: 't' });
    expect(summary).not.toHaveProperty('annotation');
    expect(summary).not.toHaveProperty('finding');
    expect(tools.summary('gone')).toBeNull();
  });
});
