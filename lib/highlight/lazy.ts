// Painting on very long pages (a live blog of thousands of posts): every mark costs the page layout
// work and memory whether or not the reader ever scrolls to it. The page session hands such pages
// (over a thousand items) to this module: the items near the viewport are painted first and the
// rest block by block as the reader scrolls within a screen of them. Ordinary articles are painted
// at once by paintLayers.
//
// Where the reader is, is found by a binary search over the blocks that have items (document order
// is top-to-bottom order in the normal flow): a dozen getBoundingClientRect calls per scroll frame.
// An IntersectionObserver on every such block was measured first: with 5,000 targets Chromium spent
// ~100 ms computing intersections in one frame.
import { nextTask, runSliced, STEP_NODES, taskElapsed, yieldToPage, type Steps } from '../dom/steps';
import { paintLayers, type PaintOptions } from './painter';
import { blockOf } from './text-walk';
import type { PaintItem } from './types';

export interface LazyPaint {
  /** Paint the item's block now if it is still waiting (before scrolling to it). */
  paintNow(id: string): Promise<void>;
  /** Items still waiting for the reader to come near. */
  readonly waiting: number;
  /** Stop following the reader; nothing more is painted. */
  stop(): void;
}

interface Block {
  el: Element;
  items: PaintItem[] | null; // null once painted
}

/** A block's vertical extent in viewport coordinates, or null while it takes no space (display: none). */
function extent(el: Element): { top: number; bottom: number } | null {
  const r = el.getBoundingClientRect();
  return r.width === 0 && r.height === 0 ? null : r;
}

/**
 * Index of the first block (from `blocks`) that ends below `y`; blocks that take no space are
 * stepped over. Assumes blocks are laid out top to bottom in document order, as text is.
 */
export function firstEndingBelow(blocks: readonly Element[], y: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let probe = mid;
    let box = extent(blocks[probe]!);
    while (!box && probe + 1 < hi) box = extent(blocks[++probe]!);
    if (!box) hi = mid; // nothing visible from mid on: look left
    else if (box.bottom < y) lo = probe + 1;
    else hi = mid;
  }
  return lo;
}

/** The items grouped by their block, in document order (a pass that can pause: thousands of items on a live blog). */
function* byBlock(root: Element, items: readonly PaintItem[]): Steps<{ blocks: Block[]; blockOfId: Map<string, Block> }> {
  const byEl = new Map<Element, Block>();
  const blockOfId = new Map<string, Block>();
  let n = 0;
  for (const it of items) {
    if (++n % STEP_NODES === 0) yield;
    const el = blockOf(it.start.node, root);
    let block = byEl.get(el);
    if (!block) byEl.set(el, (block = { el, items: [] }));
    block.items!.push(it);
    blockOfId.set(it.id, block);
  }
  return { blocks: [...byEl.values()], blockOfId };
}

/**
 * Paint `items` under `root`, near the viewport first. Resolves once the blocks within a screen of
 * the viewport are painted; the rest follow the reader's scrolling.
 */
export async function paintNearViewport(root: Element, items: readonly PaintItem[], opts: PaintOptions = {}): Promise<LazyPaint> {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const pause = opts.yieldToPage ?? yieldToPage;
  // Grouping starts in a task of its own (the caller's last slice may have used its budget) and
  // yields like every pass; so does finding the viewport, whose first box forces the page's layout.
  await nextTask(pause);
  const { blocks, blockOfId } = await runSliced(byBlock(root, items), { budgetMs: 8, pause });
  await nextTask(pause);
  const elements = blocks.map((b) => b.el);
  let waiting = items.length;
  let stopped = false;
  // Batches are painted one after the other, each in slices that yield to the page. Many small
  // paints would leave a NodeIterator each with mark.js (see MARKJS_MAX_BLOCKS in plan.ts): the linear wrapper here.
  let queue: Promise<unknown> = Promise.resolve();
  const paint = (chosen: Block[]): Promise<unknown> => {
    const batch: PaintItem[] = [];
    for (const b of chosen) {
      if (!b.items) continue;
      batch.push(...b.items);
      b.items = null;
    }
    waiting -= batch.length;
    if (batch.length) queue = queue.then(() => (stopped || opts.cancelled?.() ? undefined : paintLayers(root, batch, { ...opts, linear: true })));
    return queue;
  };

  /** Paint the blocks within a screen above and below the viewport. */
  const near = (): Promise<unknown> => {
    // The layout the first box forces counts in this task's budget: the plan and paint that follow
    // in it pause first if the layout used it (lib/dom/steps.ts: taskElapsed).
    taskElapsed();
    const h = win?.innerHeight || 800;
    const chosen: Block[] = [];
    for (let i = firstEndingBelow(elements, -h); i < blocks.length; i++) {
      const box = extent(elements[i]!);
      if (!box) continue;
      if (box.top > 2 * h) break;
      chosen.push(blocks[i]!);
    }
    return paint(chosen);
  };

  const listen = { capture: true, passive: true } as const;
  const stop = () => {
    stopped = true;
    win?.removeEventListener('scroll', onScroll, listen);
    win?.removeEventListener('resize', onScroll, listen);
  };
  let scheduled = false;
  const onScroll = () => {
    // A newer repaint cancelled this one (maybe before its caller got the handle to stop it):
    // stop following the reader rather than measuring the page on every scroll for nothing.
    if (opts.cancelled?.()) return stop();
    if (scheduled || stopped) return;
    scheduled = true;
    const run = () => {
      scheduled = false;
      if (!stopped) void near();
    };
    if (win?.requestAnimationFrame) win.requestAnimationFrame(run);
    else setTimeout(run, 50);
  };
  if (opts.cancelled?.()) {
    stopped = true; // cancelled while grouping: no layout reads, no listeners
  } else {
    win?.addEventListener('scroll', onScroll, listen);
    win?.addEventListener('resize', onScroll, listen);
    await near();
    // Cancelled while the first screen was painted: whoever cancelled may already have stopped the
    // handle it knew of, and never sees this one.
    if (opts.cancelled?.()) stop();
  }

  return {
    paintNow: async (id) => {
      const b = blockOfId.get(id);
      await (b?.items ? paint([b]) : queue);
    },
    get waiting() {
      return waiting;
    },
    stop,
  };
}
