// @vitest-environment happy-dom
// Keeping an auto-finding while the page is being repainted: the save path never reports a save it
// did not make, and never saves other words than the finding's.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation, Finding } from '@/lib/model';
import type { ArticleExtract } from '@/lib/article';
import { buildTextMap } from '@/lib/dom/text-map';

/** Paint `words` (inside one text node) as a mark of `id`, as the painter does. */
function markRanges(root: HTMLElement, words: string, id: string): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(words);
    if (at < 0) continue;
    const middle = n.splitText(at);
    middle.splitText(words.length);
    const mark = document.createElement('mark');
    mark.className = 'claimlight-mark';
    mark.setAttribute('data-claimlight-id', id);
    middle.replaceWith(mark);
    mark.append(middle);
    return;
  }
  throw new Error(`no text node holds ${words}`);
}

const sent: { type: string; payload: Record<string, unknown> }[] = [];
vi.mock('@/lib/messaging/client', () => ({
  sendToBackground: async (type: string, payload: Record<string, unknown>) => {
    sent.push({ type, payload });
    const at = 1_700_000_000_000;
    if (type === 'annotation/create') {
      const input = payload.annotation as Record<string, unknown>;
      return { annotation: { pageKey: 'page', url: location.href, title: '', color: null, createdAt: at, updatedAt: at, ...input } };
    }
    if (type === 'annotation/update') return { annotation: { ...stored(payload.id as string), ...(payload.patch as object), updatedAt: at + 1 } };
    throw new Error(`unexpected ${type}`);
  },
}));

const { keep } = await import('./actions');
const { itemFromAnnotation, itemFromFinding, stableHash } = await import('./items');
type Ops = Parameters<typeof keep>[0];

const QUOTE = 'we will exchange 175 prisoners of war each on Wednesday';
const PAGE = `<article><h1>Talks</h1><p>The minister said: “${QUOTE},” and left.</p><p>Another paragraph follows here.</p></article>`;

let finding: Finding;
let saved: Annotation[];
const stored = (id: string) => saved.find((a) => a.id === id) ?? { id };

/** The session as the actions see it: its items, and its article model made from the page now. */
function session(items = [itemFromFinding(finding, 'q1')]): Ops {
  return {
    canonical: () => null,
    pageKey: () => 'page',
    items: () => items,
    article: async () => {
      const map = buildTextMap(document.body);
      return { root: document.body, map, input: { text: map.text, blocks: [], title: '' } } satisfies ArticleExtract;
    },
    addSaved: (a) => void saved.push(a),
    replaceSaved: () => undefined,
    removeSaved: (id) => void (saved = saved.filter((a) => a.id !== id)),
    repaint: async () => undefined,
    refresh: async () => undefined,
  };
}

beforeEach(() => {
  sent.length = 0;
  saved = [];
  document.body.innerHTML = PAGE;
  const text = buildTextMap(document.body).text;
  const start = text.indexOf(QUOTE);
  finding = { kind: 'quote', start, end: start + QUOTE.length, text: QUOTE, speaker: 'The minister', reason: 'Said by the minister', confidence: 0.9 };
});

const created = () => sent.filter((m) => m.type === 'annotation/create').map((m) => m.payload.annotation as { id: string; exact: string; note: string });

describe('keep an auto-finding', () => {
  it('saves the finding from its marks when they are painted', async () => {
    markRanges(document.body, QUOTE, 'q1');
    const a = await keep(session(), 'q1', { note: 'first' });
    expect(created()).toMatchObject([{ id: `q1@${stableHash('page')}`, exact: QUOTE, note: 'first' }]);
    expect(a?.id).toBe(`q1@${stableHash('page')}`);
  });

  it('saves it while a repaint has erased its marks and not painted them again yet', async () => {
    // Before: no marks meant "nothing to save" — answered as a success, and nothing was saved.
    const a = await keep(session(), 'q1', { note: 'mid-repaint' });
    expect(a).not.toBeNull();
    expect(created()).toMatchObject([{ exact: QUOTE, note: 'mid-repaint' }]);
    expect(a?.exact).toBe(QUOTE);
  });

  it('never saves the words of a half-painted finding: only its whole text', async () => {
    markRanges(document.body, 'we will exchange 175', 'q1'); // the rest not painted yet
    await keep(session(), 'q1', { note: 'half' });
    expect(created().map((c) => c.exact)).toEqual([QUOTE]);
  });

  it('saves nothing, and says so (null), when the words are no longer in the page', async () => {
    document.body.innerHTML = '<article><p>The page was replaced by another story.</p></article>';
    expect(await keep(session(), 'q1', { note: 'gone' })).toBeNull();
    expect(sent).toEqual([]);
  });

  it('changes the record of a finding saved by a request whose answer was lost, once the page lists it', async () => {
    const id = `q1@${stableHash('page')}`;
    const record = { id, pageKey: 'page', url: '', title: '', kind: 'quote', source: 'auto', exact: QUOTE, selectors: [], note: 'lost answer', tags: [], color: null, speaker: null, disputedBy: null, claimant: null, reason: null, dismissed: false, createdAt: 1, updatedAt: 1 } satisfies Annotation;
    saved = [record];
    // The popup still names the finding by its own id; the refreshed page lists it under its record's.
    const a = await keep(session([itemFromAnnotation(record, false)]), 'q1', { note: 'next' });
    expect(sent.map((m) => [m.type, m.payload.id])).toEqual([['annotation/update', id]]);
    expect(a?.note).toBe('next');
  });

  it('updates the record it just saved even before the page lists it under the new id', async () => {
    const ops = session();
    const first = await keep(ops, 'q1', { note: 'one' });
    // The repaint after the save was cancelled by a newer one: the items still show the finding.
    const again = await keep(ops, 'q1', { note: 'two' });
    expect(sent.map((m) => m.type)).toEqual(['annotation/create', 'annotation/update']);
    expect(sent[1]!.payload.id).toBe(first!.id);
    expect(again?.note).toBe('two');
  });
});
