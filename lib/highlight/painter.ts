// The only code that imports mark.js: paints Claimlight's <mark> elements (the page contract is in
// marks.ts, erasing in erase.ts).
//
// A paint plans every layer first (plan.ts: DOM points → block offsets, read-only), then paints the
// plan block by block in slices that yield to the page. Each block takes one of three paths
// (plan.ts: paintPath): mark.js for ordinary articles; for very long blocks and pages, linear
// wrapping or CSS highlights from long-pages.ts, which comes with the interactive bundle
// (long-page-slot.ts).
import Mark from 'mark.js';
import type { Kind } from '../model';
import { pauseIfSpent, runNow, runSliced, taskElapsed, yieldToPage } from '../dom/steps';
import { longPages, loadLongPages } from './long-page-slot';
import { applyAttributes, LAYER_ORDER, MARK_CLASS } from './marks';
import { needsLongPages, paintPath, paintsLinearly, planLayerSteps, type Group, type LayerPlan } from './plan';
import type { MarkRange, PaintItem, SliceOptions } from './types';

function paintGroup([ctx, ranges, length]: Group, painted: Set<string>, linear = false): void {
  const long = longPages();
  const path = paintPath(length, linear, !!long);
  if (path === 'highlight' && long!.highlight(ctx, ranges, painted)) return;
  if (path !== 'markjs') return long!.wrap(ctx, ranges, painted);
  new Mark(ctx as HTMLElement).markRanges(ranges, {
    // mark.js wraps in <mark> by default
    className: MARK_CLASS,
    each: (el: HTMLElement, range: unknown) => {
      const { item } = range as MarkRange;
      applyAttributes(el, item);
      painted.add(item.id);
    },
  });
}

/**
 * Paint one layer. Items overlapping an earlier item of the same call are skipped (mark.js cannot
 * nest within one pass); different layers nest freely. Returns the ids actually painted.
 */
export function paintLayer(root: Element, items: readonly PaintItem[]): Set<string> {
  const painted = new Set<string>();
  const { groups } = runNow(planLayerSteps(root, items));
  const linear = paintsLinearly(groups);
  for (const group of groups) paintGroup(group, painted, linear);
  return painted;
}

export interface PaintOptions extends SliceOptions {
  /** Layers in painting order (outermost first). */
  order?: readonly Kind[];
  /** Stop early (a newer paint started, the script was invalidated). */
  cancelled?: () => boolean;
  /** Wrap with the linear wrapper even when there are few blocks (many small paints, see MARKJS_MAX_BLOCKS in plan.ts). */
  linear?: boolean;
}

const direct = (work: () => void) => work();

/**
 * Paint every layer, one markRanges per block, yielding to the page whenever a stretch of work
 * exceeds the budget, so even a 10,000-paragraph live blog never blocks the page for long.
 */
export async function paintLayers(root: Element, items: readonly PaintItem[], opts: PaintOptions = {}): Promise<Set<string>> {
  const { order = LAYER_ORDER, budgetMs = 12, cancelled = () => false, slice = direct } = opts;
  const pause = opts.yieldToPage ?? yieldToPage;
  const painted = new Set<string>();
  const byKind = new Map<Kind, PaintItem[]>();
  for (const it of items) {
    let list = byKind.get(it.kind);
    if (!list) byKind.set(it.kind, (list = []));
    list.push(it);
  }
  // Plan every layer first: plans stay valid while earlier layers are painted (see plan.ts).
  // Planning reads the DOM only, so the page may run between plans.
  const plans: LayerPlan[] = [];
  for (const k of order) {
    plans.push(await runSliced(planLayerSteps(root, byKind.get(k) ?? []), { budgetMs, pause }));
    if (cancelled()) return painted;
  }
  const groups = plans.flatMap((p) => p.groups);
  const linear = paintsLinearly(groups, !!opts.linear);
  const loading = needsLongPages(groups, linear) ? loadLongPages() : null;
  if (loading) {
    await loading;
    if (cancelled()) return painted;
  }
  // The budget is the task's (lib/dom/steps.ts: taskElapsed): planning or loading may have used it.
  let i = 0;
  while (i < groups.length) {
    if ((await pauseIfSpent(budgetMs, pause)) && cancelled()) break;
    slice(() => {
      do {
        paintGroup(groups[i++]!, painted, linear);
      } while (i < groups.length && taskElapsed() < budgetMs);
    });
  }
  return painted;
}
