// Copy text from a click handler: the async Clipboard API first (it needs the page to be focused
// and allowed), else a hidden textarea inside our shadow root with execCommand('copy').

export async function copyText(text: string, root: ShadowRoot | null): Promise<boolean> {
  const clipboard = globalThis.navigator?.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Denied or unfocused: try the fallback below.
    }
  }
  return copyWithTextarea(text, root);
}

function copyWithTextarea(text: string, root: ShadowRoot | null): boolean {
  const doc = root?.ownerDocument ?? document;
  const parent: ParentNode | null = root ?? doc.body;
  if (!parent) return false;
  const previous = (root?.activeElement ?? doc.activeElement) as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  Object.assign(area.style, { position: 'fixed', top: '0', left: '-9999px', width: '1px', height: '1px', opacity: '0' });
  parent.appendChild(area);
  let ok = false;
  try {
    area.focus({ preventScroll: true });
    area.select();
    ok = typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    area.remove();
    previous?.focus?.({ preventScroll: true });
  }
  return ok;
}
