// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { PageSummaryItem } from '@/lib/messaging/contract';
import { ItemCard } from './ItemCard';
import { attribution } from './attribution';

const base: PageSummaryItem = {
  id: 'a1', kind: 'quote', source: 'auto', text: '<b>not bold</b> we will win', speaker: 'Ana Ruiz', disputedBy: null,
  claimant: null, reason: 'quoted speech', note: '', saved: false, orphan: false,
};

describe('ItemCard', () => {
  it('shows text as text, the speaker and the reason; activating the text reveals it', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const revealed: string[] = [];
    await act(() => render(<ItemCard item={base} onReveal={(id) => revealed.push(id)} saveNote={async () => undefined} />, host));
    expect(host.querySelector('b')).toBeNull();
    expect(host.textContent).toContain('<b>not bold</b>');
    expect(host.textContent).toContain('Said by Ana Ruiz');
    expect(host.textContent).toContain('Why: quoted speech');
    await act(() => (host.querySelector('.cl-item__text') as HTMLButtonElement).click());
    expect(revealed).toEqual(['a1']);
    expect(host.textContent).not.toContain('Delete');
    render(null, host);
  });

  it('marks orphans and opens an inline note editor that saves on input', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const saved: string[] = [];
    const item = { ...base, orphan: true, saved: true, note: 'first' };
    await act(() => render(<ItemCard item={item} onReveal={() => undefined} saveNote={async (n) => void saved.push(n)} onDelete={() => undefined} />, host));
    expect(host.textContent).toContain('Not found on the page');
    const edit = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Edit note')!;
    await act(() => edit.click());
    const ta = host.querySelector('textarea')!;
    expect(ta.value).toBe('first');
    ta.value = 'first!';
    await act(() => {
      ta.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(saved).toEqual(['first!']);
    render(null, host);
  });

  it('attribution names speaker, disputer and claimant', () => {
    expect(attribution({ kind: 'disputed', speaker: null, disputedBy: 'Kyiv', claimant: 'Moscow' })).toBe('Disputed by Kyiv · Claimed by Moscow');
    expect(attribution({ kind: 'claim', speaker: 'X', disputedBy: null, claimant: null })).toBe('');
  });
});
