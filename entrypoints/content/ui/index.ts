// In-page UI (selection toolbar, hover/focus card), mounted in a shadow root. See the helper task.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageSession } from '../session';
import type { PageItem } from '../items';

export interface InPageUi {
  /** Called after every paint with the items on the page. */
  update(items: readonly PageItem[]): void;
}

export function mountInPageUi(_ctx: ContentScriptContext, _session: () => PageSession): InPageUi {
  return { update() {} };
}
