// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { luminance, pageTheme, parseColor } from './page-theme';

describe('parseColor / luminance', () => {
  it.each([
    ['rgb(255, 255, 255)', [255, 255, 255, 1]],
    ['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
    ['rgb(10 20 30 / 50%)', [10, 20, 30, 0.5]],
    ['transparent', [0, 0, 0, 0]],
    ['oklch(0.5 0.1 200)', null],
  ])('%s', (css, out) => expect(parseColor(css)).toEqual(out));

  it('orders black, grey and white', () => {
    expect(luminance([0, 0, 0])).toBe(0);
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
    expect(luminance([119, 119, 119])).toBeCloseTo(0.184, 2);
  });
});

describe('pageTheme', () => {
  const page = (html: string) => {
    document.body.innerHTML = html;
    document.body.style.backgroundColor = '';
    document.documentElement.style.background = '';
    return document.getElementById('t')!;
  };

  it('follows the nearest opaque background, skipping translucent ones', () => {
    expect(pageTheme(page('<div style="background-color: rgb(17, 17, 17)"><p><span id="t">x</span></p></div>'), document)).toBe('dark');
    expect(pageTheme(page('<div style="background-color: rgb(17, 17, 17)"><p style="background-color: rgba(255, 255, 255, 0.1)"><span id="t">x</span></p></div>'), document)).toBe('dark');
    expect(pageTheme(page('<div style="background-color: rgb(17, 17, 17)"><p style="background-color: rgb(250, 250, 250)"><span id="t">x</span></p></div>'), document)).toBe('light');
  });

  it('uses the body or the canvas when nothing else is painted', () => {
    const t = page('<p><span id="t">x</span></p>');
    expect(pageTheme(t, document)).toBe('light');
    document.body.style.backgroundColor = 'rgb(20, 20, 24)';
    expect(pageTheme(t, document)).toBe('dark');
  });
});
