// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const loads: { fail: boolean }[] = [];
const mounted: string[] = [];
vi.mock('./interactive-api', () => ({
  loadInteractive: async () => {
    const next = loads.shift() ?? { fail: false };
    if (next.fail) throw new Error('chunk failed to load');
    return {
      mountInPageUi: () => ({
        update: () => undefined,
        wake: (type: string) => mounted.push(type),
      }),
    };
  },
}));

const { lazyInPageUi } = await import('./ui-loader');

const stop = new AbortController();
afterEach(() => stop.abort());

/** A keydown as the reader's own (the loader ignores untrusted, script-made events). */
function readerKey(code: string) {
  const e = new KeyboardEvent('keydown', { code, altKey: true, shiftKey: true, bubbles: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  document.body.dispatchEvent(e);
}

function readerFocus(el: HTMLElement) {
  const e = new FocusEvent('focusin', { bubbles: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('lazyInPageUi', () => {
  it('a failed load re-arms: the next wake loads again; once loaded it stops listening', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const ctx = { isInvalid: false, signal: stop.signal } as unknown as ContentScriptContext;
    loads.push({ fail: true }, { fail: false });
    lazyInPageUi(ctx, () => { throw new Error('unused'); });
    const mark = document.createElement('mark');
    mark.className = 'claimlight-mark';
    document.body.append(mark);

    readerKey('KeyN');
    await settle();
    expect(loads).toHaveLength(1); // the first load was tried, and failed
    expect(mounted).toEqual([]);

    readerFocus(mark);
    await settle();
    expect(loads).toHaveLength(0);
    expect(mounted).toEqual(['focusin']);

    loads.push({ fail: true }); // a further load would take this
    readerFocus(mark);
    await settle();
    expect(loads).toHaveLength(1);
    expect(mounted).toEqual(['focusin']);
  });

  it('hands the first Alt+Shift+N over to the UI once it is loaded, so it travels at once', async () => {
    const ctx = { isInvalid: false, signal: new AbortController().signal } as unknown as ContentScriptContext;
    mounted.length = 0;
    loads.length = 0;
    lazyInPageUi(ctx, () => { throw new Error('unused'); });
    readerKey('KeyN');
    await settle();
    expect(mounted).toEqual(['KeyN']);
  });
});
