// Removing Claimlight's marks and restoring the page's text exactly: each mark is replaced by its
// children and the text nodes it split are merged back; CSS highlights go with a full erase.
import type { Kind } from '../model';
import { pauseIfSpent, taskElapsed, yieldToPage } from '../dom/steps';
import { longPages } from './long-page-slot';
import { marksOf } from './marks';
import type { SliceOptions } from './types';

const direct = (work: () => void) => work();

/** Remove marks (of the given kinds, or all) and restore the text exactly. */
export function erase(root: ParentNode, kinds?: readonly Kind[], ids?: ReadonlySet<string>): number {
  if (!kinds && !ids) longPages()?.clear();
  const marks = selectMarks(root, kinds, ids);
  unwrap(marks, 0, marks.length);
  return marks.length;
}

/** erase() in slices, yielding to the page between them (unwrapping costs more than wrapping). */
export async function eraseGradually(root: ParentNode, opts: SliceOptions = {}): Promise<number> {
  const { budgetMs = 12, slice = direct } = opts;
  const pause = opts.yieldToPage ?? yieldToPage;
  longPages()?.clear();
  const marks = selectMarks(root);
  // Innermost marks come last in document order: unwrap from the end, one slice at a time.
  // The budget is the task's (lib/dom/steps.ts: taskElapsed): finding the marks may have used it.
  let end = marks.length;
  while (end > 0) {
    await pauseIfSpent(budgetMs, pause);
    slice(() => {
      do {
        const next = Math.max(0, end - 200);
        unwrap(marks, next, end);
        end = next;
      } while (end > 0 && taskElapsed() < budgetMs);
    });
  }
  return marks.length;
}

function selectMarks(root: ParentNode, kinds?: readonly Kind[], ids?: ReadonlySet<string>): HTMLElement[] {
  let marks = marksOf(root, kinds);
  if (ids) marks = marks.filter((m) => ids.has(m.getAttribute('data-claimlight-id') ?? ''));
  return marks;
}

/** Unwrap marks[from..to), innermost (last) first, then merge the text nodes they split. */
function unwrap(marks: readonly HTMLElement[], from: number, to: number): void {
  const parents = new Set<Node>();
  for (let i = to - 1; i >= from; i--) {
    const m = marks[i]!;
    const parent = m.parentNode;
    if (!parent) continue;
    while (m.firstChild) parent.insertBefore(m.firstChild, m);
    parent.removeChild(m);
    parents.add(parent);
  }
  for (const p of parents) p.normalize();
}
