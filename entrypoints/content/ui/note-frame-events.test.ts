// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cardFor, type CardState } from './card-state';
import { toolbarFor, type ToolbarState } from './toolbar-state';
import { NoteSessions, type EditorFrames } from './note-sessions';
import { noteFrameEvent, type NoteEditing, type NoteFrameTargets } from './note-frame-events';

const anchor = { left: 0, top: 0, right: 1, bottom: 1 };
const aCard = (over: Partial<CardState> = {}): CardState => ({ ...cardFor(null, 'a', document.createElement('mark'), anchor, true), ...over });
const aToolbar = (over: Partial<ToolbarState> = {}): ToolbarState => ({ ...toolbarFor(document.createRange(), anchor, null), ...over });

function setup() {
  let n = 0;
  const frames: EditorFrames = { open: (_t, _l, _v, s) => s ?? `s${++n}`, close: () => undefined, src: (s) => s };
  const notes = new NoteSessions(frames);
  const calls: string[] = [];
  const editing = (who: string, closesOnSave: () => void): NoteEditing => ({
    draft: (t) => void calls.push(`${who} draft ${t}`),
    save: async (t) => {
      calls.push(`${who} save ${t}`);
      closesOnSave();
    },
    cancel: () => void calls.push(`${who} cancel`),
  });
  let saves = true;
  const targets: NoteFrameTargets = {
    toolbar: editing('toolbar', () => saves && notes.keepOnly(new Set())),
    card: editing('card', () => saves && notes.keepOnly(new Set())),
    closeViewer: () => void calls.push('viewer closed'),
  };
  return { notes, calls, targets, failSaves: () => (saves = false) };
}

describe('what a note frame’s event does', () => {
  it('a draft and a save of the toolbar’s note go to the toolbar; the session keeps the latest text for a reload', async () => {
    const { notes, calls, targets } = setup();
    const toolbar = aToolbar({ mode: 'note', editor: notes.start('', false) });
    const open = { toolbar, card: null };
    expect(await noteFrameEvent({ type: 'editor/draft', session: 's1', text: 'half' }, notes, open, targets)).toBeNull();
    expect(await noteFrameEvent({ type: 'editor/save', session: 's1', text: 'whole' }, notes, open, targets)).toEqual({ saved: true });
    expect(calls).toEqual(['toolbar draft half', 'toolbar save whole']);
  });

  it('a save that did not close the editor answers saved: false (the editor stays, it says why)', async () => {
    const { notes, calls, targets, failSaves } = setup();
    failSaves();
    const card = aCard({ editing: true, editor: notes.start('', false) });
    expect(await noteFrameEvent({ type: 'editor/save', session: 's1', text: 'note' }, notes, { toolbar: null, card }, targets)).toEqual({ saved: false });
    expect(await noteFrameEvent({ type: 'editor/cancel', session: 's1' }, notes, { toolbar: null, card }, targets)).toBeNull();
    expect(calls).toEqual(['card save note', 'card cancel']);
  });

  it('the card’s view of its saved note is read-only: Esc there closes the card, nothing else is accepted', async () => {
    const { notes, calls, targets } = setup();
    const card = aCard({ viewer: notes.start('my note', true) });
    const open = { toolbar: null, card };
    await expect(noteFrameEvent({ type: 'editor/save', session: 's1', text: 'x' }, notes, open, targets)).rejects.toThrow(/read-only/);
    await expect(noteFrameEvent({ type: 'editor/draft', session: 's1', text: 'x' }, notes, open, targets)).rejects.toThrow(/read-only/);
    expect(await noteFrameEvent({ type: 'editor/cancel', session: 's1' }, notes, open, targets)).toBeNull();
    expect(calls).toEqual(['viewer closed']);
  });

  it('refuses a session this page did not open, or one nothing shows any more', async () => {
    const { notes, calls, targets } = setup();
    const open = { toolbar: aToolbar({ mode: 'note', editor: 'forged' }), card: null };
    await expect(noteFrameEvent({ type: 'editor/save', session: 'forged', text: 'x' }, notes, open, targets)).rejects.toThrow(/closed/);
    const stale = notes.start('', false); // opened, but neither the toolbar nor the card shows it
    await expect(noteFrameEvent({ type: 'editor/cancel', session: stale }, notes, { toolbar: null, card: null }, targets)).rejects.toThrow(/closed/);
    expect(calls).toEqual([]);
  });
});
