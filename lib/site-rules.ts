// Auto-analysis per site: the global switch, overridden by the reader's explicit per-site choices.
import type { Settings } from '@/lib/model';

type SiteLists = Pick<Settings, 'enabledSites' | 'disabledSites'>;

/** Is auto-analysis on for this site (explicit choice first, then the global switch)? */
export function siteAuto(s: Settings, site: string): boolean {
  if (s.disabledSites.includes(site)) return false;
  if (s.enabledSites.includes(site)) return true;
  return s.autoAnalyze;
}

/** Whether the reader made an explicit choice for this site. */
export function hasSiteRule(s: Settings, site: string): boolean {
  return s.disabledSites.includes(site) || s.enabledSites.includes(site);
}

/** Record the reader's choice for a site (on or off), or forget it (null: follow the global switch). */
export function setSiteRule(s: SiteLists, site: string, on: boolean | null): SiteLists {
  const enabledSites = s.enabledSites.filter((x) => x !== site);
  const disabledSites = s.disabledSites.filter((x) => x !== site);
  if (on === true) enabledSites.push(site);
  if (on === false) disabledSites.push(site);
  return { enabledSites, disabledSites };
}

/** "https://www.News.example/path" or "news.example" → "news.example"; '' when it is not a host name. */
export function normalizeSite(input: string): string {
  let s = input.trim().toLowerCase();
  if (!s) return '';
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `https://${s}`;
  try {
    const host = new URL(s).hostname.replace(/^www\./, '');
    return /^[a-z0-9.-]+$/.test(host) && host.includes('.') || host === 'localhost' ? host : '';
  } catch {
    return '';
  }
}

/** Sites to list: the reader's sites plus any with a rule, alphabetical. */
export function sitesToList(known: readonly string[], s: Settings): string[] {
  return [...new Set([...known, ...s.enabledSites, ...s.disabledSites])].filter(Boolean).sort((a, b) => a.localeCompare(b));
}
