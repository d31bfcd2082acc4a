// The article's title: its visible headline when the root holds one, else og:title, else <title>.

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

export function articleTitle(doc: Document, root: Element): string | undefined {
  const h1 = root.querySelector('h1');
  const og = doc.querySelector('meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"]');
  const title = clean(h1?.textContent) || clean(og?.getAttribute('content')) || clean(doc.title);
  return title || undefined;
}
