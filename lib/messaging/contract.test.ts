import { describe, expect, it } from 'vitest';
import { errorReply, isEditorEvent, isTabMessage, okReply, unwrap, validateRequest } from './contract';

const selectors = [
  { type: 'TextQuoteSelector', exact: 'words', prefix: 'some ', suffix: ' here' },
  { type: 'TextPositionSelector', start: 5, end: 10 },
];

describe('background request validation', () => {
  it.each([
    ['not an object', 'hello', /expected an object/],
    ['null', null, /expected an object/],
    ['array', [1, 2], /expected an object/],
    ['no type', { canonical: null }, /Unknown message type/],
    ['unknown type', { type: 'delete/everything' }, /Unknown message type: "delete\/everything"/],
    ['prototype key as type', { type: '__proto__' }, /Unknown message type/],
    ['wrong kind', { type: 'annotation/create', canonical: null, annotation: { kind: 'banana', source: 'user', exact: 'x', selectors } }, /annotation\.kind: expected one of/],
    ['empty exact', { type: 'annotation/create', canonical: null, annotation: { kind: 'highlight', source: 'user', exact: '  ', selectors } }, /annotation\.exact: empty/],
    ['bad selector', { type: 'annotation/create', canonical: null, annotation: { kind: 'highlight', source: 'user', exact: 'x', selectors: [{ type: 'XPath' }] } }, /selectors\[0\]\.type/],
    ['negative position', { type: 'annotation/create', canonical: null, annotation: { kind: 'highlight', source: 'user', exact: 'x', selectors: [{ type: 'TextPositionSelector', start: -1, end: 2 }] } }, /start: expected a non-negative integer/],
    ['end before start', { type: 'annotation/create', canonical: null, annotation: { kind: 'highlight', source: 'user', exact: 'x', selectors: [{ type: 'TextPositionSelector', start: 9, end: 2 }] } }, /end before start/],
    ['id not a string', { type: 'annotation/update', canonical: null, id: 42, patch: {} }, /id: expected a string/],
    ['patch note not a string', { type: 'annotation/update', canonical: null, id: 'a', patch: { note: 5 } }, /patch\.note/],
    ['ids not an array', { type: 'annotation/delete', canonical: null, ids: 'a' }, /ids: expected an array/],
    ['huge note', { type: 'annotation/update', canonical: null, id: 'a', patch: { note: 'x'.repeat(100_001) } }, /longer than/],
    ['speaker not a string', { type: 'annotation/update', canonical: null, id: 'a', patch: { speaker: 5 } }, /patch\.speaker/],
    ['huge disputer', { type: 'annotation/update', canonical: null, id: 'a', patch: { disputedBy: 'x'.repeat(501) } }, /patch\.disputedBy: longer than 500/],
    ['an empty alias', { type: 'alias/add', from: ' ', to: 'X' }, /from: empty/],
    ['an alias without its name', { type: 'alias/add', from: 'Mr X' }, /to: expected a string/],
  ])('rejects %s with a clear error', (_name, msg, re) => {
    const v = validateRequest(msg);
    expect('error' in v && v.error).toMatch(re);
  });

  it('accepts well-formed requests', () => {
    const ok = [
      { type: 'page/open', canonical: null, title: 'T', siteName: 'S' },
      { type: 'page/state', canonical: 'https://a.example/x' },
      { type: 'analysis/run', input: { text: 'Hello.', blocks: [{ type: 'paragraph', start: 0, end: 6 }] } },
      { type: 'annotation/create', canonical: null, annotation: { kind: 'quote', source: 'auto', exact: 'words', selectors, speaker: 'X', note: '' } },
      { type: 'annotation/update', canonical: null, id: 'a', patch: { note: 'n', kind: 'claim', dismissed: true, tags: ['t'] } },
      { type: 'annotation/update', canonical: null, id: 'a', patch: { speaker: 'Jane Doe', disputedBy: null } },
      { type: 'analysis/run', input: { text: 'Hello.', blocks: [] }, canonical: 'https://a.example/x' },
      { type: 'alias/add', from: 'Mr Trump', to: 'Donald Trump' },
      { type: 'annotation/delete', canonical: null, ids: ['a', 'b'] },
      { type: 'store/changed', pageKeys: null },
    ];
    for (const m of ok) expect(validateRequest(m)).toEqual({ message: m });
  });
});

describe('tab message validation', () => {
  it('knows its own message types and nothing else', () => {
    expect(isTabMessage({ type: 'tab/command', action: 'claim' })).toBe(true);
    expect(isTabMessage({ type: 'tab/visibility', kind: 'all', visible: false })).toBe(true);
    expect(isTabMessage({ type: 'whatever' })).toBe(false);
    expect(isTabMessage({ type: 'annotation/delete', ids: ['x'] })).toBe(false);
    expect(isTabMessage('tab/state')).toBe(false);
    expect(isTabMessage(null)).toBe(false);
  });
});

const SESSION = '0b6f3f1e-3c1a-4f6e-9d2b-7a8c9e0f1a2b';

describe('note editor messages', () => {
  it('accepts well-formed editor requests', () => {
    const ok = [
      { type: 'editor/open', session: SESSION, text: 'old note', label: 'Note' },
      { type: 'editor/close', session: SESSION },
      { type: 'editor/init', session: SESSION },
      { type: 'editor/draft', session: SESSION, text: 'half a thought' },
      { type: 'editor/save', session: SESSION, text: '' },
      { type: 'editor/cancel', session: SESSION },
      { type: 'editor/open', session: SESSION, text: 'saved note', label: 'Your note', view: true },
      { type: 'editor/size', session: SESSION, height: 42 },
    ];
    for (const m of ok) expect(validateRequest(m)).toEqual({ message: m });
  });

  it.each([
    ['no session', { type: 'editor/init' }, /session: expected a session id/],
    ['a guessable session', { type: 'editor/init', session: '1' }, /session: expected a session id/],
    ['upper-case or padded session', { type: 'editor/cancel', session: ` ${SESSION}` }, /session: expected a session id/],
    ['text not a string', { type: 'editor/save', session: SESSION, text: 5 }, /text: expected a string/],
    ['huge draft', { type: 'editor/draft', session: SESSION, text: 'x'.repeat(100_001) }, /text: longer than/],
    ['a view flag not a boolean', { type: 'editor/open', session: SESSION, text: '', label: 'Note', view: 'yes' }, /view: expected true or false/],
    ['a fractional height', { type: 'editor/size', session: SESSION, height: 1.5 }, /height: expected a height in px/],
    ['a negative height', { type: 'editor/size', session: SESSION, height: -1 }, /height: expected a height in px/],
    ['huge label', { type: 'editor/open', session: SESSION, text: '', label: 'x'.repeat(201) }, /label: longer than/],
  ])('rejects %s', (_name, msg, re) => {
    const v = validateRequest(msg);
    expect('error' in v && v.error).toMatch(re);
  });

  it('recognises relayed editor events, fully checked, and nothing else', () => {
    expect(isEditorEvent({ type: 'editor/save', session: SESSION, text: 'n' })).toBe(true);
    expect(isEditorEvent({ type: 'editor/draft', session: SESSION, text: '' })).toBe(true);
    expect(isEditorEvent({ type: 'editor/cancel', session: SESSION })).toBe(true);
    expect(isEditorEvent({ type: 'editor/size', session: SESSION, height: 80 })).toBe(true);
    expect(isEditorEvent({ type: 'editor/size', session: SESSION, height: '80' })).toBe(false);
    expect(isEditorEvent({ type: 'editor/save', session: SESSION })).toBe(false);
    expect(isEditorEvent({ type: 'editor/save', session: 'x', text: 'n' })).toBe(false);
    expect(isEditorEvent({ type: 'editor/open', session: SESSION, text: '', label: 'Note' })).toBe(false);
    expect(isEditorEvent({ type: 'editor/init', session: SESSION })).toBe(false);
    expect(isEditorEvent({ type: 'tab/state' })).toBe(false);
    expect(isEditorEvent({ type: 'toString', session: SESSION })).toBe(false);
    expect(isEditorEvent(JSON.stringify({ type: 'editor/cancel', session: SESSION }))).toBe(false);
    expect(isTabMessage({ type: 'editor/cancel', session: SESSION })).toBe(false);
  });
});

describe('replies', () => {
  it('wraps data and errors and unwraps them', () => {
    expect(unwrap(okReply(3))).toBe(3);
    expect(() => unwrap(errorReply(new Error('nope')))).toThrow('nope');
    expect(() => unwrap(undefined)).toThrow(/No reply/);
  });
});
