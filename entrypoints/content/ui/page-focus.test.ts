// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageFocus } from './page-focus';

function page(): { focus: PageFocus; mark: HTMLElement; text: Text } {
  document.body.innerHTML = '<p id="p">Alpha <mark id="m" tabindex="-1">said words</mark> tail</p><div data-claimlight-ui><button id="b">x</button></div>'; // fixture markup, not page text
  return { focus: new PageFocus(document), mark: document.getElementById('m')!, text: document.getElementById('p')!.firstChild as Text };
}

describe('PageFocus', () => {
  it('a quiet focus is recognised once, so the next focus on the mark is the reader’s', () => {
    const { focus, mark } = page();
    focus.quietly(mark);
    expect(document.activeElement).toBe(mark);
    expect(focus.tookQuietFocus(mark)).toBe(true);
    expect(focus.tookQuietFocus(mark)).toBe(false);
  });

  it('focus that does not land (not focusable) does not swallow the next real focus', () => {
    const { focus } = page();
    const gone = document.createElement('mark'); // not in the document: focus cannot land there
    gone.tabIndex = -1;
    focus.quietly(gone);
    expect(document.activeElement).not.toBe(gone);
    expect(focus.tookQuietFocus(gone)).toBe(false);
  });

  it('focus on <body> or in our UI counts as lost; on a page element it does not', () => {
    const { focus, mark } = page();
    (document.activeElement as HTMLElement | null)?.blur();
    expect(focus.lost()).toBe(true);
    document.getElementById('b')!.focus();
    expect(focus.inUi()).toBe(true);
    expect(focus.lost()).toBe(true);
    mark.focus();
    expect(focus.inUi()).toBe(false);
    expect(focus.lost()).toBe(false);
  });

  it('puts the toolbar’s selection back when focus moved it', () => {
    const { focus, text } = page();
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 5);
    document.getSelection()!.removeAllRanges();
    focus.restoreSelection(range);
    expect(document.getSelection()!.toString()).toBe('Alpha');
  });
});
