// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { NoteFrame, type NoteFrameProps } from './NoteFrame';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function frameProps(session: string, reloads: string[], view = true): NoteFrameProps {
  return { session, src: `about:blank#${session}`, title: `Note ${session}`, view, onReload: () => reloads.push(session) };
}

/** Renders the frame and waits for its first load (happy-dom loads about:blank by itself). */
async function show(p: NoteFrameProps) {
  const first = new Promise<void>((resolve) => {
    const onLoad = (e: Event) => {
      if (e.target instanceof HTMLIFrameElement && e.target === host.querySelector('iframe')) {
        host.removeEventListener('load', onLoad, true);
        resolve();
      }
    };
    host.addEventListener('load', onLoad, true);
  });
  await act(() => render(<NoteFrame {...p} />, host));
  await first;
  return host.querySelector('iframe')!;
}

/** The frame loads again (a reload). */
function reload(frame: HTMLIFrameElement) {
  frame.dispatchEvent(new Event('load'));
}

describe('NoteFrame', () => {
  it("treats a new session's first load as a first load, and only a second load of the same session as a reload", async () => {
    host = document.createElement('div');
    document.body.append(host);
    const reloads: string[] = [];
    const a = await show(frameProps('a', reloads));
    expect(reloads).toEqual([]);
    const b = await show(frameProps('b', reloads));
    expect(b).not.toBe(a);
    expect(reloads).toEqual([]);
    reload(b);
    expect(reloads).toEqual(['b']);
  });

  it('focuses an editor frame on its first load only', async () => {
    host = document.createElement('div');
    document.body.append(host);
    const reloads: string[] = [];
    const a = await show(frameProps('a', reloads, false));
    expect(document.activeElement).toBe(a);
    a.blur();
    reload(a);
    expect(document.activeElement).not.toBe(a);
    expect(reloads).toEqual(['a']);
  });
});
