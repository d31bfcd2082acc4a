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
    await mount(<SelectionToolbar anchor={anchor} mode="actions" busy={false} message={null} onAction={(a) => seen.push(a)} onSaveNote={() => {}} onCancel={() => {}} />);
    expect(names()).toEqual(['Highlight', 'Note', 'Mark as Quote', 'Mark as Claim', 'Mark as Disputed']);
    expect(host.querySelector('[role="toolbar"]')!.getAttribute('aria-label')).toMatch(/Claimlight/);
    for (const b of host.querySelectorAll('button')) await act(() => b.click());
    expect(seen).toEqual(['highlight', 'note', 'quote', 'claim', 'disputed']);
  });

  it('keeps the page selection: mousedown on the toolbar is prevented', async () => {
    await mount(<SelectionToolbar anchor={anchor} mode="actions" busy={false} message={null} onAction={() => {}} onSaveNote={() => {}} onCancel={() => {}} />);
    const ev = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    host.querySelector('button')!.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(true);
  });

  it('note mode: a labelled textarea; Ctrl+Enter saves, Esc cancels', async () => {
    const saved: string[] = [];
    let cancelled = 0;
    await mount(<SelectionToolbar anchor={anchor} mode="note" busy={false} message={null} onAction={() => {}} onSaveNote={(n) => saved.push(n)} onCancel={() => cancelled++} />);
    const ta = host.querySelector('textarea')!;
    expect(ta.getAttribute('aria-label')).toBe('Note');
    expect(document.activeElement).toBe(ta);
    ta.value = 'check <b>this</b>';
    await act(() => {
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    expect(saved).toEqual(['check <b>this</b>']);
    await act(() => {
      ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(cancelled).toBe(1);
  });

  it('shows a message as a status', async () => {
    await mount(<SelectionToolbar anchor={anchor} mode="actions" busy={false} message="Select some text first." onAction={() => {}} onSaveNote={() => {}} onCancel={() => {}} />);
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Select some text first.');
  });
});
