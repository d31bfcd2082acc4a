// Where focus can go back to in the page once our focused UI (a note frame) is removed.

/** Elements that take focus from script; [tabindex] includes -1, which focus() accepts. */
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable=""], [contenteditable="true"]';

/** The page element itself when it is an HTML element that can hold focus (not <body>). */
export function focusableElement(el: Element | null): HTMLElement | null {
  if (!el || el === el.ownerDocument.body || !el.isConnected) return null;
  return 'focus' in el && el.matches(FOCUSABLE) ? (el as HTMLElement) : null;
}

/** The nearest focusable element containing node (itself included), outside Claimlight's UI. */
export function focusableAncestor(node: Node): HTMLElement | null {
  const el = node instanceof Element ? node : node.parentElement;
  const found = el?.closest(FOCUSABLE) ?? null;
  return found && !found.closest('[data-claimlight-ui]') ? focusableElement(found) : null;
}
