// Element categories by tag name (always compared on `localName`, which is lower-case for HTML
// elements and also correct for SVG/MathML in HTML documents).

/** Elements that start a new visual block: text on either side of them never shares a sentence. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  // Replaced/embedded content laid out as boxes of its own.
  'audio', 'canvas', 'iframe', 'object', 'video',
]);

/** Elements whose content is never article text (a <form> is judged by what it holds: clutter.ts). */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'button', 'input', 'select',
  'textarea', 'option', 'datalist', 'object', 'embed', 'video', 'audio', 'picture', 'math',
  'dialog', 'figure', 'figcaption', 'aside', 'nav', 'footer', 'head', 'title', 'meta', 'link',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl', 'menu']);

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

/** A line break or a block-level element: a boundary between two runs of text. */
export function isBreakElement(el: Element): boolean {
  return el.localName === 'br' || BLOCK_TAGS.has(el.localName);
}
