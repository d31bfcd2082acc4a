// The message schemas (one per direction) and replies. The background's own directions are tested
// through its handlers (entrypoints/background/handlers.test.ts, editor.test.ts).
import { describe, expect, it } from 'vitest';
import { errorReply, okReply, unwrap } from './contract';
import { fromContent } from './from-content';
import { fromNoteFrame } from './from-note-frame';
import { dispatch, isTypeOf, parseAs, typeOf, type Handlers } from './schema';
import { editorEvents, toContent } from './to-content';
import type { TabResponses } from './contract';

const SESSION = '0b6f3f1e-3c1a-4f6e-9d2b-7a8c9e0f1a2b';

describe('background/popup → content script', () => {
  it('knows its own message types and nothing else', () => {
    expect(typeOf(toContent, { type: 'tab/command', action: 'claim' })).toBe('tab/command');
    expect(typeOf(toContent, { type: 'whatever' })).toBeNull();
    expect(typeOf(toContent, { type: 'annotation/delete', ids: ['x'] })).toBeNull();
    expect(typeOf(toContent, { type: 'editor/cancel', session: SESSION })).toBeNull();
    expect(typeOf(toContent, { type: 'toString' })).toBeNull();
    expect(typeOf(toContent, 'tab/state')).toBeNull();
    expect(typeOf(toContent, null)).toBeNull();
  });

  it('checks each message in full and yields it typed', () => {
    expect(parseAs(toContent, 'tab/visibility', { type: 'tab/visibility', kind: 'all', visible: false, extra: 1 })).toEqual({ type: 'tab/visibility', kind: 'all', visible: false });
    expect(parseAs(toContent, 'tab/update', { type: 'tab/update', id: 'a', patch: { note: 'n', kind: 'claim' } })).toEqual({ type: 'tab/update', id: 'a', patch: { note: 'n', kind: 'claim' } });
    expect(() => parseAs(toContent, 'tab/visibility', { kind: 'rumour', visible: true })).toThrow('Invalid "tab/visibility" message: kind: expected one of');
    expect(() => parseAs(toContent, 'tab/command', { action: 'delete' })).toThrow(/action: expected one of "highlight", "note", "quote", "disputed", "claim"/);
    expect(() => parseAs(toContent, 'tab/restore', { annotations: ['x'] })).toThrow('annotations[0]: expected an object, got a string');
    expect(() => parseAs(toContent, 'tab/update', { id: 'a', patch: { dismissed: 'yes' } })).toThrow('patch.dismissed: expected true or false');
    // The reader's corrections of who said or disputes it.
    expect(parseAs(toContent, 'tab/update', { id: 'a', patch: { speaker: 'Jane Doe', disputedBy: null } })).toEqual({ type: 'tab/update', id: 'a', patch: { speaker: 'Jane Doe', disputedBy: null } });
    expect(() => parseAs(toContent, 'tab/update', { id: 'a', patch: { speaker: 5 } })).toThrow('patch.speaker: expected a string, got a number');
    expect(() => parseAs(toContent, 'tab/update', { id: 'a', patch: { disputedBy: 'x'.repeat(501) } })).toThrow('patch.disputedBy: is 501 characters long');
  });

  it('dispatches to the handler of the message\'s type', async () => {
    const seen: string[] = [];
    const state = { pageKey: null, url: '', title: '', analysed: false, isArticle: false, visible: { quote: true, disputed: true, claim: true, highlight: true }, items: [] };
    const handlers: Handlers<typeof toContent, TabResponses, string> = {
      'tab/state': (_m, ctx) => (seen.push(ctx), state),
      'tab/reveal': (m) => ({ found: m.id === 'x' }),
      'tab/analyze': () => state,
      'tab/visibility': () => state,
      'tab/refresh': () => ({ ok: true }),
      'tab/update': (m) => ({ item: null, id: m.id }),
      'tab/delete': () => ({ deleted: [] }),
      'tab/restore': () => ({ ok: true }),
      'tab/command': (m) => ({ ok: m.action === 'note' }),
    };
    expect(await dispatch(toContent, handlers, { type: 'tab/reveal', id: 'x' }, 'ctx', 'test')).toEqual({ found: true });
    expect(await dispatch(toContent, handlers, { type: 'tab/state' }, 'ctx', 'test')).toBe(state);
    expect(seen).toEqual(['ctx']);
    await expect(dispatch(toContent, handlers, { type: 'tab/nope' }, 'ctx', 'the test')).rejects.toThrow('Unknown message type "tab/nope" from the test.');
    await expect(dispatch(toContent, handlers, { type: 'tab/reveal', id: 5 }, 'ctx', 'test')).rejects.toThrow('Invalid "tab/reveal" message: id: expected a string, got a number');
  });
});

describe('content script → background', () => {
  it('takes a correction, an alias and the analysed page\'s canonical link', () => {
    expect(parseAs(fromContent, 'annotation/update', { canonical: null, id: 'a', patch: { speaker: 'Jane Doe', disputedBy: null } })).toEqual({
      type: 'annotation/update', canonical: null, id: 'a', patch: { speaker: 'Jane Doe', disputedBy: null },
    });
    expect(parseAs(fromContent, 'alias/add', { from: 'Mr Trump', to: 'Donald Trump' })).toEqual({ type: 'alias/add', from: 'Mr Trump', to: 'Donald Trump' });
    expect(parseAs(fromContent, 'analysis/run', { input: { text: 'Hello.', blocks: 'p0,6' }, canonical: 'https://a.example/x' })).toMatchObject({ canonical: 'https://a.example/x' });
    expect(() => parseAs(fromContent, 'alias/add', { from: ' ', to: 'X' })).toThrow('from: must not be empty');
    expect(() => parseAs(fromContent, 'alias/add', { from: 'Mr X' })).toThrow('to: expected a string, got nothing');
  });

  it('has no message that reads the reader\'s aliases or reading memory', () => {
    expect(Object.keys(fromContent).filter((t) => /alias|reading|settings|memory/.test(t))).toEqual(['alias/add']);
  });
});

describe('note frame → background, and its events relayed to the content script', () => {
  it('accepts well-formed editor messages', () => {
    expect(parseAs(fromNoteFrame, 'editor/init', { session: SESSION })).toEqual({ type: 'editor/init', session: SESSION });
    expect(parseAs(fromNoteFrame, 'editor/save', { session: SESSION, text: '' })).toEqual({ type: 'editor/save', session: SESSION, text: '' });
    expect(parseAs(editorEvents, 'editor/draft', { session: SESSION, text: 'half a thought' })).toEqual({ type: 'editor/draft', session: SESSION, text: 'half a thought' });
  });

  it.each([
    ['no session', 'editor/init', {}, /session: expected a string, got nothing/],
    ['a guessable session', 'editor/init', { session: '1' }, /session: expected a session id/],
    ['a padded session', 'editor/cancel', { session: ` ${SESSION}` }, /session: expected a session id/],
    ['text not a string', 'editor/save', { session: SESSION, text: 5 }, /text: expected a string/],
    ['a huge draft', 'editor/draft', { session: SESSION, text: 'x'.repeat(100_001) }, /text: is 100,001 characters long/],
  ] as const)('rejects %s', (_name, type, msg, re) => {
    expect(() => parseAs(fromNoteFrame, type, msg)).toThrow(re);
  });

  it('the relayed events are only the frame\'s events', () => {
    expect(isTypeOf(editorEvents, 'editor/save')).toBe(true);
    expect(isTypeOf(editorEvents, 'editor/init')).toBe(false);
    expect(isTypeOf(editorEvents, 'editor/open')).toBe(false);
    expect(isTypeOf(editorEvents, 'tab/state')).toBe(false);
    expect(isTypeOf(editorEvents, 'hasOwnProperty')).toBe(false);
  });
});

describe('replies', () => {
  it('wraps data and errors and unwraps them', () => {
    expect(unwrap(okReply(3))).toBe(3);
    expect(() => unwrap(errorReply(new Error('nope')))).toThrow('nope');
    expect(() => unwrap(undefined)).toThrow(/No reply/);
  });
});
