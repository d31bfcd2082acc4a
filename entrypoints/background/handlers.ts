// The background's message router: who is asking decides which schema a message is checked against
// (lib/messaging: one per direction) and which typed handler map answers it.
import type { Runtime } from '@/lib/browser';
import { errorReply, okReply, type ExtensionResponses, type FromExtension, type Reply } from '@/lib/messaging/contract';
import { fromContent } from '@/lib/messaging/from-content';
import { fromExtension } from '@/lib/messaging/from-extension';
import { fromNoteFrame } from '@/lib/messaging/from-note-frame';
import { dispatch, type Handlers } from '@/lib/messaging/schema';
import { noteFrameHandlers } from './editor';
import { pageHandlers } from './page-handlers';
import { classifySender, type Sender } from './sender';
import { lastDelete } from './recent-deletes';
import { refreshTabs } from './tabs';

/** Claimlight's own pages (popup, Library) read and write the store themselves; they only announce changes. */
const extensionHandlers: Handlers<FromExtension, ExtensionResponses, void> = {
  'store/changed': async (msg) => {
    await refreshTabs(msg.pageKeys ?? 'all');
    return null;
  },
  'undo/last': (msg) => {
    const last = lastDelete(msg.tabId);
    return last ? { records: last.records, at: last.at } : null;
  },
};

function route(raw: unknown, sender: Sender): Promise<unknown> {
  switch (sender.from) {
    case 'content':
      return dispatch(fromContent, pageHandlers, raw, sender, 'a web page');
    case 'note-frame':
      return dispatch(fromNoteFrame, noteFrameHandlers, raw, sender, "Claimlight's note editor");
    case 'extension':
      return dispatch(fromExtension, extensionHandlers, raw, undefined, "Claimlight's pages");
  }
}

/** runtime.onMessage listener: always answers, with data or an error — never throws. */
export function onMessage(raw: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
  let from: Sender;
  try {
    from = classifySender(sender);
  } catch (e) {
    return Promise.resolve(errorReply(e));
  }
  return route(raw, from).then(okReply, (e: unknown) => {
    console.warn('[Claimlight] request refused', typeof raw === 'object' && raw && 'type' in raw ? String(raw.type).slice(0, 60) : '', e);
    return errorReply(e);
  });
}
