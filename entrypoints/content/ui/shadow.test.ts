// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptCss, createShadowUi } from './shadow';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('createShadowUi', () => {
  it('attaches a closed shadow root that the page cannot reach through the host', () => {
    const ui = createShadowUi(document, { tag: 'claimlight-ui', css: '.x { color: red; }' });
    document.body.append(ui.host);
    expect(ui.host.localName).toBe('claimlight-ui');
    expect(ui.host.shadowRoot).toBeNull();
    expect(ui.root.mode).toBe('closed');
    expect(ui.container.parentNode).toBe(ui.root);
  });

  it('adopts the CSS as a constructable stylesheet, with no <style> element', () => {
    const ui = createShadowUi(document, { tag: 'claimlight-ui', css: '.cl-card { font-size: 14px; }' });
    expect(ui.styling).toBe('adopted');
    expect(ui.root.adoptedStyleSheets).toHaveLength(1);
    const rules = [...ui.root.adoptedStyleSheets[0]!.cssRules].map((r) => r.cssText).join('\n');
    expect(rules).toContain('.cl-card');
    expect(ui.root.querySelector('style')).toBeNull();
  });

  it('stops the isolated events at the shadow root, and only those', () => {
    const ui = createShadowUi(document, { tag: 'claimlight-ui', css: '', isolateEvents: ['keydown'] });
    document.body.append(ui.host);
    const seen: string[] = [];
    document.addEventListener('keydown', () => seen.push('keydown'));
    document.addEventListener('click', () => seen.push('click'));
    const button = document.createElement('button');
    ui.container.append(button);
    button.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, key: 'a' }));
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(seen).toEqual(['click']);
  });
});

describe('adoptCss', () => {
  it('falls back to a <style> element where adopting a sheet fails', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    vi.spyOn(root, 'adoptedStyleSheets', 'set').mockImplementation(() => {
      throw new TypeError('not allowed here');
    });
    expect(adoptCss(root, 'p { margin: 0; }')).toBe('style-element');
    const style = root.querySelector('style');
    expect(style?.textContent).toBe('p { margin: 0; }');
    expect(root.firstChild).toBe(style);
  });
});
