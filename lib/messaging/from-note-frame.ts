// Note frame → background: Claimlight's own note-frame page, embedded in a page's in-page UI. The
// background accepts these only from that page inside a tab, and only for a session the same tab's
// content script opened (entrypoints/background/editor.ts).
import { editorEventSchemas, sessionId } from './fields';

export const fromNoteFrame = {
  /** The text and label to start with. */
  'editor/init': { session: sessionId },
  ...editorEventSchemas,
};
