// A list that renders only the rows in view, for tens of thousands of rows. Row heights are fixed
// per row (a number, or a function of the item), so no measuring is needed while scrolling.
// Keyboard: the scroll box is focusable (arrow keys / Page Down scroll it); rows hold their own
// controls, brought into view when they take focus.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { rowOffsets, visibleRowsVariable } from './virtual-range';

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number | ((item: T) => number);
  renderRow: (item: T, index: number) => ComponentChildren;
  rowKey: (item: T, index: number) => string;
  /** Accessible name of the list. */
  label: string;
  /** Called when the last rendered row is within a screen of the end (load the next page). */
  onNearEnd?: () => void;
  class?: string;
}

export function VirtualList<T>({ items, rowHeight, renderRow, rowKey, label, onNearEnd, class: cls }: VirtualListProps<T>) {
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

  const offsets = useMemo(
    () => rowOffsets(typeof rowHeight === 'number' ? items.map(() => rowHeight) : items.map(rowHeight)),
    [items, rowHeight],
  );
  const w = visibleRowsVariable(scrollTop, viewport, offsets);
  const nearEnd = items.length > 0 && w.total - (scrollTop + viewport) < viewport;
  useEffect(() => {
    if (nearEnd) onNearEnd?.();
  }, [nearEnd, items.length, onNearEnd]);

  const rows = [];
  for (let i = w.start; i < w.end; i++) {
    const item = items[i] as T;
    rows.push(
      <div role="listitem" class="cl-vrow" key={rowKey(item, i)} style={{ height: `${offsets[i + 1]! - offsets[i]!}px` }}>
        {renderRow(item, i)}
      </div>,
    );
  }

  return (
    <div
      ref={box}
      class={`cl-vlist ${cls ?? ''}`}
      // Focusable, so the keyboard can scroll past rows that are not rendered yet.
      tabIndex={0}
      role="region"
      aria-label={`${label} (scrollable)`}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onFocusIn={(e) => (e.target as HTMLElement).scrollIntoView?.({ block: 'nearest' })}
    >
      <div role="list" aria-label={label} style={{ height: `${w.total}px`, position: 'relative' }}>
        <div style={{ transform: `translateY(${w.offset}px)` }}>{rows}</div>
      </div>
    </div>
  );
}
