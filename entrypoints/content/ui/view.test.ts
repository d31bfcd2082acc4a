// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PageItem } from '../items';
import { cardFor } from './card-state';
import { toolbarFor } from './toolbar-state';
import { inPageView, type ViewActions, type ViewState } from './view';

const item: PageItem = {
  id: 'q1', kind: 'quote', source: 'auto', text: 'said words', speaker: 'Jane Doe', disputedBy: null, claimant: null,
  reason: 'attributed by "said"', note: '', saved: false, orphan: false, annotation: null, finding: null,
};
const anchor = { left: 0, top: 0, right: 1, bottom: 1 };

function actions(log: string[]): ViewActions {
  const call = (name: string) => (...args: unknown[]) => void log.push(`${name}(${args.join(',')})`);
  const async = (name: string) => async (...args: unknown[]) => void log.push(`${name}(${args.join(',')})`);
  return {
    toolbarAction: async('toolbarAction'), cancelToolbar: call('cancelToolbar'), editNote: call('editNote'), editName: call('editName'),
    saveName: async('saveName'), addAlias: async('addAlias'), changeKind: async('changeKind'), dismiss: async('dismiss'), remove: async('remove'),
    copy: async('copy'), closeCard: call('closeCard'), showRelated: call('showRelated'), cardPointer: call('cardPointer'), undo: async('undo'),
    closeToast: call('closeToast'), reopenEditor: call('reopenEditor'),
  };
}

function state(over: Partial<ViewState> = {}): ViewState {
  return {
    doc: document, theme: 'dark', items: [item], toolbar: null, card: null, cardItem: null, toast: null, busy: false, aliases: true,
    frameSrc: (session, theme) => `frame:${session}:${theme}`, ...over,
  };
}

describe('inPageView', () => {
  it('shows nothing but the theme when nothing is open', () => {
    expect(inPageView(state(), actions([]))).toMatchObject({ theme: 'dark', toolbar: null, card: null, toast: null });
  });

  it('the toolbar writing a note shows its frame in the page’s theme; its reload reopens that session', () => {
    const log: string[] = [];
    const t = { ...toolbarFor(document.createRange(), anchor, null), mode: 'note' as const, editor: 's1' };
    const view = inPageView(state({ toolbar: t }), actions(log));
    expect(view.toolbar?.editor).toMatchObject({ session: 's1', src: 'frame:s1:dark', title: 'Claimlight: write a note', view: false });
    view.toolbar!.editor!.onReload!();
    view.toolbar!.onAction('quote');
    expect(log).toEqual(['reopenEditor(s1)', 'toolbarAction(quote)']);
  });

  it('a card without its item shows nothing; with it, the view frame of its note and its actions', () => {
    const log: string[] = [];
    const card = { ...cardFor(null, 'q1', document.createElement('mark'), anchor, true), viewer: 'v1' };
    expect(inPageView(state({ card }), actions(log)).card).toBeNull();
    const view = inPageView(state({ card, cardItem: item, busy: true }), actions(log));
    expect(view.card).toMatchObject({ item, busy: true, editor: null, noteView: { session: 'v1', title: 'Your note', view: true } });
    view.card!.onDelete();
    view.card!.onClose();
    view.card!.onAlias!();
    expect(log).toEqual(['remove()', 'closeCard(true)', 'addAlias()']);
  });

  it('offers no alias where aliases cannot be added, and names to choose from only while a name is corrected', () => {
    const card = cardFor(null, 'q1', document.createElement('mark'), anchor, true);
    expect(inPageView(state({ card, cardItem: item, aliases: false }), actions([])).card!.onAlias).toBeUndefined();
    expect(inPageView(state({ card, cardItem: item }), actions([])).card!.names).toEqual([]);
    const naming = inPageView(state({ card: { ...card, naming: 'speaker' }, cardItem: item }), actions([])).card!.names;
    expect(naming).toContain('Jane Doe');
  });
});
