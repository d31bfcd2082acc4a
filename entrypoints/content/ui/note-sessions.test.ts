// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cardFor, type CardState } from './card-state';
import { toolbarFor, type ToolbarState } from './toolbar-state';
import { liveSessions, NoteSessions, sessionOwner, viewerNeeded, type EditorFrames } from './note-sessions';

const anchor = { left: 0, top: 0, right: 1, bottom: 1 };
const aCard = (over: Partial<CardState> = {}): CardState => ({ ...cardFor(null, 'a', document.createElement('mark'), anchor, true), ...over });
const aToolbar = (over: Partial<ToolbarState> = {}): ToolbarState => ({ ...toolbarFor(document.createRange(), anchor, null), ...over });

class FakeFrames implements EditorFrames {
  opened: [text: string, label: string, view: boolean, session?: string][] = [];
  closed: string[] = [];
  private n = 0;
  open(text: string, label: string, view = false, session?: string): string {
    this.opened.push([text, label, view, session]);
    return session ?? `s${++this.n}`;
  }
  close(session: string): void {
    this.closed.push(session);
  }
  src(session: string): string {
    return `frame:${session}`;
  }
}

describe('which note sessions the state needs', () => {
  it('the toolbar’s editor only while writing a note; the card’s editor only while editing; the card’s viewer', () => {
    expect(liveSessions(null, null)).toEqual(new Set());
    expect(liveSessions(aToolbar({ mode: 'actions', editor: 't1' }), null)).toEqual(new Set());
    expect(liveSessions(aToolbar({ mode: 'note', editor: 't1' }), aCard({ editing: false, editor: 'c1', viewer: 'v1' }))).toEqual(new Set(['t1', 'v1']));
    expect(liveSessions(null, aCard({ editing: true, editor: 'c1' }))).toEqual(new Set(['c1']));
  });

  it('a frame’s event goes to the toolbar first, then the card’s editor, then its viewer; a stale session to nothing', () => {
    const t = aToolbar({ mode: 'note', editor: 't1' });
    const c = aCard({ editing: true, editor: 'c1', viewer: 'v1' });
    expect(sessionOwner('t1', t, c)).toBe('toolbar');
    expect(sessionOwner('c1', t, c)).toBe('card');
    expect(sessionOwner('v1', t, c)).toBe('viewer');
    expect(sessionOwner('c1', t, { ...c, editing: false })).toBeNull(); // left editing: the editor's frame is stale
    expect(sessionOwner('t1', { ...t, mode: 'actions' }, c)).toBeNull();
    expect(sessionOwner('zz', t, c)).toBeNull();
  });

  it('the card shows its saved note in a view frame, opened again only when the note changed', () => {
    expect(viewerNeeded(aCard(), '')).toBe('none');
    expect(viewerNeeded(aCard({ editing: true, viewer: 'v1', viewerText: 'n' }), 'n')).toBe('none');
    expect(viewerNeeded(aCard(), 'a note')).toBe('open');
    expect(viewerNeeded(aCard({ viewer: 'v1', viewerText: 'a note' }), 'a note')).toBe('keep');
    expect(viewerNeeded(aCard({ viewer: 'v1', viewerText: 'old' }), 'a note')).toBe('open');
  });
});

describe('NoteSessions', () => {
  it('opens editors and views with their labels, reopens a reloaded frame with the latest text, closes what is not live', () => {
    const frames = new FakeFrames();
    const notes = new NoteSessions(frames);
    const ed = notes.start('draft', false);
    const view = notes.start('saved note', true);
    expect(frames.opened).toEqual([['draft', 'Note', false, undefined], ['saved note', 'Your note', true, undefined]]);
    notes.setText(ed, 'longer draft');
    notes.reopen(ed);
    expect(frames.opened.at(-1)).toEqual(['longer draft', 'Note', false, ed]);
    notes.keepOnly(new Set([view]));
    expect(frames.closed).toEqual([ed]);
    expect(notes.has(ed)).toBe(false);
    expect(notes.has(view)).toBe(true);
    notes.reopen(ed); // closed: nothing to reopen
    expect(frames.opened).toHaveLength(3);
    notes.keepOnly(new Set());
    expect(frames.closed).toEqual([ed, view]);
  });
});
