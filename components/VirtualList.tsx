// A list that renders only the rows in view (fixed row height), for tens of thousands of rows.
// Keyboard: the list is a scroll container; its rows hold their own focusable controls.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { visibleRows } from './virtual-range';

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  renderRow: (item: T, index: number) => ComponentChildren;
  rowKey: (item: T, index: number) => string;
  /** Accessible name of the list. */
  label: string;
  class?: string;
}

export function VirtualList<T>({ items, rowHeight, renderRow, rowKey, label, class: cls }: VirtualListProps<T>) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || 600);
    measure();
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);

  const w = visibleRows(scrollTop, viewport, rowHeight, items.length);
  const rows = [];
  for (let i = w.start; i < w.end; i++) {
    const item = items[i] as T;
    rows.push(
      <div role="listitem" class="cl-vrow" key={rowKey(item, i)} style={{ height: `${rowHeight}px` }} aria-setsize={items.length} aria-posinset={i + 1}>
        {renderRow(item, i)}
      </div>,
    );
  }

  return (
    <div
      ref={box}
      class={`cl-vlist ${cls ?? ''}`}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      // Keep focus inside rows visible: when a focused control scrolls under the edge, bring it in.
      onFocusIn={(e) => (e.target as HTMLElement).scrollIntoView?.({ block: 'nearest' })}
    >
      <div role="list" aria-label={label} style={{ height: `${w.total}px`, position: 'relative' }}>
        <div style={{ transform: `translateY(${w.offset}px)` }}>{rows}</div>
      </div>
    </div>
  );
}
