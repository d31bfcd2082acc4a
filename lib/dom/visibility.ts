// Clickjacking guard for what the reader does in our in-page UI: a note frame's save, and the card's
// buttons that lose data (Delete, Dismiss), count only once the frame or the card has been visible
// to the reader for a moment. Where the browser has IntersectionObserver v2 (trackVisibility: not covered
// by anything, not transparent, not filtered) that is what "visible" means; elsewhere, in the
// viewport at all.

export type VisibilitySource = (onChange: (visible: boolean) => void) => () => void;

export interface VisibilityGate {
  /** True once visible for `minMs` without a break; false if that did not happen within `maxWaitMs`. */
  whenSeen(maxWaitMs: number): Promise<boolean>;
  dispose(): void;
}

export function visibilityGate(source: VisibilitySource, minMs = 500, now: () => number = () => performance.now()): VisibilityGate {
  let since: number | null = null;
  const stop = source((visible) => {
    if (!visible) since = null;
    else since ??= now();
  });
  const seen = () => since !== null && now() - since >= minMs;
  return {
    async whenSeen(maxWaitMs) {
      const end = now() + maxWaitMs;
      while (!seen()) {
        if (now() >= end) return false;
        await new Promise((r) => setTimeout(r, 50));
      }
      return true;
    },
    dispose: stop,
  };
}

/** The visibility of `el` as the browser reports it (see the file comment). */
export function observeVisibility(el: Element): VisibilitySource {
  return (onChange) => {
    if (typeof IntersectionObserver === 'undefined') {
      onChange(true);
      return () => undefined;
    }
    const v2 = 'isVisible' in IntersectionObserverEntry.prototype;
    // Without v2 all the browser can tell is whether any of the frame is in the viewport:
    // threshold 0 reports each change of that, and isIntersecting is exactly it.
    const options = v2 ? ({ threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit) : { threshold: 0 };
    const io = new IntersectionObserver((entries) => {
      const e = entries.at(-1);
      if (e) onChange(v2 ? (e as IntersectionObserverEntry & { isVisible: boolean }).isVisible : e.isIntersecting);
    }, options);
    io.observe(el);
    return () => io.disconnect();
  };
}
