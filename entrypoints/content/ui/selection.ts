// Which page selections the toolbar offers to annotate: real text in the page, not inside form
// fields, editable regions or Claimlight's own UI.

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

export function isEditableNode(node: Node | null): boolean {
  if (!node) return false;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(EDITABLE) || !!(el as HTMLElement | null)?.isContentEditable;
}

/** True for Claimlight's UI host (the rest of the extension ignores it) and anything inside it. */
export function isOurUi(node: Node | null): boolean {
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  return !!el?.closest('[data-claimlight-ui]');
}

/** The selection's range when the toolbar should offer it, else null. */
export function annotatableRange(doc: Document): Range | null {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const active = doc.activeElement;
  if (active && active !== doc.body && (isEditableNode(active) || isOurUi(active))) return null;
  const range = sel.getRangeAt(0);
  const common = range.commonAncestorContainer;
  if (!doc.body || !doc.body.contains(common)) return null;
  if (isOurUi(common) || isEditableNode(common)) return null;
  if (!range.toString().trim()) return null;
  return range;
}
