// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { annotatableRange, isEditableNode, isOurUi } from './selection';

function select(node: Node, start: number, end: number) {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, end);
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(r);
}

beforeEach(() => {
  document.body.innerHTML = `<p id="a">Plain article text.</p><div contenteditable="true" id="e">Editable words</div>
    <textarea id="t">typed</textarea><div data-claimlight-ui id="u"><span id="us">our ui</span></div><p id="s">   </p>`;
  (document.activeElement as HTMLElement | null)?.blur?.();
});

const text = (id: string) => document.getElementById(id)!.firstChild!;

describe('annotatableRange', () => {
  it('offers a selection of page text', () => {
    select(text('a'), 0, 5);
    expect(annotatableRange(document)?.toString()).toBe('Plain');
  });

  it('refuses collapsed, blank, editable and our own UI selections', () => {
    select(text('a'), 2, 2);
    expect(annotatableRange(document)).toBeNull();
    select(text('s'), 0, 3);
    expect(annotatableRange(document)).toBeNull();
    select(text('e'), 0, 8);
    expect(annotatableRange(document)).toBeNull();
    select(text('us'), 0, 3);
    expect(annotatableRange(document)).toBeNull();
  });

  it('refuses while a form field has focus', () => {
    select(text('a'), 0, 5);
    document.getElementById('t')!.focus();
    expect(annotatableRange(document)).toBeNull();
  });

  it('knows editable nodes and our UI', () => {
    expect(isEditableNode(text('e'))).toBe(true);
    expect(isEditableNode(text('a'))).toBe(false);
    expect(isOurUi(text('us'))).toBe(true);
    expect(isOurUi(text('a'))).toBe(false);
  });
});
