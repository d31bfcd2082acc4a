// A box fixed next to an anchor rectangle (a selection, a mark), kept inside the viewport. It is
// measured and placed in a layout effect, before the browser paints, so it never flashes in the
// wrong place and is focusable at once.
import type { ComponentChildren, JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { placeNear, type AnchorRect, type Side } from './place';

export interface FloatingProps extends Omit<JSX.HTMLAttributes<HTMLDivElement>, 'ref' | 'style'> {
  anchor: AnchorRect;
  prefer?: Side;
  children: ComponentChildren;
}

export function Floating({ anchor, prefer = 'above', children, class: cls, ...rest }: FloatingProps) {
  const box = useRef<HTMLDivElement>(null);

  // After every render: content changes (an editor opening) change the size.
  useLayoutEffect(() => {
    const el = box.current;
    const view = el?.ownerDocument.defaultView;
    if (!el || !view) return;
    const r = el.getBoundingClientRect();
    const at = placeNear(anchor, { width: r.width, height: r.height }, { width: view.innerWidth, height: view.innerHeight }, prefer);
    el.style.left = `${at.left}px`;
    el.style.top = `${at.top}px`;
    el.dataset.side = at.side;
  });

  return (
    <div {...rest} ref={box} class={`cl-floating ${cls ?? ''}`}>
      {children}
    </div>
  );
}
