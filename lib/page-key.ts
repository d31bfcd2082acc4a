// The identity of an article: one article is one page, whatever link led to it.
//
// Choices (a key is compared as a plain string, so every variant must normalise to one form):
// - The fragment and tracking parameters are dropped; the remaining query parameters are sorted.
// - http and https are the same page: the key always says "https:". News sites serve both and a
//   reader expects their notes either way.
// - The host is lowercased, a leading "www." is dropped, default ports are dropped.
// - A trailing "/" of the path is dropped ("/" stays for the root). The path's case is kept.
// - A canonical link is followed only when it is an absolute http(s) URL on the same site: both
//   hosts share their registrable part (see registrableHost), so example.com, www.example.com,
//   m.example.com and amp.example.com agree, while another site's canonical is ignored.
// - Other schemes (file:, …) still get a key: the URL without its fragment.
import type { PageKey } from './model';

/** Query parameters that identify a campaign or a click, never the article. Compared lowercased. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid', 'li_fat_id',
  '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'ref', 'ref_src', 'ref_url', 'cmpid', 'ocid', 'smid',
  's_cid', 'spm', 'wt.mc_id', 'wt_mc', 'ns_campaign', 'ns_mchannel', 'ns_source', 'ns_linkname',
  'ns_fee', 'oly_anon_id', 'oly_enc_id', 'rb_clickid', 'vero_id', 'vero_conv', '__twitter_impression',
]);
const TRACKING_PREFIXES = ['utm_', 'mc_', 'at_', 'pk_', 'hsa_'];

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/** Schemes whose pages a content script can read and a reader would annotate. */
const ANNOTATABLE_SCHEMES = new Set(['http:', 'https:', 'file:']);
/** Browser stores where extensions are not allowed to run. */
const BLOCKED_HOSTS = new Set(['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);

/** Second-level labels that act as public suffixes under a two-letter country code (co.uk, com.au). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go']);
/** Shared hosting where each subdomain is a different site. */
const SHARED_HOSTING = new Set(['github.io', 'blogspot.com', 'wordpress.com', 'substack.com', 'netlify.app', 'pages.dev', 'vercel.app']);

function parse(url: string): URL | null {
  try {
    return new URL(url.trim());
  } catch {
    return null;
  }
}

const isHttp = (u: URL) => u.protocol === 'http:' || u.protocol === 'https:';
const stripWww = (host: string) => (host.startsWith('www.') ? host.slice(4) : host);

/**
 * The part of a host a site owns: the last two labels, or three under a country-code second level
 * (bbc.co.uk) or a shared-hosting suffix (someone.github.io). A simple heuristic, not the Public
 * Suffix List: good enough to tell whether a canonical link stays on the same site.
 */
export function registrableHost(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  const [second, tld] = labels.slice(-2);
  const threeLabels = SHARED_HOSTING.has(lastTwo) || (tld.length === 2 && SECOND_LEVEL.has(second));
  return labels.slice(threeLabels ? -3 : -2).join('.');
}

/** Whether two hosts belong to the same site (same registrable part). */
export function sameSite(hostA: string, hostB: string): boolean {
  return registrableHost(hostA) === registrableHost(hostB);
}

function keyOfHttp(u: URL): PageKey {
  const params = [...u.searchParams].filter(([name]) => !isTrackingParam(name));
  params.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') || '/' : '/';
  // URL already lowercases the host and drops the scheme's default port; other ports stay.
  const defaultPort = u.port === '80' || u.port === '443';
  const host = stripWww(u.hostname) + (u.port && !defaultPort ? `:${u.port}` : '');
  return `https://${host}${path}${query}`;
}

/**
 * The page key of an article at `url`, refined by the page's canonical link when that link is an
 * absolute http(s) URL on the same site.
 */
export function pageKeyFor(url: string, canonical?: string | null): PageKey {
  const u = parse(url);
  if (!u) return url.trim().replace(/#.*$/, '');
  if (!isHttp(u)) {
    u.hash = '';
    return u.href;
  }
  const c = canonical ? parse(canonical) : null;
  // Only an absolute canonical parses without a base; a relative one never gets here.
  if (c && isHttp(c) && sameSite(u.hostname, c.hostname)) return keyOfHttp(c);
  return keyOfHttp(u);
}

/** Whether Claimlight can run on and annotate this page (not browser, extension or store pages). */
export function isAnnotatablePage(url: string): boolean {
  const u = parse(url);
  if (!u || !ANNOTATABLE_SCHEMES.has(u.protocol)) return false;
  if (u.hostname === 'chrome.google.com' && u.pathname.startsWith('/webstore')) return false;
  return !BLOCKED_HOSTS.has(u.hostname);
}

/** The site of a URL: its lowercase host without "www." ('' when there is none). */
export function siteOf(url: string): string {
  const u = parse(url);
  return u ? stripWww(u.hostname) : '';
}
