// Is the page dark or light where our UI appears? The nearest opaque background behind the element
// (its own or an ancestor's) decides; without one, the page's canvas (white unless the page asks
// for a dark colour scheme and the system prefers dark). A dark card on a light page, or a light one
// on a dark page, is hard to read whatever the system's own preference.
import type { Theme } from '@/components/theme-mode';

/** [r, g, b, a] (0–255, alpha 0–1) of a computed colour, or null for formats we cannot read. */
export function parseColor(css: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!m) return css.trim() === 'transparent' ? [0, 0, 0, 0] : null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** Below this luminance black text has less contrast than white: the background counts as dark. */
const DARK_BELOW = 0.18;

export function pageTheme(el: Element | null, doc: Document): Theme {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (let e: Element | null = el; e; e = e.parentElement) {
    const c = parseColor(view.getComputedStyle(e).backgroundColor);
    if (c && c[3] >= 0.5) return luminance(c) < DARK_BELOW ? 'dark' : 'light';
  }
  // No background anywhere: the canvas. Dark only when the page opts into dark and the system prefers it.
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme || '';
  const prefersDark = view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  if (/\bdark\b/.test(scheme) && (prefersDark || !/\blight\b/.test(scheme))) return 'dark';
  return 'light';
}
