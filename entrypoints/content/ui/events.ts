// Page events → the in-page controller: selection (debounced), hover and focus on marks, keyboard
// travel between annotations, Esc, outside clicks, scrolling. Every handler is wrapped so nothing
// throws into the page; every listener goes away when `signal` aborts. Events the page's scripts
// made up (isTrusted false) are ignored: the page must not drive the UI. The event that woke the
// UI (ui-loader.ts) is handed over through the returned function instead of being dispatched again.
import type { InPageController } from './controller';
import { markFrom, markId, nextAnnotation } from './marks';
import { annotatableRange, isOurUi } from './selection';

export const SELECTION_DEBOUNCE_MS = 180;

const log = (...args: unknown[]) => console.debug('[Claimlight ui]', ...args);

function safe<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (err) {
      log('handler failed', err);
    }
  };
}

/** Alt+Shift+N / Alt+Shift+P: next / previous annotation (by key code: Alt changes e.key on macOS). */
export function travelDirection(e: KeyboardEvent): 1 | -1 | 0 {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return 0;
  return e.code === 'KeyN' ? 1 : e.code === 'KeyP' ? -1 : 0;
}

/**
 * The events that wake the UI up (ui-loader.ts), handed over once it is mounted. KeyN / KeyP: the
 * first Alt+Shift+N / P on a page whose tools were not loaded yet (acted on once they are).
 */
export type WakeEvent = 'selectionchange' | 'mouseover' | 'focusin' | 'KeyN' | 'KeyP';
export type Wake = (type: WakeEvent, target: EventTarget | null) => void;

const fromBrowser = (e: Event) => e.isTrusted;

export function wirePageEvents(
  doc: Document,
  controller: InPageController,
  signal: AbortSignal,
  trusted: (e: Event) => boolean = fromBrowser,
): Wake {
  const win = doc.defaultView!;
  const opts = { signal, capture: true } as const;
  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, safe((e: DocumentEventMap[K]) => {
      if (trusted(e)) fn(e);
    }) as EventListener, opts);

  // --- selection ---
  let dragging = false;
  let selTimer: number | undefined;
  const checkSelection = () => {
    if (dragging) return;
    controller.selectionChanged(annotatableRange(doc));
  };
  const scheduleSelection = (ms = SELECTION_DEBOUNCE_MS) => {
    win.clearTimeout(selTimer);
    selTimer = win.setTimeout(safe(checkSelection), ms);
  };
  on('selectionchange', () => scheduleSelection());
  /** `moved`: false when the page moved under a still pointer (a card shrank, the page re-laid out). */
  const hover = (target: EventTarget | null, moved = true) => {
    const mark = markFrom(target);
    if (mark) controller.hoverMark(mark, moved);
  };
  const focus = (target: EventTarget | null) => {
    const t = target as Element | null;
    if (t && t === markFrom(t)) controller.focusMark(t as HTMLElement);
  };
  on('pointerdown', (e) => {
    if (isOurUi(e.target as Node)) return;
    if (e.button === 0) dragging = true;
    controller.pointerDownOutside(!!markFrom(e.target));
  });
  on('pointerup', (e) => {
    dragging = false;
    if (!isOurUi(e.target as Node)) scheduleSelection(40);
  });
  on('keyup', (e) => {
    if (!isOurUi(e.target as Node) && (e.shiftKey || e.key === 'Shift')) scheduleSelection();
  });

  // --- marks: hover, focus, click ---
  // Where the pointer last moved: a mouseover there comes from the layout changing under it, not
  // from the reader (the browser sends mouseover before the mousemove of a real move).
  let pointerX = NaN;
  let pointerY = NaN;
  on('mousemove', (e) => {
    pointerX = e.clientX;
    pointerY = e.clientY;
  });
  on('mouseover', (e) => hover(e.target, e.clientX !== pointerX || e.clientY !== pointerY));
  on('mouseout', (e) => {
    const from = markFrom(e.target);
    if (!from) return;
    const to = markFrom(e.relatedTarget);
    if (to && markId(to) === markId(from)) return; // another piece of the same annotation
    controller.leaveMark();
  });
  on('focusin', (e) => focus(e.target));
  on('focusout', (e) => {
    if (!markFrom(e.target)) return;
    const next = e.relatedTarget as Node | null;
    if (next && (isOurUi(next) || markFrom(next))) return;
    controller.blurMark();
  });
  on('click', (e) => {
    const mark = markFrom(e.target);
    if (mark && doc.getSelection()?.isCollapsed !== false) controller.clickMark(mark);
  });

  // --- keyboard ---
  /** Focus the next or previous annotation; true when there was one. */
  const travel = (dir: 1 | -1): boolean => {
    const next = nextAnnotation(doc.body, markFrom(doc.activeElement), dir);
    next?.focus();
    return !!next;
  };
  on('keydown', (e) => {
    if (isOurUi(e.target as Node)) return;
    const dir = travelDirection(e);
    if (dir) {
      if (travel(dir)) e.preventDefault();
      return;
    }
    const mark = markFrom(e.target);
    if (e.key === 'Tab' && !e.shiftKey) {
      // A mark with its card open: into the card. A selection with the toolbar showing: into the toolbar.
      if ((mark && mark === e.target && controller.tabIntoCard(mark)) || (!mark && controller.tabIntoToolbar())) e.preventDefault();
      return;
    }
    if (e.key === 'Escape') controller.escape();
  });

  // --- layout ---
  let frame = 0;
  const follow = () => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      safe(() => controller.reposition())();
    });
  };
  win.addEventListener('scroll', safe(follow), { signal, capture: true, passive: true });
  win.addEventListener('resize', safe(follow), { signal, passive: true });
  // Leaving the page: its editors and the card go (the background forgets their text).
  win.addEventListener('pagehide', safe((e: Event) => {
    if (trusted(e)) controller.pageHidden();
  }), { signal });

  signal.addEventListener('abort', () => {
    win.clearTimeout(selTimer);
    if (frame) win.cancelAnimationFrame(frame);
  });

  return safe<[WakeEvent, EventTarget | null]>((type, target) => {
    if (type === 'selectionchange') scheduleSelection();
    else if (type === 'mouseover') hover(target);
    else if (type === 'KeyN' || type === 'KeyP') travel(type === 'KeyN' ? 1 : -1);
    else focus(target);
  });
}
