// A list that renders only the rows in view, for tens of thousands of rows. Row heights are given
// per row (a number, or a function of the item); with `measure`, those are estimates and each row
// sizes to its content: rendered rows are measured (ResizeObserver) and the measured heights used
// from then on, so long quotes and notes are shown whole.
// Keyboard: the scroll box is focusable (arrow keys / Page Down scroll it); rows hold their own
// controls, brought into view when they take focus.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { rowOffsets, visibleRowsVariable } from './virtual-range';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** The row's height, or (with `measure`) its estimate before it is first shown. */
  rowHeight: number | ((item: T) => number);
  renderRow: (item: T, index: number) => ComponentChildren;
  rowKey: (item: T, index: number) => string;
  /** Accessible name of the list. */
  label: string;
  /** Called when the last rendered row is within a screen of the end (load the next page). */
  onNearEnd?: () => void;
  /** Rows size to their content (measured once shown). */
  measure?: boolean;
  class?: string;
}

export function VirtualList<T>({ items, rowHeight, renderRow, rowKey, label, onNearEnd, measure = false, class: cls }: VirtualListProps<T>) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  // Measured heights by row key; `version` re-renders once a batch of measurements came in.
  const measured = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measureBox = () => setViewport(el.clientHeight || 600);
    measureBox();
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(measureBox) : null;
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);

  useEffect(() => {
    if (!measure || typeof ResizeObserver !== 'function') return;
    let frame = 0;
    observer.current = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const el = entry.target as HTMLElement;
        if (!el.isConnected) {
          observer.current?.unobserve(el); // scrolled out and removed
          continue;
        }
        const key = el.dataset.rowKey;
        const h = Math.ceil(el.getBoundingClientRect().height);
        if (key && h > 0 && measured.current.get(key) !== h) {
          measured.current.set(key, h);
          changed = true;
        }
      }
      if (changed && !frame) frame = requestAnimationFrame(() => {
        frame = 0;
        setVersion((v) => v + 1);
      });
    });
    return () => {
      observer.current?.disconnect();
      observer.current = null;
      if (frame) cancelAnimationFrame(frame);
    };
  }, [measure]);

  const offsets = useMemo(() => {
    const base = (item: T) => (typeof rowHeight === 'number' ? rowHeight : rowHeight(item));
    return rowOffsets(items.map((item, i) => (measure ? (measured.current.get(rowKey(item, i)) ?? base(item)) : base(item))));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, rowHeight, measure, version]);
  const w = visibleRowsVariable(scrollTop, viewport, offsets);
  const nearEnd = items.length > 0 && w.total - (scrollTop + viewport) < viewport;
  useEffect(() => {
    if (nearEnd) onNearEnd?.();
  }, [nearEnd, items.length, onNearEnd]);

  const rows = [];
  for (let i = w.start; i < w.end; i++) {
    const item = items[i] as T;
    const key = rowKey(item, i);
    rows.push(
      measure ? (
        <div
          role="listitem"
          class="cl-vrow cl-vrow--measured"
          key={key}
          data-row-key={key}
          ref={(el) => {
            if (el) observer.current?.observe(el);
          }}
        >
          {renderRow(item, i)}
        </div>
      ) : (
        <div role="listitem" class="cl-vrow" key={key} style={{ height: `${offsets[i + 1]! - offsets[i]!}px` }}>
          {renderRow(item, i)}
        </div>
      ),
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
