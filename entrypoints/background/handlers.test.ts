// The background's message handlers: the security boundary between web pages and the reader's
// data. Run with WXT's fake browser and fake-indexeddb. What a content script can do is decided
// by who sent it (the browser's sender data) and checked against what that page owns.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from '@/lib/browser';
import { browser } from '@/lib/browser';
import { DEFAULT_SETTINGS, type Annotation } from '@/lib/model';
import { sampleAnnotation } from '@/lib/export/test-samples';
import * as store from '@/lib/store';
import { useFreshDb } from '@/lib/store/test-support';
import { pageSettings } from './page-store';
import { forgetDelete } from './recent-deletes';
import { forgetTab } from './tabs';
import { contentOf, ok, refused } from './test-support';

const VICTIM = 'https://news.example/world/story';
const ATTACKER = 'https://evil.example/page';

const library: Runtime.MessageSender = { url: browser.runtime.getURL('/library.html') };
const popup: Runtime.MessageSender = { url: browser.runtime.getURL('/popup.html') };

const victimRecord = (over: Partial<Annotation> = {}) => sampleAnnotation({ id: 'victim-1', url: VICTIM, pageKey: VICTIM, note: 'private note', ...over });

let refreshed: number[];
beforeEach(async () => {
  useFreshDb();
  refreshed = [];
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (tabId: number, msg: { type: string }) => {
    if (msg.type === 'tab/refresh') refreshed.push(tabId);
    return { ok: true, data: { ok: true } };
  }) as typeof browser.tabs.sendMessage);
  await store.putAnnotations([victimRecord(), victimRecord({ id: 'victim-2', note: 'second' })]);
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const id of [1, 2, 3]) {
    forgetTab(id);
    forgetDelete(id);
  }
});

const SELECTORS = [{ type: 'TextQuoteSelector', exact: 'words', prefix: 'some ', suffix: ' here' }];
const newInput = (over: Record<string, unknown> = {}) => ({ kind: 'highlight', source: 'user', exact: 'words', selectors: SELECTORS, ...over });

describe('who may send what', () => {
  it('a web page\'s content script cannot send what only extension pages may', async () => {
    expect(await refused({ type: 'store/changed', pageKeys: null }, contentOf(2, ATTACKER))).toMatch(/Unknown message type "store\/changed" from a web page/);
    expect(await refused({ type: 'editor/init', session: '0b6f3f1e-3c1a-4f6e-9d2b-7a8c9e0f1a2b' }, contentOf(2, ATTACKER))).toMatch(/Unknown message type "editor\/init"/);
  });

  it('extension pages announce changes but do not speak for a page', async () => {
    expect(await ok({ type: 'store/changed', pageKeys: null }, library)).toBeNull();
    expect(await refused({ type: 'annotation/delete', canonical: null, ids: ['victim-1'] }, popup)).toMatch(/Unknown message type "annotation\/delete" from Claimlight's pages/);
    expect(await store.getAnnotation('victim-1')).toBeTruthy();
  });

  it('refuses senders that are not a web page\'s top frame', async () => {
    expect(await refused({ type: 'page/open', canonical: null, title: '', siteName: '' }, { url: VICTIM })).toMatch(/only answers content scripts of web pages/);
    expect(await refused({ type: 'page/open', canonical: null, title: '', siteName: '' }, { ...contentOf(1, VICTIM), frameId: 4 })).toMatch(/top frame/);
    expect(await refused({ type: 'page/open', canonical: null, title: '', siteName: '' }, contentOf(1, 'chrome://settings'))).toMatch(/cannot be annotated/);
  });
});

describe('malformed messages get a clear error', () => {
  it.each([
    ['not an object', 'hello', /Malformed message: expected an object/],
    ['null', null, /Malformed message/],
    ['an array', [1], /Malformed message/],
    ['no type', { canonical: null }, /Unknown message type undefined from a web page/],
    ['an unknown type', { type: 'delete/everything' }, /Unknown message type "delete\/everything"/],
    ['a prototype key as type', { type: '__proto__' }, /Unknown message type "__proto__"/],
    ['a wrong kind', { type: 'annotation/create', canonical: null, annotation: newInput({ kind: 'banana' }) }, /Invalid "annotation\/create" message: annotation\.kind: expected one of "quote", "disputed", "claim", "highlight", got a string/],
    ['empty words', { type: 'annotation/create', canonical: null, annotation: newInput({ exact: '  ' }) }, /annotation\.exact: must not be empty/],
    ['a bad selector', { type: 'annotation/create', canonical: null, annotation: newInput({ selectors: [{ type: 'XPath' }] }) }, /annotation\.selectors\[0\]\.type: expected one of/],
    ['positions backwards', { type: 'annotation/create', canonical: null, annotation: newInput({ selectors: [{ type: 'TextPositionSelector', start: 9, end: 2 }] }) }, /selectors\[0\]\.end: must not be before start/],
    ['an id not a string', { type: 'annotation/update', canonical: null, id: 42, patch: {} }, /id: expected a string, got a number/],
    ['a note not a string', { type: 'annotation/update', canonical: null, id: 'a', patch: { note: 5 } }, /patch\.note: expected a string/],
    ['ids not a list', { type: 'annotation/delete', canonical: null, ids: 'victim-1' }, /ids: expected an array/],
    ['a huge note', { type: 'annotation/update', canonical: null, id: 'a', patch: { note: 'x'.repeat(100_001) } }, /patch\.note: is 100,001 characters long/],
    ['a canonical not a string', { type: 'page/state', canonical: 5 }, /canonical: expected a string, got a number/],
    ['a bad session id', { type: 'editor/open', session: '1', text: '', label: 'Note' }, /session: expected a session id/],
  ])('%s', async (_name, msg, re) => {
    expect(await refused(msg, contentOf(1, VICTIM))).toMatch(re);
  });
});

describe('reads: a page gets its own annotations only', () => {
  it('page/open answers for the sender\'s page, whatever the message says', async () => {
    const mine = await ok<{ pageKey: string; annotations: Annotation[] }>({ type: 'page/open', canonical: null, title: 't', siteName: 's', pageKey: ATTACKER }, contentOf(1, VICTIM));
    expect(mine.pageKey).toBe(VICTIM);
    expect(mine.annotations.map((a) => a.id).sort()).toEqual(['victim-1', 'victim-2']);
    const theirs = await ok<{ pageKey: string; annotations: Annotation[] }>({ type: 'page/open', canonical: VICTIM, title: 't', siteName: 's' }, contentOf(2, ATTACKER));
    expect(theirs.pageKey).toBe(ATTACKER);
    expect(theirs.annotations).toEqual([]);
  });

  it('a canonical link on another port of the same host is not followed', async () => {
    const other = await ok<{ pageKey: string; annotations: Annotation[] }>({ type: 'page/state', canonical: VICTIM }, contentOf(2, 'https://news.example:8443/world/story'));
    expect(other.pageKey).toBe('https://news.example:8443/world/story');
    expect(other.annotations).toEqual([]);
  });
});

describe('writes: every one is checked against what the sender\'s page owns', () => {
  it('annotation/create saves on the sender\'s page with the sender\'s address', async () => {
    const { annotation } = await ok<{ annotation: Annotation }>(
      { type: 'annotation/create', canonical: null, annotation: { ...newInput(), pageKey: VICTIM, url: 'javascript:alert(1)' } },
      contentOf(2, ATTACKER),
    );
    expect(annotation.pageKey).toBe(ATTACKER);
    expect(annotation.url).toBe(ATTACKER);
    expect((await store.listAnnotationsByPage(VICTIM)).length).toBe(2);
  });

  it('annotation/create with another page\'s id never touches that record', async () => {
    const { annotation } = await ok<{ annotation: Annotation }>(
      { type: 'annotation/create', canonical: null, annotation: newInput({ id: 'victim-1', note: 'overwritten?', dismissed: true }) },
      contentOf(2, ATTACKER),
    );
    expect(annotation.id).not.toBe('victim-1');
    expect(annotation.pageKey).toBe(ATTACKER);
    expect(await store.getAnnotation('victim-1')).toEqual(victimRecord());
  });

  it('annotation/create with the page\'s own id is idempotent', async () => {
    const first = await ok<{ annotation: Annotation }>({ type: 'annotation/create', canonical: null, annotation: newInput({ id: 'auto-q-1@x' }) }, contentOf(1, VICTIM));
    const again = await ok<{ annotation: Annotation }>({ type: 'annotation/create', canonical: null, annotation: newInput({ id: 'auto-q-1@x', note: 'later' }) }, contentOf(3, VICTIM));
    expect(again.annotation.id).toBe(first.annotation.id);
    expect(again.annotation.note).toBe('later');
    expect((await store.listAnnotationsByPage(VICTIM)).length).toBe(3);
  });

  it('annotation/update of another page\'s record is refused and changes nothing', async () => {
    expect(await refused({ type: 'annotation/update', canonical: null, id: 'victim-1', patch: { note: 'pwned' } }, contentOf(2, ATTACKER))).toMatch(/No annotation "victim-1" on this page/);
    expect(await store.getAnnotation('victim-1')).toEqual(victimRecord());
  });

  it('annotation/delete with one foreign id among its own deletes nothing', async () => {
    await ok({ type: 'annotation/create', canonical: null, annotation: newInput({ id: 'mine' }) }, contentOf(2, ATTACKER));
    expect(await refused({ type: 'annotation/delete', canonical: null, ids: ['mine', 'victim-2'] }, contentOf(2, ATTACKER))).toMatch(/No annotation "victim-2" on this page/);
    expect(await store.getAnnotation('mine')).toBeTruthy();
    expect(await store.getAnnotation('victim-2')).toBeTruthy();
    const { deleted } = await ok<{ deleted: Annotation[] }>({ type: 'annotation/delete', canonical: null, ids: ['mine'] }, contentOf(2, ATTACKER));
    expect(deleted.map((a) => a.id)).toEqual(['mine']);
  });

  it('a delete is undone with the records it returned', async () => {
    const { deleted } = await ok<{ deleted: Annotation[] }>({ type: 'annotation/delete', canonical: null, ids: ['victim-1'] }, contentOf(1, VICTIM));
    expect(await store.getAnnotation('victim-1')).toBeUndefined();
    expect(await ok({ type: 'annotation/restore', canonical: null, annotations: deleted }, contentOf(1, VICTIM))).toEqual({ restored: 1 });
    expect(await store.getAnnotation('victim-1')).toEqual(victimRecord());
  });

  describe('annotation/restore (item 11): only what the sender\'s page owns, as full annotations', () => {
    it('refuses a record of another page', async () => {
      await store.deleteAnnotations(['victim-2']);
      const error = await refused({ type: 'annotation/restore', canonical: null, annotations: [victimRecord({ id: 'victim-2' })] }, contentOf(2, ATTACKER));
      expect(error).toMatch(/No annotation "victim-2" on this page/);
      expect(await store.getAnnotation('victim-2')).toBeUndefined();
    });

    it('refuses to overwrite another page\'s record whose id it knows', async () => {
      const forged = victimRecord({ pageKey: ATTACKER, url: ATTACKER, note: 'stolen' });
      const error = await refused({ type: 'annotation/restore', canonical: null, annotations: [forged] }, contentOf(2, ATTACKER));
      expect(error).toMatch(/No annotation "victim-1" on this page/);
      expect(await store.getAnnotation('victim-1')).toEqual(victimRecord());
    });

    it('refuses anything that is not a whole annotation', async () => {
      const error = await refused({ type: 'annotation/restore', canonical: null, annotations: [{ id: 'new-1', pageKey: ATTACKER }] }, contentOf(2, ATTACKER));
      expect(error).toMatch(/Invalid "annotation\/restore" message: annotations\[0\]\.url: expected a string, got nothing/);
      expect(await store.getAnnotation('new-1')).toBeUndefined();
    });

    it('refuses a record with a javascript: address', async () => {
      const bad = victimRecord({ id: 'new-2', pageKey: ATTACKER, url: 'javascript:alert(1)' });
      expect(await refused({ type: 'annotation/restore', canonical: null, annotations: [bad] }, contentOf(2, ATTACKER))).toMatch(/annotations\[0\]\.url: javascript: addresses are not accepted/);
      expect(await store.getAnnotation('new-2')).toBeUndefined();
    });
  });

  it('a write tells the other tabs showing the page to repaint, not the writer nor other pages', async () => {
    await ok({ type: 'page/open', canonical: null, title: '', siteName: '' }, contentOf(1, VICTIM));
    await ok({ type: 'page/open', canonical: null, title: '', siteName: '' }, contentOf(2, ATTACKER));
    await ok({ type: 'page/open', canonical: null, title: '', siteName: '' }, contentOf(3, VICTIM));
    await ok({ type: 'annotation/update', canonical: null, id: 'victim-1', patch: { note: 'edited' } }, contentOf(1, VICTIM));
    await vi.waitFor(() => expect(refreshed).toEqual([3]));
    expect((await store.getAnnotation('victim-1'))?.note).toBe('edited');
  });
});

describe('analysis', () => {
  it('analysis/run answers with findings as offsets into the text', async () => {
    const text = '"We will not back down," said Jane Doe.';
    const { findings, ids } = await ok<{ findings: { kind: string; start: number; end: number }[]; ids: string[] }>(
      { type: 'analysis/run', input: { text, blocks: `p0,${text.length}` } },
      contentOf(1, VICTIM),
    );
    expect(findings.some((f) => f.kind === 'quote' && text.slice(f.start, f.end).includes('We will not back down'))).toBe(true);
    expect(ids).toHaveLength(findings.length);
    expect(ids.every((id) => id.startsWith('auto-'))).toBe(true);
  });
});

describe('undo from the popup (item 2): the last delete made through a tab', () => {
  it('is offered for that tab until undone, and only for the page it was made on', async () => {
    await ok({ type: 'page/open', canonical: null, title: '', siteName: '' }, contentOf(1, VICTIM));
    const { deleted } = await ok<{ deleted: Annotation[] }>({ type: 'annotation/delete', canonical: null, ids: ['victim-1'] }, contentOf(1, VICTIM));
    expect(await ok({ type: 'undo/last', tabId: 1 }, popup)).toMatchObject({ records: deleted });
    expect(await ok({ type: 'undo/last', tabId: 2 }, popup)).toBeNull();
    // A web page cannot ask for it.
    expect(await refused({ type: 'undo/last', tabId: 1 }, contentOf(2, ATTACKER))).toMatch(/Unknown message type "undo\/last" from a web page/);
    await ok({ type: 'annotation/restore', canonical: null, annotations: deleted }, contentOf(1, VICTIM));
    expect(await ok({ type: 'undo/last', tabId: 1 }, popup)).toBeNull();

    await ok({ type: 'annotation/delete', canonical: null, ids: ['victim-2'] }, contentOf(1, VICTIM));
    expect(await ok({ type: 'undo/last', tabId: 1 }, popup)).not.toBeNull();
    // The tab moved on to another page: that page's script could not put the records back.
    await ok({ type: 'page/open', canonical: null, title: '', siteName: '' }, contentOf(1, ATTACKER));
    expect(await ok({ type: 'undo/last', tabId: 1 }, popup)).toBeNull();
  });
});

describe('corrections (issue 13): a page patches only the records it owns', () => {
  it('annotation/update corrects who said it on the page\'s own record; the store keeps what the analysis said', async () => {
    await store.putAnnotations([victimRecord({ id: 'auto-q', source: 'auto', kind: 'quote', speaker: 'Mr Doe' })]);
    const { annotation } = await ok<{ annotation: Annotation }>({ type: 'annotation/update', canonical: null, id: 'auto-q', patch: { speaker: ' Jane  Doe ' } }, contentOf(1, VICTIM));
    expect(annotation).toMatchObject({ speaker: 'Jane Doe', originalSpeaker: 'Mr Doe' });
  });

  it('refuses to correct or dismiss another page\'s record, and changes nothing', async () => {
    await store.putAnnotations([victimRecord({ id: 'auto-d', source: 'auto', kind: 'disputed', disputedBy: 'The ministry' })]);
    const before = await store.getAnnotation('auto-d');
    expect(await refused({ type: 'annotation/update', canonical: null, id: 'auto-d', patch: { disputedBy: 'Nobody' } }, contentOf(2, ATTACKER))).toMatch(/No annotation "auto-d" on this page/);
    expect(await refused({ type: 'annotation/update', canonical: VICTIM, id: 'auto-d', patch: { dismissed: true } }, contentOf(2, ATTACKER))).toMatch(/No annotation "auto-d" on this page/);
    expect(await store.getAnnotation('auto-d')).toEqual(before);
  });

  it.each([
    ['a speaker not a string', { type: 'annotation/update', canonical: null, id: 'a', patch: { speaker: 5 } }, /patch\.speaker: expected a string/],
    ['a huge disputer', { type: 'annotation/update', canonical: null, id: 'a', patch: { disputedBy: 'x'.repeat(501) } }, /patch\.disputedBy: is 501 characters long/],
    ['an empty alias', { type: 'alias/add', from: ' ', to: 'X' }, /from: must not be empty/],
    ['an alias without its name', { type: 'alias/add', from: 'Mr X' }, /to: expected a string, got nothing/],
  ])('refuses %s', async (_name, msg, re) => {
    expect(await refused(msg, contentOf(1, VICTIM))).toMatch(re);
  });
});

describe('the reader\'s aliases and reading memory never reach a page', () => {
  it('pageSettings leaves the reader’s aliases and reading-memory choices out of what a page gets', () => {
    const s = { ...DEFAULT_SETTINGS, aliases: [{ from: 'Mr X', to: 'Xavier Y' }], rememberReading: true, readingRetentionDays: 90 };
    const page = pageSettings(s);
    expect(page).not.toHaveProperty('aliases');
    expect(page).not.toHaveProperty('rememberReading');
    expect(page).not.toHaveProperty('readingRetentionDays');
    expect(page).toEqual({ autoAnalyze: true, disabledSites: [], enabledSites: [], showKinds: s.showKinds, colors: s.colors });
  });

  it('alias/add is kept for later analyses, and no answer to a page carries it', async () => {
    expect(await ok({ type: 'alias/add', from: 'Mr Doe', to: 'Jane Doe' }, contentOf(1, VICTIM))).toBeNull();
    expect((await store.getSettings()).aliases).toEqual([{ from: 'Mr Doe', to: 'Jane Doe' }]);
    await store.saveSettings({ rememberReading: true, readingRetentionDays: 90 });
    for (const msg of [{ type: 'page/open', canonical: null, title: '', siteName: '' }, { type: 'page/state', canonical: null }]) {
      const state = await ok<{ settings: object }>(msg, contentOf(2, ATTACKER));
      expect(JSON.stringify(state)).not.toMatch(/Jane Doe|Mr Doe|aliases|rememberReading|readingRetentionDays/);
    }
    // The analysis applies it (the page gets the reader's name on the finding, not the list).
    const text = '"We will not back down," said Mr Doe.';
    const { findings } = await ok<{ findings: { kind: string; speaker: string | null }[] }>({ type: 'analysis/run', input: { text, blocks: `p0,${text.length}` } }, contentOf(1, VICTIM));
    expect(findings.find((f) => f.kind === 'quote')?.speaker).toBe('Jane Doe');
  });

  it('analysis/run remembers the page\'s findings only when the reader turned reading memory on', async () => {
    const text = '"We will not back down," said Jane Doe.';
    const run = () => ok({ type: 'analysis/run', input: { text, blocks: `p0,${text.length}` }, canonical: null }, contentOf(1, VICTIM));
    await run();
    expect(await store.countReadings()).toBe(0);
    await store.saveSettings({ rememberReading: true });
    await run();
    expect(await store.countReadings()).toBeGreaterThan(0);
  });
});
