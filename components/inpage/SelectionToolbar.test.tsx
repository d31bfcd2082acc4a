// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { SelectionAction } from '@/lib/messaging/contract';
import { SelectionToolbar } from './SelectionToolbar';

const anchor = { left: 100, top: 200, right: 300, bottom: 220 };
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

const names = () => [...host.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent);

describe('SelectionToolbar', () => {
  it('offers the five actions with their accessible names and reports clicks', async () => {
    const seen: SelectionAction[] = [];
    await mount(<SelectionToolbar anchor={anchor} mode="actions" busy={false} message={null} onAction={(a) => seen.push(a)} editor={null} />);
    expect(names()).toEqual(['Highlight', 'Note', 'Mark as Quote', 'Mark as Claim', 'Mark as Disputed']);
    expect(host.querySelector('[role="toolbar"]')!.getAttribute('aria-label')).toMatch(/Claimlight/);
    for (const b of host.querySelectorAll('button')) await act(() => b.click());
    expect(seen).toEqual(['highlight', 'note', 'quote', 'claim', 'disputed']);
  });

  it('keeps the page selection: mousedown on the toolbar is prevented', async () => {
    await mount(<SelectionToolbar anchor={anchor} mode="actions" busy={false} message={null} onAction={() => {}} editor={null} />);
    const ev = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    host.querySelector('button')!.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(true);
  });

  it('note mode: the note editor frame, titled, with no textarea in the page\'s document', async () => {
    const src = 'about:blank#s1'; // the real one is note-frame.html#<session>
    await mount(<SelectionToolbar anchor={anchor} mode="note" busy={false} message={null} onAction={() => {}} editor={{ session: 's1', src, title: 'Claimlight: write a note' }} />);
    const frame = host.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.title).toBe('Claimlight: write a note');
    expect(host.querySelector('[role="group"]')).toBeTruthy();
    expect(host.querySelector('textarea')).toBeNull();
    expect(names()).toEqual([]);
  });

  it('shows a message as a status', async () => {
    await mount(<SelectionToolbar anchor={anchor} mode="actions" busy={false} message="Select some text first." onAction={() => {}} editor={null} />);
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Select some text first.');
  });
});
