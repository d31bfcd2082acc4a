// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Toggle } from './Toggle';
import { UndoBar } from './UndoBar';

describe('Toggle and UndoBar', () => {
  it('a toggle is a labelled switch that reports changes', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const seen: boolean[] = [];
    await act(() => render(<Toggle label="Quotes" checked onChange={(v) => seen.push(v)} />, host));
    const input = host.querySelector('input')!;
    expect(input.getAttribute('role')).toBe('switch');
    expect(input.closest('label')!.textContent).toContain('Quotes');
    await act(() => input.click());
    expect(seen).toEqual([false]);
    render(null, host);
  });

  it('the undo bar is a status region with an Undo button', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    let undone = 0;
    await act(() => render(<UndoBar message="Deleted 2 annotations" onUndo={() => undone++} onDismiss={() => undefined} />, host));
    expect(host.querySelector('[role="status"]')!.textContent).toContain('Deleted 2 annotations');
    const undo = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Undo')!;
    await act(() => undo.click());
    expect(undone).toBe(1);
    render(null, host);
  });
});
