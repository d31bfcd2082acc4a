// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as card from './card-state';
import type { CardState } from './card-state';

const anchor = { left: 1, top: 2, right: 3, bottom: 4 };
const mark = () => document.createElement('mark');

function open(id = 'a', over: Partial<CardState> = {}): CardState {
  return { ...card.cardFor(null, id, mark(), anchor, false), ...over };
}

describe('the card: opening and replacing', () => {
  it('a new card starts unpinned (hover) or pinned (click, focus), with nothing in progress', () => {
    const hovered = card.cardFor(null, 'a', mark(), anchor, false);
    expect(hovered).toMatchObject({ id: 'a', pinned: false, editing: false, draft: '', editor: null, viewer: null, naming: null, aliasOffer: null, message: null });
    expect(card.cardFor(null, 'a', mark(), anchor, true).pinned).toBe(true);
  });

  it('reopening the same card keeps the note in progress, the name field, the viewer and the pin; the message goes', () => {
    const prev = open('a', { pinned: true, editing: true, draft: 'half a note', editor: 'ed-1', viewer: 'v-1', viewerText: 'old', naming: 'speaker', message: 'Saved.', pointerInside: true });
    const origin = mark();
    const again = card.cardFor(prev, 'a', origin, { left: 9, top: 9, right: 9, bottom: 9 }, false);
    expect(again).toMatchObject({ pinned: true, editing: true, draft: 'half a note', editor: 'ed-1', viewer: 'v-1', viewerText: 'old', naming: 'speaker', pointerInside: true, message: null });
    expect(again.origin).toBe(origin);
    expect(again.anchor.left).toBe(9);
  });

  it('another mark’s card starts afresh', () => {
    const prev = open('a', { pinned: true, draft: 'x', viewer: 'v-1', naming: 'speaker' });
    expect(card.cardFor(prev, 'b', mark(), anchor, false)).toMatchObject({ id: 'b', pinned: false, draft: '', viewer: null, naming: null });
  });

  it('never replaces a card whose note is being written by another mark’s card', () => {
    expect(card.mayOpen(null, 'b')).toBe(true);
    expect(card.mayOpen(open('a'), 'b')).toBe(true);
    expect(card.mayOpen(open('a', { editing: true }), 'b')).toBe(false);
    expect(card.mayOpen(open('a', { editing: true }), 'a')).toBe(true);
  });

  it('hovering: keeps its own card, a still pointer never replaces a pinned card, else opens later', () => {
    expect(card.onHover(open('a'), 'a', true)).toBe('keep');
    expect(card.onHover(open('a', { pinned: true }), 'b', false)).toBe('ignore');
    expect(card.onHover(open('a', { pinned: true }), 'b', true)).toBe('open-later');
    expect(card.onHover(open('a'), 'b', false)).toBe('open-later');
    expect(card.onHover(null, 'b', false)).toBe('open-later');
  });

  it('a related annotation on the same words: pinned, nothing in progress carried over', () => {
    const origin = mark();
    const next = card.relatedCard(open('a', { naming: 'speaker', aliasOffer: { from: 'X', to: 'Y' }, message: 'm' }), 'b', origin);
    expect(next).toMatchObject({ id: 'b', pinned: true, editing: false, naming: null, aliasOffer: null, message: null });
    expect(next.origin).toBe(origin);
  });
});

describe('the card: when it closes', () => {
  it('after the hover delay only when nothing holds it open', () => {
    expect(card.closesAfterHover(open(), false)).toBe(true);
    expect(card.closesAfterHover(open('a', { pinned: true }), false)).toBe(false);
    expect(card.closesAfterHover(open('a', { pointerInside: true }), false)).toBe(false);
    expect(card.closesAfterHover(open('a', { editing: true }), false)).toBe(false);
    expect(card.closesAfterHover(open(), true)).toBe(false);
  });

  it('on blur even when pinned, but not with the pointer in it, a note being written or a save on its way', () => {
    expect(card.closesOnBlur(open('a', { pinned: true }), false)).toBe(true);
    expect(card.closesOnBlur(open('a', { pointerInside: true }), false)).toBe(false);
    expect(card.closesOnBlur(open('a', { editing: true }), false)).toBe(false);
    expect(card.closesOnBlur(open(), true)).toBe(false);
  });

  it('Esc closes it unless a note is being written', () => {
    expect(card.closesOnEscape(open())).toBe(true);
    expect(card.closesOnEscape(open('a', { editing: true }))).toBe(false);
  });

  it('a press outside closes it, not one on a mark, and not a note with words in it', () => {
    expect(card.closesOnPressOutside(open(), false)).toBe(true);
    expect(card.closesOnPressOutside(open(), true)).toBe(false);
    expect(card.closesOnPressOutside(open('a', { editing: true, draft: '   ' }), false)).toBe(true);
    expect(card.closesOnPressOutside(open('a', { editing: true, draft: 'words' }), false)).toBe(false);
  });

  it('scrolling its mark out of view closes it, unless a note is being written or our UI has focus', () => {
    expect(card.closesOnScroll(open(), false, false)).toBe(true);
    expect(card.closesOnScroll(open(), true, false)).toBe(false);
    expect(card.closesOnScroll(open('a', { editing: true }), false, false)).toBe(false);
    expect(card.closesOnScroll(open(), false, true)).toBe(false);
  });
});

describe('the card: notes and names', () => {
  it('opening the note editor pins the card and clears the message; leaving it drops the editor and draft', () => {
    const c = open('a', { message: 'Copied.', draft: 'stale' });
    card.editingNote(c, true, 'ed-1');
    expect(c).toMatchObject({ editing: true, editor: 'ed-1', pinned: true, message: null, draft: '' });
    c.draft = 'typed';
    card.editingNote(c, false, 'ignored');
    expect(c).toMatchObject({ editing: false, editor: null, draft: '' });
  });

  it('a saved note closes the editor', () => {
    const c = open('a', { editing: true, editor: 'ed-1', draft: 'typed' });
    card.noteSaved(c);
    expect(c).toMatchObject({ editing: false, editor: null, draft: '' });
  });

  it('a name field opens (pinned, old offer gone) except while a note is being written', () => {
    const c = open('a', { aliasOffer: { from: 'X', to: 'Y' }, message: 'm' });
    expect(card.namingField(c, 'disputedBy')).toBe(true);
    expect(c).toMatchObject({ naming: 'disputedBy', pinned: true, aliasOffer: null, message: null });
    const writing = open('a', { editing: true });
    expect(card.namingField(writing, 'speaker')).toBe(false);
    expect(writing.naming).toBeNull();
  });

  it('a saved name closes its field and offers the alias it makes possible, or none', () => {
    const c = open('a', { naming: 'speaker', aliasOffer: null });
    card.nameSaved(c, { from: 'Jane Doe', to: 'Donald Trump' });
    expect(c).toMatchObject({ naming: null, aliasOffer: { from: 'Jane Doe', to: 'Donald Trump' } });
    const d = open('a', { naming: 'disputedBy', aliasOffer: { from: 'X', to: 'Y' } });
    card.nameSaved(d, null);
    expect(d).toMatchObject({ naming: null, aliasOffer: null });
  });
});
