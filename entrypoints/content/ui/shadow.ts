// The in-page UI's private corner of the page: a host element with a CLOSED shadow root (page
// scripts see `host.shadowRoot === null`; only the reference returned here reaches inside) and
// our stylesheet adopted as a constructable sheet, which a page's `style-src` CSP does not govern
// (a <style> element inside the shadow root would be blocked by it).

interface ShadowUi {
  /** The element that enters the page. */
  host: HTMLElement;
  /** The closed shadow root: keep this reference private. */
  root: ShadowRoot;
  /** Where the UI renders, inside the shadow root. */
  container: HTMLElement;
  /** How the stylesheet got in: adopted (CSP-proof) or, where that is unsupported, a <style>. */
  styling: 'adopted' | 'style-element';
}

interface ShadowUiOptions {
  /** A custom element name (two words, kebab-case) for the host. */
  tag: string;
  css: string;
  /**
   * Events stopped at the shadow root so the page's bubbling listeners do not see them (capture
   * listeners on window or document still do: the event path always starts there).
   */
  isolateEvents?: readonly string[];
}

/** Give a shadow root our CSS, preferring a constructable stylesheet over a <style> element. */
export function adoptCss(root: ShadowRoot, css: string): ShadowUi['styling'] {
  const win = root.ownerDocument.defaultView;
  const Sheet = win?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in root) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return 'adopted';
    } catch {
      // Not supported here (older engines, or a sandbox that refuses the sheet): fall back below.
    }
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.prepend(style);
  return 'style-element';
}

/** Create the host (not yet in the page), its closed shadow root, the stylesheet and the container. */
export function createShadowUi(doc: Document, { tag, css, isolateEvents = [] }: ShadowUiOptions): ShadowUi {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  const styling = adoptCss(root, css);
  const container = doc.createElement('div');
  root.append(container);
  for (const type of isolateEvents) root.addEventListener(type, (e) => e.stopPropagation());
  return { host, root, container, styling };
}
