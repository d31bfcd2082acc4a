// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { VirtualList } from './VirtualList';

describe('VirtualList', () => {
  it('renders only the visible rows of a long list and follows scrolling', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const items = Array.from({ length: 50_000 }, (_, i) => `row ${i}`);
    await act(() =>
      render(<VirtualList items={items} rowHeight={40} label="Results" rowKey={(s) => s} renderRow={(s) => <span>{s}</span>} />, host),
    );
    const rendered = () => [...host.querySelectorAll('[role="listitem"]')].map((r) => r.textContent);
    const first = rendered();
    expect(first[0]).toBe('row 0');
    expect(first.length).toBeLessThan(40);
    expect(host.querySelector('[role="list"]')!.getAttribute('aria-label')).toBe('Results');
    const scroller = host.querySelector('.cl-vlist') as HTMLDivElement;
    scroller.scrollTop = 40 * 10_000;
    await act(() => {
      scroller.dispatchEvent(new Event('scroll'));
    });
    const after = rendered();
    expect(after).toContain('row 10000');
    expect(after).not.toContain('row 0');
    render(null, host);
  });
});
