// What the content script tells the background about the page it runs in. The background decides
// the pageKey from sender.tab.url; the canonical link is only a hint it checks.

export interface PageInfo {
  canonical: string | null;
  title: string;
  siteName: string;
}

function meta(doc: Document, selector: string): string | null {
  const v = doc.querySelector<HTMLMetaElement>(selector)?.content?.trim();
  return v ? v : null;
}

export function readPageInfo(doc: Document = document): PageInfo {
  const link = doc.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]');
  let canonical: string | null = null;
  if (link) {
    try {
      canonical = new URL(link.getAttribute('href') ?? '', doc.baseURI).href;
    } catch {
      canonical = null;
    }
  }
  const title = (meta(doc, 'meta[property="og:title"]') ?? doc.title ?? '').trim().slice(0, 2000);
  const siteName = (meta(doc, 'meta[property="og:site_name"]') ?? location.hostname.replace(/^www\./, '')).slice(0, 500);
  return { canonical: canonical && canonical.length <= 4000 ? canonical : null, title, siteName };
}
