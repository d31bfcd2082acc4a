// Reading schema.org ClaimReview items out of JSON-LD text, microdata (as the content script hands it
// over: ./microdata.ts) or an imported file. Pure: JSON.parse only (nothing is ever evaluated), every
// walk bounded, every string capped, every address http(s). A malformed or hostile item is skipped,
// never an error that stops the others.
import { stableHash } from '../finding-ids';
import type { FactCheckReview, ReviewOrigin } from './types';

export const LIMITS = {
  /** One JSON-LD script's text; a longer one is skipped (the content script does not even send it). */
  jsonldChars: 200_000,
  /** Scripts and microdata items read from one page. */
  scriptsPerPage: 20,
  microdataPerPage: 20,
  /** Reviews kept from one page. */
  reviewsPerPage: 50,
  /** Objects visited in one JSON-LD document, and how deep. */
  nodes: 20_000,
  depth: 12,
  claim: 1000,
  short: 200,
  url: 2000,
  appearances: 10,
} as const;

const TYPE = /^(?:(?:https?:\/\/)?schema\.org\/|schema:)?ClaimReview$/i;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function typesOf(o: Obj): string[] {
  const t = o['@type'] ?? o.type;
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Text of a value: strings as they are, `{ "@value" }`, `{ name }`, numbers; markup tags and entities dropped, whitespace folded. */
function textOf(v: Json | undefined, max: number = LIMITS.short): string {
  let s = '';
  if (typeof v === 'string') s = v;
  else if (typeof v === 'number' && Number.isFinite(v)) s = String(v);
  else if (Array.isArray(v)) return textOf(v.find((x) => textOf(x, max)), max);
  else if (isObj(v)) s = typeof v['@value'] === 'string' ? v['@value'] : typeof v.name === 'string' ? v.name : '';
  s = s
    .slice(0, max * 4)
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|#38);/g, '&')
    .replace(/&(?:quot|#34);/g, '"')
    .replace(/&(?:#39|apos|rsquo|#8217);/g, '’')
    .replace(/&(?:lt|gt|nbsp|[a-z]+|#\d+);/g, ' ')
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function numberOf(v: Json | undefined): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isFinite(n) && Math.abs(n) < 1e6 ? n : null;
}

/** An http(s) address, resolved against `base`; anything else (javascript:, data:, junk) is null. */
export function httpUrl(v: Json | undefined, base?: string | null): string | null {
  const s = typeof v === 'string' ? v : isObj(v) ? (typeof v['@id'] === 'string' ? v['@id'] : typeof v.url === 'string' ? v.url : '') : '';
  if (!s || s.length > LIMITS.url) return null;
  try {
    const u = base ? new URL(s.trim(), base) : new URL(s.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "2025-03-18T10:00:00Z", "18 March 2025" → "2025-03-18"; null when it does not parse or is out of range. */
export function isoDay(v: Json | undefined): string | null {
  const s = textOf(v, 60);
  if (!s) return null;
  const direct = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  const iso = direct ? `${direct[1]}-${direct[2]}-${direct[3]}` : (() => {
    const t = Date.parse(s);
    return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null;
  })();
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? iso : null;
}

/** Same site: equal hosts, or one within the other's registrable name (www.x.org, factcheck.x.org, x.org). */
export function sameSite(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  let ha: string;
  let hb: string;
  try {
    ha = new URL(a).hostname.replace(/^www\./, '');
    hb = new URL(b).hostname.replace(/^www\./, '');
  } catch {
    return false;
  }
  if (ha === hb) return true;
  const site = (h: string) => {
    if (/^[\d.]+$|^\[|:/.test(h)) return h;
    const parts = h.split('.');
    const n = parts.length >= 3 && parts[parts.length - 1]!.length === 2 && parts[parts.length - 2]!.length <= 3 ? 3 : 2;
    return parts.slice(-n).join('.');
  };
  return site(ha) === site(hb);
}

/** Every ClaimReview object in a JSON-LD value (arrays, @graph, nested properties), bounded. */
export function findClaimReviews(root: unknown): Obj[] {
  const found: Obj[] = [];
  let visited = 0;
  const walk = (v: unknown, depth: number) => {
    if (depth > LIMITS.depth || ++visited > LIMITS.nodes || found.length >= LIMITS.reviewsPerPage * 2) return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    if (!isObj(v)) return;
    if (typesOf(v).some((t) => TYPE.test(t))) {
      found.push(v);
      return;
    }
    for (const key of Object.keys(v)) if (key !== '@context') walk(v[key], depth + 1);
  };
  walk(root, 0);
  return found;
}

/** Nodes of a JSON-LD document by @id, so `"author": { "@id": "#org" }` reads the organisation. */
function nodesById(root: unknown): Map<string, Obj> {
  const byId = new Map<string, Obj>();
  let visited = 0;
  const walk = (v: unknown, depth: number) => {
    if (depth > LIMITS.depth || ++visited > LIMITS.nodes) return;
    if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
    else if (isObj(v)) {
      if (typeof v['@id'] === 'string' && Object.keys(v).length > 1 && !byId.has(v['@id'])) byId.set(v['@id'], v);
      for (const key of Object.keys(v)) walk(v[key], depth + 1);
    }
  };
  walk(root, 0);
  return byId;
}

export interface ReadContext {
  origin: ReviewOrigin;
  /** The page it was seen on (origin 'seen'); relative addresses resolve against it. */
  pageUrl: string | null;
  pageKey: string | null;
  pageTitle: string;
  now: number;
  /** The document's nodes by @id (JSON-LD). */
  byId?: Map<string, Obj>;
}

/** Why an item was not kept (for import summaries and tests). */
export type SkipReason = 'no claim' | 'no rating' | 'bad address' | 'another site';

/** One ClaimReview object → a review to keep, or why not. */
export function readClaimReview(o: Obj, ctx: ReadContext): FactCheckReview | SkipReason {
  const deref = (v: Json | undefined): Json | undefined => {
    const one = Array.isArray(v) ? v[0] : v;
    if (isObj(one) && typeof one['@id'] === 'string' && Object.keys(one).length === 1) return ctx.byId?.get(one['@id']) ?? one;
    return one;
  };
  const claim = textOf(o.claimReviewed, LIMITS.claim);
  if (claim.length < 3) return 'no claim';
  const ratingObj = deref(o.reviewRating);
  const r = isObj(ratingObj) ? ratingObj : {};
  const ratingValue = numberOf(r.ratingValue);
  const bestRating = numberOf(r.bestRating);
  const worstRating = numberOf(r.worstRating);
  const named = textOf(r.alternateName) || textOf(r.name);
  const rating = named || (typeof ratingObj === 'string' ? textOf(ratingObj) : '') || (ratingValue !== null ? `${ratingValue}${bestRating !== null ? ` of ${bestRating}` : ''}` : '');
  if (!rating) return 'no rating';
  const base = ctx.pageUrl;
  const rawUrl = o.url ?? o['@id'];
  let url = rawUrl === undefined ? null : httpUrl(rawUrl as Json, base);
  if (typeof rawUrl === 'string' && rawUrl.startsWith('_:')) url = null; // a blank node, not an address
  if (rawUrl !== undefined && url === null && typeof rawUrl === 'string' && !rawUrl.startsWith('_:') && !rawUrl.startsWith('#')) return 'bad address';
  if (ctx.origin === 'seen') {
    // A page can only speak for itself: a review that says it lives on another site is not kept.
    if (url && !sameSite(url, base)) return 'another site';
    url ??= base;
  }
  const authorObj = deref(o.author);
  const authorUrl = isObj(authorObj) ? httpUrl((authorObj.url ?? authorObj['@id']) as Json, base) : null;
  let org = textOf(authorObj);
  const host = (u: string | null) => (u ? new URL(u).hostname.replace(/^www\./, '') : '');
  // An author on another site than the review's: the page names someone it cannot speak for.
  if (ctx.origin === 'seen' && authorUrl && url && !sameSite(authorUrl, url)) org = host(url);
  if (!org) org = host(url) || 'Unknown fact-checker';
  const item = deref(o.itemReviewed);
  const i = isObj(item) ? item : {};
  const claimAuthor = textOf(deref(i.author)) || null;
  const claimDate = isoDay(i.datePublished as Json) ?? isoDay(i.dateCreated as Json);
  const appearances: string[] = [];
  for (const a of [i.appearance, i.firstAppearance].flat()) {
    const u = httpUrl(a as Json, base);
    if (u && !appearances.includes(u) && appearances.length < LIMITS.appearances) appearances.push(u);
  }
  const date = isoDay(o.datePublished) ?? isoDay(o.dateModified);
  return {
    id: `fc-${stableHash(`${url ?? org}\n${claim.toLowerCase()}`)}${stableHash(claim).slice(0, 3)}`,
    claim,
    rating,
    ratingValue,
    bestRating,
    worstRating,
    org,
    url,
    date,
    claimAuthor,
    claimDate,
    appearances,
    origin: ctx.origin,
    seenOnPage: ctx.origin === 'seen' ? ctx.pageKey : null,
    seenOnUrl: ctx.origin === 'seen' ? ctx.pageUrl : null,
    seenOnTitle: ctx.origin === 'seen' ? ctx.pageTitle.slice(0, LIMITS.short * 2) : '',
    firstSeen: ctx.now,
    lastSeen: ctx.now,
  };
}

export interface ReadResult {
  reviews: FactCheckReview[];
  skipped: { reason: SkipReason | 'not JSON' | 'too large'; count: number }[];
}

function tally(skips: Map<string, number>, reason: string) {
  skips.set(reason, (skips.get(reason) ?? 0) + 1);
}

/** Reviews from a JSON value (a parsed JSON-LD script, an imported document). */
export function reviewsFromJson(root: unknown, ctx: ReadContext, skips = new Map<string, number>()): FactCheckReview[] {
  const byId = nodesById(root);
  const out: FactCheckReview[] = [];
  for (const o of findClaimReviews(root)) {
    const r = readClaimReview(o, { ...ctx, byId });
    if (typeof r === 'string') tally(skips, r);
    else if (!out.some((x) => x.id === r.id)) out.push(r);
  }
  return out;
}

/** Reviews a page's markup holds: its JSON-LD texts and microdata items (./microdata.ts), capped. */
export function reviewsFromPage(input: { jsonld: readonly string[]; microdata: readonly unknown[] }, ctx: ReadContext): ReadResult {
  const skips = new Map<string, number>();
  const out: FactCheckReview[] = [];
  const add = (list: FactCheckReview[]) => {
    for (const r of list) if (out.length < LIMITS.reviewsPerPage && !out.some((x) => x.id === r.id)) out.push(r);
  };
  for (const text of input.jsonld.slice(0, LIMITS.scriptsPerPage)) {
    if (text.length > LIMITS.jsonldChars) {
      tally(skips, 'too large');
      continue;
    }
    let json: unknown;
    try {
      // Some sites wrap JSON-LD in HTML comments or CDATA.
      json = JSON.parse(text.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, ''));
    } catch {
      tally(skips, 'not JSON');
      continue;
    }
    add(reviewsFromJson(json, ctx, skips));
  }
  add(reviewsFromJson(input.microdata.slice(0, LIMITS.microdataPerPage).map(microdataToJson), ctx, skips));
  return { reviews: out, skipped: [...skips].map(([reason, count]) => ({ reason: reason as ReadResult['skipped'][number]['reason'], count })) };
}

/**
 * A microdata item as the content script sends it — `{ t: itemtype, p: [[name, value], …] }`, a value
 * a string or a nested item — as the JSON-LD object it stands for.
 */
export function microdataToJson(item: unknown, depth = 0): Json {
  if (!isObj(item) || depth > 4) return null;
  const type = typeof item.t === 'string' ? item.t.split(/\s+/).map((t) => t.replace(/^https?:\/\/schema\.org\//i, '')) : [];
  const out: Obj = { '@type': type };
  const props = Array.isArray(item.p) ? item.p.slice(0, 200) : [];
  for (const pair of props) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string') continue;
    const [name, raw] = pair as [string, unknown];
    const value: Json = typeof raw === 'string' ? raw.slice(0, 4000) : microdataToJson(raw, depth + 1);
    if (!/^[\w-]{1,60}$/.test(name) || name === '__proto__' || name === 'constructor' || name === 'prototype') continue;
    const prev = Object.prototype.hasOwnProperty.call(out, name) ? out[name] : undefined;
    out[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}
