import { sendToBackground } from '@/lib/messaging/client';

// Fact-check memory, the page side (in the page tools: the core only checks for the word ClaimReview
// and loads them, entrypoints/content/session.ts): hand the raw markup that may hold schema.org ClaimReview items to
// the background, which parses, checks and keeps them (lib/factcheck/parse.ts). Kept tiny (this
// runs on every page): JSON-LD script texts that mention ClaimReview, size-capped (never executed:
// their text is only read), and a compact walk of microdata ClaimReview items. Nothing is written
// to the page.
type Micro = { t: string; p: [string, string | Micro][] };

const text = (e: Element) => (e.getAttribute('content') ?? e.getAttribute('href') ?? e.getAttribute('datetime') ?? e.textContent ?? '').slice(0, 4000);

function micro(scope: Element, depth: number): Micro {
  const p: Micro['p'] = [];
  for (const e of scope.querySelectorAll('[itemprop]')) {
    if (p.length > 199 || e.parentElement?.closest('[itemscope]') !== scope) continue;
    const v = e.hasAttribute('itemscope') && depth < 3 ? micro(e, depth + 1) : text(e);
    for (const name of e.getAttribute('itemprop')!.split(/\s+/)) if (name) p.push([name.slice(0, 60), v]);
  }
  return { t: (scope.getAttribute('itemtype') ?? '').slice(0, 200), p };
}

function claimReviewMarkup(doc: Document): { jsonld: string[]; microdata: Micro[] } | null {
  const jsonld: string[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const t = s.textContent ?? '';
    if (t.length <= 2e5 && t.includes('ClaimReview') && jsonld.push(t) > 19) break;
  }
  const microdata = [...doc.querySelectorAll('[itemscope][itemtype*="ClaimReview" i]')].slice(0, 20).map((e) => micro(e, 0));
  return jsonld.length || microdata.length ? { jsonld, microdata } : null;
}

/** Send the page's ClaimReview markup to the background (which answers nothing the page could learn from). */
export async function sendClaimReviews(canonical: string | null): Promise<void> {
  const markup = claimReviewMarkup(document);
  if (markup) await sendToBackground('factcheck/seen', { canonical, ...markup });
}
