// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { NameField, matchNames } from './NameField';
import { aliasOffer, correctionNote, namesFrom } from './names';

const NAMES = ['Donald Trump', 'Volodymyr Zelensky', 'Vladimir Putin', 'Dmitry Peskov'];

async function mount(over: Partial<Parameters<typeof NameField>[0]> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const saved: (string | null)[] = [];
  let cancelled = 0;
  await act(() =>
    render(<NameField id="f" label="Speaker" value="Mr Trump" suggestions={NAMES} onSave={(n) => saved.push(n)} onCancel={() => cancelled++} {...over} />, host),
  );
  const input = host.querySelector('input')!;
  const key = (k: string, init: KeyboardEventInit = {}) => act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init })));
  const type = (v: string) =>
    act(() => {
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const options = () => [...host.querySelectorAll('[role="option"]')].map((o) => o.textContent);
  return { host, input, key, type, options, saved, cancelled: () => cancelled };
}

describe('matchNames', () => {
  it('offers names starting with the text (or one of their words) first, then containing it', () => {
    expect(matchNames(NAMES, 'v')).toEqual(['Volodymyr Zelensky', 'Vladimir Putin', 'Dmitry Peskov']);
    expect(matchNames(NAMES, 'put')).toEqual(['Vladimir Putin']);
    expect(matchNames(NAMES, 'sk')).toEqual(['Volodymyr Zelensky', 'Dmitry Peskov']);
    expect(matchNames(['Élodie Martin', 'elodie martin'], 'elo')).toEqual(['Élodie Martin']);
    expect(matchNames(NAMES, 'Donald Trump')).toEqual([]);
  });
});

describe('NameField', () => {
  it('is a labelled combobox controlling a listbox, with the current name', async () => {
    const f = await mount();
    expect(f.input.getAttribute('role')).toBe('combobox');
    expect(f.input.value).toBe('Mr Trump');
    expect(f.host.querySelector(`label[for="${f.input.id}"]`)!.textContent).toBe('Speaker');
    const list = f.host.querySelector('[role="listbox"]')!;
    expect(f.input.getAttribute('aria-controls')).toBe(list.id);
    expect(f.input.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(f.input);
  });

  it('filters as the reader types; Down/Up move, Enter saves the highlighted name', async () => {
    const f = await mount();
    await f.type('v');
    expect(f.input.getAttribute('aria-expanded')).toBe('true');
    expect(f.options()).toEqual(['Volodymyr Zelensky', 'Vladimir Putin', 'Dmitry Peskov']);
    await f.key('ArrowDown');
    await f.key('ArrowDown');
    const active = f.input.getAttribute('aria-activedescendant')!;
    expect(f.host.querySelector(`#${active}`)!.textContent).toBe('Vladimir Putin');
    expect(f.host.querySelector(`#${active}`)!.getAttribute('aria-selected')).toBe('true');
    await f.key('ArrowUp');
    await f.key('Enter');
    expect(f.saved).toEqual(['Volodymyr Zelensky']);
  });

  it('saves the typed text with Enter when no suggestion is highlighted, and empty text as no one', async () => {
    const f = await mount();
    await f.type('  Sergei   Lavrov ');
    await f.key('Enter');
    await f.type('');
    await f.key('Enter');
    expect(f.saved).toEqual(['Sergei Lavrov', null]);
  });

  it('Esc closes the list first, then cancels, and never reaches what is around it', async () => {
    const f = await mount();
    let outside = 0;
    f.host.addEventListener('keydown', (e) => e.key === 'Escape' && outside++);
    await f.type('d');
    await f.key('Escape');
    expect(f.input.getAttribute('aria-expanded')).toBe('false');
    expect(f.cancelled()).toBe(0);
    await f.key('Escape');
    expect(f.cancelled()).toBe(1);
    expect(outside).toBe(0);
    expect(f.saved).toEqual([]);
  });

  it('chooses a suggestion with the pointer', async () => {
    const f = await mount();
    await f.type('dm');
    await act(() => (f.host.querySelector('[role="option"]') as HTMLElement).click());
    expect(f.saved).toEqual(['Dmitry Peskov']);
  });
});

describe('names', () => {
  it('collects the names findings give, most named first, then the reader’s others', () => {
    expect(namesFrom([{ speaker: 'A' }, { disputedBy: 'B', claimant: 'A' }, { speaker: ' B ' }, { speaker: 'C' }], ['D', 'A'])).toEqual(['A', 'B', 'C', 'D']);
  });

  it('describes a correction and offers the alias it suggests', () => {
    expect(correctionNote({}, 'speaker')).toBeNull();
    expect(correctionNote({ originalSpeaker: 'Jane Doe' }, 'speaker')).toBe('Corrected by you · Claimlight said Jane Doe');
    expect(correctionNote({ originalDisputedBy: null }, 'disputedBy')).toBe('Named by you · Claimlight named no one');
    expect(aliasOffer({ speaker: 'Janet Doe', originalSpeaker: 'Jane Doe' }, 'speaker')).toEqual({ from: 'Jane Doe', to: 'Janet Doe' });
    expect(aliasOffer({ speaker: null, originalSpeaker: 'Jane Doe' }, 'speaker')).toBeNull();
    expect(aliasOffer({ disputedBy: 'X', originalDisputedBy: null }, 'disputedBy')).toBeNull();
  });
});

describe('snippet', () => {
  it('cuts between words, never inside one', async () => {
    const { snippet } = await import('./attribution');
    expect(snippet('They’re surrounded by Russian soldiers, and I believe if it wasn’t for me', 40)).toBe('They’re surrounded by Russian soldiers…');
    expect(snippet('short', 40)).toBe('short');
    expect(snippet('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
