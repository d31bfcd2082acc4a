// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { NoteForm } from './NoteForm';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(el: preact.JSX.Element) {
  host = document.createElement('div');
  document.body.append(host);
  return act(() => render(el, host));
}

describe('NoteForm', () => {
  it('a labelled, focused textarea with the initial text; reports drafts; Ctrl+Enter saves the live value; Esc cancels', async () => {
    const log: string[] = [];
    await mount(
      <NoteForm initial="old" label="Note" hint="Ctrl+Enter saves." onSave={(n) => log.push(`save:${n}`)} onCancel={() => log.push('cancel')} onDraft={(n) => log.push(`draft:${n}`)} />,
    );
    const ta = host.querySelector('textarea')!;
    expect(ta.getAttribute('aria-label')).toBe('Note');
    expect(ta.value).toBe('old');
    expect(document.activeElement).toBe(ta);
    const hint = document.getElementById(ta.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toBe('Ctrl+Enter saves.');
    ta.value = 'check <b>this</b>';
    await act(() => {
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    // Esc from a button cancels too (the whole form listens).
    await act(() => {
      host.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(log).toEqual(['draft:check <b>this</b>', 'save:check <b>this</b>', 'cancel']);
    expect(host.querySelector('b')).toBeNull();
  });

  it('does not save while busy', async () => {
    const log: string[] = [];
    await mount(<NoteForm initial="" busy onSave={(n) => log.push(`save:${n}`)} onCancel={() => {}} />);
    expect(host.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(true);
    await act(() => {
      host.querySelector('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true }));
    });
    expect(log).toEqual([]);
  });
});
