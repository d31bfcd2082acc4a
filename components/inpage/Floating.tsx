// A box fixed next to an anchor rectangle (a selection, a mark), measured once per anchor and kept
// inside the viewport. Hidden until measured so it never flashes in the wrong place.
import type { ComponentChildren, JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placeNear, type AnchorRect, type Placement, type Side } from './place';

export interface FloatingProps extends Omit<JSX.HTMLAttributes<HTMLDivElement>, 'ref' | 'style'> {
  anchor: AnchorRect;
  prefer?: Side;
  children: ComponentChildren;
}

export function Floating({ anchor, prefer = 'above', children, class: cls, ...rest }: FloatingProps) {
  const box = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState<Placement | null>(null);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const view = el.ownerDocument.defaultView;
    const r = el.getBoundingClientRect();
    const viewport = { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 };
    const next = placeNear(anchor, { width: r.width, height: r.height }, viewport, prefer);
    setAt((prev) => (prev && prev.left === next.left && prev.top === next.top && prev.side === next.side ? prev : next));
    // Content changes (an editor opening) change the size: measure again after every render.
  });

  const style = at ? { left: `${at.left}px`, top: `${at.top}px` } : { left: '0px', top: '0px', visibility: 'hidden' as const };
  return (
    <div {...rest} ref={box} class={`cl-floating ${cls ?? ''}`} data-side={at?.side} style={style}>
      {children}
    </div>
  );
}
