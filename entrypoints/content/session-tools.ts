// The page session as the in-page UI and the page tools use it (./session-api.ts: UiSession,
// TabSession): the core session (./session.ts) with the reader's actions (./actions.ts) bound to
// it. In the interactive bundle, beside every caller of those actions.
import * as actions from './actions';
import { toSummary } from './items';
import type { CoreSession, TabSession } from './session-api';

export function sessionTools(s: CoreSession): TabSession {
  return {
    get currentItems() {
      return s.currentItems;
    },
    createFromSelection: (action, note = '') => actions.createFromSelection(s.ops, action, note),
    /** Keep an auto-finding as a saved annotation (source: auto), or change a saved one. */
    keep: (id, patch = {}) => actions.keep(s.ops, id, patch),
    /** Delete a saved annotation; returns the deleted records so the caller can offer undo. */
    remove: (id) => actions.remove(s.ops, id),
    /** Undo a delete. */
    restore: (records) => actions.restore(s.ops, records),
    analyse: () => s.analyse(),
    repaint: () => s.repaint(),
    setVisible: (kind, visible) => s.setVisible(kind, visible),
    /** Scroll an item into view and flash it (the popup's "show me"). */
    reveal: async (id) => {
      await s.paintNow(id);
      return actions.reveal(id);
    },
    /** The summary of one item, as the popup sees it. */
    summary: (id) => {
      const item = s.currentItems.find((i) => i.id === id);
      return item ? toSummary(item) : null;
    },
    state: () => s.state(),
  };
}
