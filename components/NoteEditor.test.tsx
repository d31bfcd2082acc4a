// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { NoteEditor } from './NoteEditor';

function typeInto(el: HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('NoteEditor', () => {
  it('saves every input at once, without waiting for the save before it', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const sent: string[] = [];
    const resolvers: (() => void)[] = [];
    const save = (note: string) => {
      sent.push(note);
      return new Promise<void>((r) => resolvers.push(r));
    };
    await act(() => render(<NoteEditor value="" label="Note" save={save} />, host));
    const ta = host.querySelector('textarea')!;
    expect(ta.getAttribute('aria-label')).toBe('Note');
    await act(() => typeInto(ta, 'w'));
    await act(() => typeInto(ta, 'wo'));
    await act(() => typeInto(ta, 'wor'));
    expect(sent).toEqual(['w', 'wo', 'wor']);
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Saving…');
    await act(async () => resolvers.forEach((r) => r()));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Saved');
    render(null, host);
  });

  it('shows a status after saving and reports errors', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    let fail = false;
    const save = async () => {
      if (fail) throw new Error('tab closed');
    };
    await act(() => render(<NoteEditor value="old" label="Note" save={save} />, host));
    const ta = host.querySelector('textarea')!;
    expect(ta.value).toBe('old');
    await act(async () => typeInto(ta, 'new'));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Saved');
    fail = true;
    await act(async () => typeInto(ta, 'newer'));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(host.querySelector('[role="status"]')!.textContent).toContain('tab closed');
    render(null, host);
  });

  it('takes outside changes when the reader is not typing', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const save = async () => undefined;
    await act(() => render(<NoteEditor value="a" label="Note" save={save} />, host));
    await act(() => render(<NoteEditor value="from the library" label="Note" save={save} />, host));
    expect(host.querySelector('textarea')!.value).toBe('from the library');
    render(null, host);
  });
});
