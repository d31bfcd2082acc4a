// The reader's colours for each kind of highlight, as custom properties on <html> that
// lib/highlight/marks.css reads. Custom properties on <html> are inherited by every element:
// changing one restyles the whole page (~70 ms on a 10,000-post live blog). marks.css falls back to
// the default colours, so only colours the reader changed are set, and only when they differ from
// what is set.
import { DEFAULT_PAGE_SETTINGS, KINDS, type Kind } from '@/lib/model';

/** Set the reader's colours (only those not the default, only when they changed). */
export function setKindColors(html: HTMLElement, colors: Record<Kind, string>): void {
  for (const k of KINDS) {
    const c = colors[k];
    const value = c === DEFAULT_PAGE_SETTINGS.colors[k] ? '' : c;
    if (html.style.getPropertyValue(`--claimlight-${k}`) !== value) html.style.setProperty(`--claimlight-${k}`, value);
  }
}

/** Take the colours off the page (the session ends). */
export function clearKindColors(html: HTMLElement): void {
  for (const k of KINDS) html.style.removeProperty(`--claimlight-${k}`);
}
