// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Annotation } from '@/lib/model';
import { AnnotationRow } from './AnnotationRow';

const a: Annotation = {
  id: 'x1', pageKey: 'k', url: 'https://news.example/a', title: 'A story', kind: 'disputed', source: 'auto',
  exact: 'the talks collapsed', selectors: [], note: '<script>alert(1)</script>', tags: ['war', 'talks'], color: null,
  speaker: null, disputedBy: 'the ministry', claimant: 'the rebels', reason: null, dismissed: false, createdAt: 1, updatedAt: 2,
};

describe('AnnotationRow', () => {
  it('renders the annotation as text with its attribution, note and tags', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const events: string[] = [];
    await act(() =>
      render(<AnnotationRow annotation={a} showPage selected={false} onSelect={(v) => events.push(`select:${v}`)} onEdit={() => events.push('edit')} />, host),
    );
    expect(host.querySelector('script')).toBeNull();
    expect(host.textContent).toContain('<script>alert(1)</script>');
    expect(host.textContent).toContain('Disputed by the ministry · Claimed by the rebels');
    expect(host.textContent).toContain('#war');
    expect(host.querySelector('a')!.getAttribute('href')).toBe('https://news.example/a');
    await act(() => host.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click());
    await act(() => host.querySelector<HTMLButtonElement>('.cl-arow__edit')!.click());
    expect(events).toEqual(['select:true', 'edit']);
    render(null, host);
  });

  it.each(['javascript:alert(document.domain)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>'])(
    'shows a page address %s (from an older import) as text, never as a link target',
    async (url) => {
      const host = document.createElement('div');
      document.body.append(host);
      await act(() => render(<AnnotationRow annotation={{ ...a, url, title: '' }} showPage selected={false} onSelect={() => {}} onEdit={() => {}} />, host));
      const link = host.querySelector('.cl-arow__page a')!;
      expect(link.hasAttribute('href')).toBe(false);
      expect(link.textContent).toBe(url);
      render(null, host);
    },
  );
});
