// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Kind } from '@/lib/model';
import type { PageSummaryItem } from '@/lib/messaging/contract';
import { AnnotationCard, sourceLabel, type AnnotationCardProps } from './AnnotationCard';

const anchor = { left: 100, top: 200, right: 300, bottom: 220 };
const quote: PageSummaryItem = {
  id: 'auto-quote-1', kind: 'quote', source: 'auto', text: 'We will meet', speaker: 'Jane Doe', disputedBy: null, claimant: null,
  reason: 'quoted speech attributed by "said"', note: '', saved: false, orphan: false,
};

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function props(over: Partial<AnnotationCardProps> = {}, log: string[] = []): AnnotationCardProps {
  return {
    item: quote, anchor, related: [], editor: null, noteView: null, busy: false, message: null,
    onEditNote: (o) => log.push(`edit:${o}`), onChangeKind: (k: Kind) => log.push(`kind:${k}`),
    onDismiss: () => log.push('dismiss'), onDelete: () => log.push('delete'), onCopy: () => log.push('copy'), onClose: () => log.push('close'),
    onShow: (id) => log.push(`show:${id}`), onPointerInside: (i) => log.push(`inside:${i}`),
    ...over,
  };
}

async function mount(p: AnnotationCardProps) {
  host = document.createElement('div');
  document.body.append(host);
  await act(() => render(<AnnotationCard {...p} />, host));
  return host.querySelector<HTMLElement>('[role="dialog"]')!;
}

const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name);

describe('AnnotationCard', () => {
  it('a labelled dialog: kind, speaker, reason and source; Dismiss for auto-findings, no Delete until saved', async () => {
    const card = await mount(props());
    expect(card.getAttribute('aria-label')).toBe('Claimlight: Quote');
    expect(card.textContent).toContain('Said by Jane Doe');
    expect(card.textContent).toContain('Why: quoted speech attributed by "said"');
    expect(card.textContent).toContain('Auto-detected');
    expect(button('Add note')).toBeTruthy();
    expect(button('Dismiss')).toBeTruthy();
    expect(button('Delete')).toBeUndefined();
    const select = card.querySelector('select')!;
    expect(card.querySelector(`label[for="${select.id}"]`)!.textContent).toBe('Change kind');
    expect(select.value).toBe('quote');
  });

  it('disputed: who disputes and who claims; the note is shown in its view frame, never as text of the card', async () => {
    const item: PageSummaryItem = { ...quote, id: 'a1', kind: 'disputed', source: 'user', speaker: null, disputedBy: 'Kyiv', claimant: 'Moscow', reason: null, note: 'zebra-7391 <img src=x onerror=alert(1)>', saved: true };
    const noteView = { session: 'v1', src: 'about:blank#v1', title: 'Your note', view: true };
    const card = await mount(props({ item, noteView }));
    expect(card.textContent).toContain('Disputed by Kyiv');
    expect(card.textContent).toContain('Claimed by Moscow');
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).not.toContain('zebra-7391');
    expect(card.outerHTML).not.toContain('zebra-7391');
    const frame = card.querySelector('iframe')!;
    expect(frame.title).toBe('Your note');
    expect(frame.getAttribute('src')).toBe('about:blank#v1');
    expect(frame.className).toContain('cl-noteframe--view');
    expect(frame.hasAttribute('style')).toBe(false); // one height for every note: the stylesheet's
    expect(button('Edit note')).toBeTruthy();
    expect(button('Delete')).toBeTruthy();
    expect(button('Dismiss')).toBeUndefined();
    expect(sourceLabel(item)).toBe('Yours');
  });

  it('reports actions and a kind change', async () => {
    const log: string[] = [];
    const card = await mount(props({}, log));
    await act(() => button('Copy')!.click());
    await act(() => button('Dismiss')!.click());
    await act(() => button('Add note')!.click());
    const select = card.querySelector('select')!;
    select.value = 'claim';
    await act(() => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(log).toEqual(['copy', 'dismiss', 'edit:true', 'kind:claim']);
  });

  it('Esc closes; Tab past the last control wraps to the first, Shift+Tab before the first to the last', async () => {
    const log: string[] = [];
    const card = await mount(props({}, log));
    const controls = [...card.querySelectorAll<HTMLElement>('button, select, summary')];
    const [start, end] = [card.firstElementChild as HTMLElement, card.lastElementChild as HTMLElement];
    expect([start.tabIndex, end.tabIndex]).toEqual([0, 0]);
    end.focus(); // where Tab from the last control goes
    expect(document.activeElement).toBe(controls[0]);
    start.focus(); // where Shift+Tab from the first control goes
    expect(document.activeElement).toBe(controls.at(-1));
    controls[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(log).toContain('close');
  });

  it('Tab cycles through the note editor frame too (keys inside it never reach the card)', async () => {
    const card = await mount(props({ editor: { session: 's1', src: 'about:blank#s1', title: 'Claimlight: edit the note' } }));
    const frame = card.querySelector('iframe')!;
    const [start, end] = [card.firstElementChild as HTMLElement, card.lastElementChild as HTMLElement];
    start.focus(); // Shift+Tab from the first control: to the frame, the card's last control
    expect(document.activeElement).toBe(frame);
    frame.blur();
    end.focus(); // Tab out of the frame: back to the first control, here the frame itself
    expect(document.activeElement).toBe(frame);
  });

  it('editing shows the note editor frame instead of the note and the actions', async () => {
    const src = 'about:blank#s1'; // the real one is note-frame.html#<session>
    const card = await mount(props({ editor: { session: 's1', src, title: 'Claimlight: edit the note' }, item: { ...quote, note: 'old' } }));
    const frame = card.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.title).toBe('Claimlight: edit the note');
    expect(card.querySelector('textarea')).toBeNull();
    expect(card.textContent).not.toContain('old'); // the frame shows the note being edited
    expect(button('Edit note')).toBeUndefined();
  });

  it('offers nested annotations on the same words, but not while a note is being written', async () => {
    const log: string[] = [];
    const related = [{ id: 'auto-disputed-9', kind: 'disputed' as const }];
    await mount(props({ related }, log));
    await act(() => button('Disputed')!.click());
    expect(log).toEqual(['show:auto-disputed-9']);
    render(null, host);
    await act(() => render(<AnnotationCard {...props({ related, editor: { session: 's1', src: 'about:blank#s1', title: 'Claimlight: edit the note' } })} />, host));
    expect(button('Disputed')).toBeUndefined();
  });
});
