// The colour pairs the in-page UI uses, in the light and dark palettes of components/theme.css:
// text ≥ 4.5:1 (WCAG AA), focus ring ≥ 3:1 against the card background.
// (Read from disk: vitest blanks CSS imports, even ?raw ones.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const themeCss = readFileSync(new URL('../theme.css', import.meta.url), 'utf8');
const inpageCss = readFileSync(new URL('./inpage.css', import.meta.url), 'utf8');

function tokens(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/--(cl-[\w-]+):\s*(#[0-9a-f]{6})/gi)) out[m[1]!] = m[2]!;
  return out;
}

const light = tokens(themeCss.split('@media (prefers-color-scheme: dark)')[0]!);
const dark = { ...light, ...tokens(themeCss.split('@media (prefers-color-scheme: dark)')[1]!.split('}')[0]!) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const ratio = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

// [foreground, background, minimum]
const PAIRS: [string, string, number][] = [
  ['cl-text', 'cl-bg', 4.5], // card and toolbar text
  ['cl-muted', 'cl-bg', 4.5], // source, reason, field labels
  ['cl-text', 'cl-surface', 4.5], // buttons, the note box
  ['cl-text', 'cl-surface-2', 4.5], // hovered buttons, the undo bar
  ['cl-danger', 'cl-surface', 4.5], // Delete
  ['cl-accent', 'cl-bg', 4.5], // links ("Also here")
  ['cl-accent-text', 'cl-accent', 4.5], // primary buttons (Save, Undo)
  ['cl-focus', 'cl-bg', 3], // focus ring
];

describe('in-page UI contrast', () => {
  it('uses only theme tokens that exist', () => {
    const used = new Set([...inpageCss.matchAll(/var\(--(cl-[\w-]+)/g)].map((m) => m[1]!));
    for (const t of used) if (t !== 'cl-radius') expect(light[t], t).toMatch(/^#/);
  });

  it('in forced colors the card and the note view frame keep a visible border', () => {
    const forced = inpageCss.split('@media (forced-colors: active)')[1]!.split(/\n}/)[0]!;
    expect(forced).toMatch(/\.cl-floating \{ border: 1px solid CanvasText; \}/);
    expect(forced).toMatch(/\.cl-noteframe--view \{ border: 1px solid CanvasText; \}/);
  });

  for (const [name, palette] of [['light', light], ['dark', dark]] as const) {
    it(`${name} palette meets the minimum contrast for every pair`, () => {
      for (const [fg, bg, min] of PAIRS) {
        const r = ratio(palette[fg]!, palette[bg]!);
        expect(r, `${fg} on ${bg}: ${r.toFixed(2)}`).toBeGreaterThanOrEqual(min);
      }
    });
  }
});
