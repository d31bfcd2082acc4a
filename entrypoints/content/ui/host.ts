// The shadow host in the top layer: a manual popover, when the browser supports it, sits above any
// page overlay whatever its z-index. Re-showing it moves it above top-layer elements the page
// opened since (dialogs, popovers).

function supportsPopover(el: HTMLElement): boolean {
  return typeof el.showPopover === 'function' && typeof el.hidePopover === 'function';
}

export function prepareHost(host: HTMLElement): void {
  host.setAttribute('data-claimlight-ui', '');
  if (supportsPopover(host)) host.setAttribute('popover', 'manual');
}

/** Bring the host to the top of the top layer (no-op without popover support). */
export function raiseHost(host: HTMLElement): void {
  if (!supportsPopover(host) || !host.isConnected || !host.hasAttribute('popover')) return;
  try {
    if (host.matches(':popover-open')) {
      // Already on top when nothing else entered the top layer after it; re-showing would blur focus.
      if (host.ownerDocument.activeElement === host) return;
      host.hidePopover();
    }
    host.showPopover();
  } catch {
    // Some pages replace the body or remove us: the fixed position and z-index still apply.
  }
}
