// Test support for the in-page UI's parts: a UiContext (./in-page-state.ts) with nothing open and
// nothing saving, whose item lookup reads the context's own items. Tests pass the deps, focus and
// items they need.
import type { UiContext } from './in-page-state';

export function testUiContext(over: Pick<UiContext, 'deps' | 'focus' | 'items'> & Partial<UiContext>): UiContext {
  const ui: UiContext = {
    notes: null as never,
    toolbar: null,
    card: null,
    busy: false,
    theme: 'light',
    itemById: (id) => ui.items.find((i) => i.id === id) ?? null,
    commit: () => undefined,
    ...over,
  };
  return ui;
}
