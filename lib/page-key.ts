// The identity of an article: one article is one page, whatever link led to it.
//
// Choices (a key is compared as a plain string, so every variant must normalise to one form):
// - The fragment and tracking parameters are dropped; the remaining query parameters are sorted.
// - http and https are the same page: the key always says "https:". News sites serve both and a
//   reader expects their notes either way.
// - The host is lowercased, a leading "www." is dropped, default ports are dropped.
// - A trailing "/" of the path is dropped ("/" stays for the root). The path's case is kept.
// - A canonical link is followed only within the page's own origin (host and port; http and https
//   and a leading "www." count as the same, as they do in the key itself): a page could read any
//   page of its own origin anyway, so following its canonical shows it nothing new. Anything wider
//   is not safe: another port of the same host, another tenant of a shared host
//   (alice.github.io vs bob.github.io, evil.herokuapp.com vs victim.herokuapp.com), a sibling
//   subdomain (m., amp., a blog run by someone else) can be a different party, and would get the
//   other page's key — its saved highlights painted into the attacker's DOM, its Delete acting on
//   them. (A registrable-domain check, even with the Public Suffix List, is not a security boundary:
//   subdomains of one registrable domain are often different parties.)
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

function parse(url: string): URL | null {
  try {
    return new URL(url.trim());
  } catch {
    return null;
  }
}

const isHttp = (u: URL) => u.protocol === 'http:' || u.protocol === 'https:';
const stripWww = (host: string) => (host.startsWith('www.') ? host.slice(4) : host);

/** The origin as the key writes it: the host without "www.", and a port other than 80 and 443. */
function keyHost(u: URL): string {
  // URL already lowercases the host and drops the scheme's default port; other ports stay.
  const defaultPort = u.port === '80' || u.port === '443';
  return stripWww(u.hostname) + (u.port && !defaultPort ? `:${u.port}` : '');
}

/**
 * Whether a page at `u` may be named by its canonical link: both http(s), same origin as the key
 * sees it (so the canonical can change only the path and query). See the file comment.
 */
export function sameOrigin(u: URL, canonical: URL): boolean {
  return isHttp(u) && isHttp(canonical) && keyHost(u) === keyHost(canonical);
}

function keyOfHttp(u: URL): PageKey {
  const params = [...u.searchParams].filter(([name]) => !isTrackingParam(name));
  params.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') || '/' : '/';
  return `https://${keyHost(u)}${path}${query}`;
}

/**
 * The page key of an article at `url`, refined by the page's canonical link when that link is an
 * absolute http(s) URL of the same origin.
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
  if (c && sameOrigin(u, c)) return keyOfHttp(c);
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
