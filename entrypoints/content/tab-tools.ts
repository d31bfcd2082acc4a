// The requests from the background and the popup that need the page tools (lib/messaging/to-content.ts:
// toPageTools): answered from the interactive bundle, loaded for them.
import type { TabResponses, ToPageTools } from '@/lib/messaging/contract';
import { dispatch, type Handlers } from '@/lib/messaging/schema';
import { toPageTools } from '@/lib/messaging/to-content';
import type { CoreSession, TabSession } from './session-api';
import { sessionTools } from './session-tools';

const handlers: Handlers<ToPageTools, TabResponses, TabSession> = {
  'tab/analyze': async (_msg, session) => {
    await session.analyse();
    await session.repaint();
    return session.state();
  },
  'tab/visibility': async (msg, session) => {
    await session.setVisible(msg.kind, msg.visible);
    return session.state();
  },
  'tab/reveal': async (msg, session) => ({ found: await session.reveal(msg.id) }),
  'tab/command': (msg, session) => session.createFromSelection(msg.action),
  'tab/update': async (msg, session) => {
    const saved = await session.keep(msg.id, msg.patch);
    // An answer without an error means saved: a request that saved nothing says so.
    if (!saved) throw new Error('Claimlight could not find that item on the page, so nothing was saved. Reload the page and try again.');
    return { item: session.summary(saved.id), id: saved.id };
  },
  'tab/delete': async (msg, session) => ({ deleted: await session.remove(msg.id) }),
  'tab/restore': async (msg, session) => {
    await session.restore(msg.annotations);
    return { ok: true };
  },
};

/** Check and answer a tab/* request; an unknown type gets a clear error. */
export function tabRequest(raw: unknown, session: TabSession): Promise<unknown> {
  return dispatch(toPageTools, handlers, raw, session, 'the extension');
}

/** tabRequest for the core's page session (the content script's entry: ./interactive-api.ts). */
export const tabRequestFor = (raw: unknown, session: CoreSession): Promise<unknown> => tabRequest(raw, sessionTools(session));
