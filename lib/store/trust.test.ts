// What the reader corrects stays corrected; what the reader dismisses or deletes is gone; reading
// memory holds only what the analysis found, and only while the reader wants it.
import type { Annotation, Finding } from '../model';
import {
  createAnnotation,
  deleteAnnotations,
  dumpStore,
  getAnnotation,
  getDb,
  getPage,
  listDisputed,
  listQuotesBySpeaker,
  listSites,
  listSpeakers,
  listTags,
  pruneReadings,
  rememberFindings,
  restoreAnnotations,
  saveSettings,
  searchAnnotations,
  searchPageNotes,
  setPageNote,
  clearReadings,
  countReadings,
  updateAnnotation,
} from './index';
import { MAX_READINGS_PER_PAGE } from './readings';
import { useFreshDb } from './test-support';

const page = { pageKey: 'https://news.example/a', url: 'https://news.example/a', title: 'A story' };
const visit = { ...page, siteName: 'news.example' };
const DAY = 24 * 60 * 60 * 1000;

beforeEach(() => {
  useFreshDb();
});

const quote = (over: Partial<Annotation> = {}) =>
  createAnnotation({ ...page, kind: 'quote', source: 'auto', exact: 'We will not back down', speaker: 'Jane Doe', reason: 'Said by Jane Doe', ...over });

const finding = (over: Partial<Finding>): Finding => ({ kind: 'quote', start: 0, end: 1, text: 'x', reason: 'because', confidence: 0.9, ...over });

describe('correcting who said it', () => {
  it('keeps what the analysis said the first time, tidies the name, and forgets it when put back', async () => {
    const a = await quote();
    const once = await updateAnnotation(a.id, { speaker: '  Janet   Doe ' });
    expect(once).toMatchObject({ speaker: 'Janet Doe', originalSpeaker: 'Jane Doe' });
    const twice = await updateAnnotation(a.id, { speaker: 'J. Doe' });
    expect(twice).toMatchObject({ speaker: 'J. Doe', originalSpeaker: 'Jane Doe' });
    const back = await updateAnnotation(a.id, { speaker: 'Jane Doe' });
    expect(back.speaker).toBe('Jane Doe');
    expect('originalSpeaker' in back).toBe(false);
    expect((await getAnnotation(a.id))?.originalSpeaker).toBeUndefined();
  });

  it('records a name given where the analysis found none (original null), and clearing one', async () => {
    const a = await createAnnotation({ ...page, kind: 'disputed', source: 'auto', exact: 'Crime fell', disputedBy: null });
    expect(await updateAnnotation(a.id, { disputedBy: 'The auditor' })).toMatchObject({ disputedBy: 'The auditor', originalDisputedBy: null });
    const b = await quote({ exact: 'Another' });
    expect(await updateAnnotation(b.id, { speaker: '' })).toMatchObject({ speaker: null, originalSpeaker: 'Jane Doe' });
  });

  it('never marks the reader’s own annotations as corrected', async () => {
    const mine = await createAnnotation({ ...page, kind: 'quote', source: 'user', exact: 'Mine' });
    const named = await updateAnnotation(mine.id, { speaker: 'Ann Lee' });
    expect(named.speaker).toBe('Ann Lee');
    expect(named.originalSpeaker).toBeUndefined();
  });

  it('shows the corrected name in who said what and in search, not the old one', async () => {
    const a = await quote();
    await updateAnnotation(a.id, { speaker: 'Janet Doe' });
    expect((await listSpeakers()).map((s) => s.speaker)).toEqual(['Janet Doe']);
    expect((await listQuotesBySpeaker('Janet Doe')).map((q) => q.id)).toEqual([a.id]);
    expect((await searchAnnotations({ text: 'janet' })).items.map((q) => q.id)).toEqual([a.id]);
  });
});

describe('dismissed means gone', () => {
  it('leaves dismissed findings out of tags, sites and searches, and lists them on their own', async () => {
    const kept = await quote({ tags: ['econ'] });
    const gone = await createAnnotation({ ...page, pageKey: 'https://other.example/x', url: 'https://other.example/x', kind: 'claim', source: 'auto', exact: 'Wrong', tags: ['rumour'] });
    await updateAnnotation(gone.id, { dismissed: true });
    expect(await listTags()).toEqual([{ tag: 'econ', count: 1 }]);
    expect((await listSites()).map((s) => s.site)).toEqual(['news.example']);
    expect((await searchAnnotations({})).items.map((a) => a.id)).toEqual([kept.id]);
    expect((await searchAnnotations({ onlyDismissed: true })).items.map((a) => a.id)).toEqual([gone.id]);
    // Restoring it brings it back everywhere.
    await updateAnnotation(gone.id, { dismissed: false });
    expect((await searchAnnotations({ onlyDismissed: true })).items).toEqual([]);
    expect((await listSites()).map((s) => s.site).sort()).toEqual(['news.example', 'other.example']);
  });
});

describe('delete leaves nothing behind', () => {
  it('removes the page record once its last annotation goes, and undo brings both back', async () => {
    const a = await quote();
    const b = await quote({ exact: 'Second' });
    await deleteAnnotations([a.id]);
    expect(await getPage(page.pageKey)).toBeDefined();
    const deleted = await deleteAnnotations([b.id]);
    expect(await getPage(page.pageKey)).toBeUndefined();
    expect(await dumpStore()).toMatchObject({ annotations: [], pages: [] });
    expect(await listSites()).toEqual([]);
    await restoreAnnotations(deleted);
    expect(await getPage(page.pageKey)).toMatchObject({ url: page.url, title: page.title, siteName: 'news.example' });
  });

  it('keeps a page that still has a page note', async () => {
    const a = await quote();
    await setPageNote(page.pageKey, 'Read again', visit);
    await deleteAnnotations([a.id]);
    expect((await getPage(page.pageKey))?.note).toBe('Read again');
    expect((await listSites()).map((s) => [s.site, s.annotations])).toEqual([['news.example', 1]]);
  });
});

describe('page notes', () => {
  it('are found by their words, site and date, and never by annotation-only filters', async () => {
    await setPageNote(page.pageKey, 'Compare with the Kremlin readout', visit, 5000);
    await setPageNote('https://other.example/b', 'Nothing here', { url: 'https://other.example/b', title: 'B', siteName: 'other.example' }, 6000);
    expect((await searchPageNotes({ text: 'kremlin' })).map((p) => p.pageKey)).toEqual([page.pageKey]);
    expect((await searchPageNotes({})).map((p) => p.pageKey)).toEqual(['https://other.example/b', page.pageKey]);
    expect((await searchPageNotes({ site: 'news.example' })).map((p) => p.pageKey)).toEqual([page.pageKey]);
    expect(await searchPageNotes({ since: 5500 })).toHaveLength(1);
    expect(await searchPageNotes({ kinds: ['quote'] })).toEqual([]);
    expect(await searchPageNotes({ tag: 'x' })).toEqual([]);
    expect(await searchPageNotes({ hasNote: false })).toEqual([]);
  });
});

describe('reading memory', () => {
  const read = (findings: Finding[], now = Date.now(), days = 30) => rememberFindings(visit, findings, days, now);

  it('joins kept quotes in "everything read" without counting one finding twice', async () => {
    const kept = await quote();
    await read([
      finding({ text: 'We will  not back down', speaker: 'Jane Doe' }), // the kept one, spaced differently
      finding({ text: 'Another day', speaker: 'Jane Doe' }),
      finding({ kind: 'disputed', text: 'Crime fell', disputedBy: 'Auditor' }),
      finding({ kind: 'claim', text: '20% more' }),
    ]);
    expect(await countReadings()).toBe(4);
    expect(await listSpeakers('kept')).toMatchObject([{ speaker: 'Jane Doe', quotes: 1 }]);
    expect(await listSpeakers('read')).toMatchObject([{ speaker: 'Jane Doe', quotes: 2 }]);
    const both = await listQuotesBySpeaker('Jane Doe', 'read');
    expect(both.map((a) => a.exact).sort()).toEqual(['Another day', 'We will not back down']);
    expect(both.find((a) => a.id !== kept.id)).toMatchObject({ remembered: true, source: 'auto', note: '' });
    expect((await listDisputed({ scope: 'read' })).map((a) => a.exact)).toEqual(['Crime fell']);
    expect(await listDisputed()).toEqual([]);
    // Never part of the reader's own annotations, searches or backups.
    expect((await searchAnnotations({})).items.map((a) => a.id)).toEqual([kept.id]);
    expect((await dumpStore()).annotations.map((a) => a.id)).toEqual([kept.id]);
  });

  it('forgets a finding the reader dismisses, and never remembers it again', async () => {
    await read([finding({ text: 'Wrong one', speaker: 'Ann Lee' })]);
    const a = await quote({ exact: 'Wrong one', speaker: 'Ann Lee' });
    await updateAnnotation(a.id, { dismissed: true });
    expect(await countReadings()).toBe(0);
    await read([finding({ text: 'Wrong one', speaker: 'Ann Lee' })]);
    expect(await countReadings()).toBe(0);
    expect(await listSpeakers('read')).toEqual([]);
  });

  it('keeps a corrected name over what was remembered', async () => {
    await read([finding({ text: 'We will not back down', speaker: 'Jane Doe' })]);
    const a = await quote();
    await updateAnnotation(a.id, { speaker: 'Janet Doe' });
    expect((await listSpeakers('read')).map((s) => s.speaker)).toEqual(['Janet Doe']);
  });

  it('replaces a page’s memory on the next read, drops what is past the retention period, wipes on request', async () => {
    await read([finding({ text: 'Old', speaker: 'Ann Lee' })], 1 * DAY);
    await rememberFindings({ ...visit, pageKey: 'https://news.example/b', url: 'https://news.example/b' }, [finding({ text: 'B', speaker: 'Bo Chan' })], 30, 2 * DAY);
    await read([finding({ text: 'New', speaker: 'Ann Lee' })], 3 * DAY);
    expect((await getDb().readings.toArray()).map((r) => r.text).sort()).toEqual(['B', 'New']);
    expect(await pruneReadings(30, 32.5 * DAY)).toBe(1);
    expect((await getDb().readings.toArray()).map((r) => r.text)).toEqual(['New']);
    // Past the retention period a record is not shown, even before it is pruned.
    await read([finding({ text: 'Ten days ago', speaker: 'Ann Lee' })], Date.now() - 10 * DAY);
    expect((await listSpeakers('read')).map((s) => s.speaker)).toEqual(['Ann Lee']);
    await saveSettings({ readingRetentionDays: 7 });
    expect(await listSpeakers('read')).toEqual([]);
    await clearReadings();
    expect(await countReadings()).toBe(0);
  });

  it('keeps at most a bounded number per page, quotes and disputed first', async () => {
    const many = Array.from({ length: MAX_READINGS_PER_PAGE + 50 }, (_, i) => finding({ kind: 'claim', text: `claim ${i}` }));
    await read([...many, finding({ text: 'A quote', speaker: 'Ann Lee' })]);
    expect(await countReadings()).toBe(MAX_READINGS_PER_PAGE);
    expect(await getDb().readings.where('kind').equals('quote').count()).toBe(1);
  });
});
