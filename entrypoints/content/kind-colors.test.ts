// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SETTINGS } from '@/lib/model';
import { clearKindColors, setKindColors } from './kind-colors';

describe('the reader’s highlight colours on the page', () => {
  it('sets only colours that are not the default, and takes one off when it is the default again', () => {
    const html = document.createElement('html');
    setKindColors(html, { ...DEFAULT_PAGE_SETTINGS.colors, claim: '#ff00ff' });
    expect(html.style.getPropertyValue('--claimlight-claim')).toBe('#ff00ff');
    expect(html.style.getPropertyValue('--claimlight-quote')).toBe('');
    setKindColors(html, DEFAULT_PAGE_SETTINGS.colors);
    expect(html.style.getPropertyValue('--claimlight-claim')).toBe('');
  });

  it('writes nothing when nothing changed (a write restyles the whole page)', () => {
    const html = document.createElement('html');
    setKindColors(html, { ...DEFAULT_PAGE_SETTINGS.colors, quote: '#123456' });
    let writes = 0;
    const set = html.style.setProperty.bind(html.style);
    html.style.setProperty = (...args: Parameters<CSSStyleDeclaration['setProperty']>) => {
      writes++;
      set(...args);
    };
    setKindColors(html, { ...DEFAULT_PAGE_SETTINGS.colors, quote: '#123456' });
    expect(writes).toBe(0);
  });

  it('clearing takes every colour off', () => {
    const html = document.createElement('html');
    setKindColors(html, { quote: '#111111', disputed: '#222222', claim: '#333333', highlight: '#444444' });
    clearKindColors(html);
    expect(html.getAttribute('style') ?? '').not.toContain('--claimlight');
  });
});
