// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as toolbar from './toolbar-state';
import type { ToolbarState } from './toolbar-state';

const anchor = { left: 0, top: 0, right: 10, bottom: 10 };

function selection(): Range {
  document.body.innerHTML = '<p id="p">Some selected words.</p>'; // fixture markup for the test, not page text
  const r = document.createRange();
  r.selectNodeContents(document.getElementById('p')!);
  return r;
}

const withMode = (mode: ToolbarState['mode'], draft = ''): ToolbarState => ({ ...toolbar.toolbarFor(selection(), anchor, null), mode, draft });

describe('the selection toolbar', () => {
  it('starts with its actions over a copy of the selection (the page may move the live one)', () => {
    const r = selection();
    const t = toolbar.toolbarFor(r, anchor, null);
    expect(t).toMatchObject({ mode: 'actions', message: null, draft: '', editor: null });
    expect(t.range).not.toBe(r);
    expect(t.range.toString()).toBe('Some selected words.');
    r.collapse(true);
    expect(t.range.toString()).toBe('Some selected words.');
  });

  it('follows a new selection unless a save is on its way or a note is being written', () => {
    expect(toolbar.followsSelection(null, false)).toBe(true);
    expect(toolbar.followsSelection(withMode('actions'), false)).toBe(true);
    expect(toolbar.followsSelection(withMode('actions'), true)).toBe(false);
    expect(toolbar.followsSelection(withMode('note'), false)).toBe(false);
  });

  it('Esc closes it, except a note with words in it', () => {
    expect(toolbar.closesOnEscape(withMode('actions'))).toBe(true);
    expect(toolbar.closesOnEscape(withMode('note', '  '))).toBe(true);
    expect(toolbar.closesOnEscape(withMode('note', 'my note'))).toBe(false);
  });

  it('a press outside closes an empty note; the actions stay (the selection decides for them)', () => {
    expect(toolbar.closesOnPressOutside(withMode('note'))).toBe(true);
    expect(toolbar.closesOnPressOutside(withMode('note', 'my note'))).toBe(false);
    expect(toolbar.closesOnPressOutside(withMode('actions'))).toBe(false);
  });

  it('scrolling the selection out of view closes the actions, never a note being written', () => {
    expect(toolbar.closesOnScroll(withMode('actions'), false)).toBe(true);
    expect(toolbar.closesOnScroll(withMode('actions'), true)).toBe(false);
    expect(toolbar.closesOnScroll(withMode('note'), false)).toBe(false);
  });

  it('Note turns the actions into a note editor with its session; the old message goes, the draft stays', () => {
    const t = { ...withMode('actions', 'kept'), message: 'Could not save that selection.' };
    toolbar.writingNote(t, 'ed-1');
    expect(t).toMatchObject({ mode: 'note', editor: 'ed-1', message: null, draft: 'kept' });
  });
});
