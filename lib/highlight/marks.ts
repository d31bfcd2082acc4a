// The page contract of a painted annotation: one or more <mark class="claimlight-mark"> elements
// carrying data-claimlight-id, data-claimlight-kind and, where known, data-claimlight-speaker and
// data-claimlight-disputed-by. Notes are never written into the page.
import type { Kind } from '../model';
import type { PaintItem } from './types';

/** Layers paint from the outside in: sentences first, then quotes inside them, then the reader's own. */
export const LAYER_ORDER: readonly Kind[] = ['disputed', 'claim', 'quote', 'highlight'];

export const MARK_CLASS = 'claimlight-mark';

export function applyAttributes(el: HTMLElement, item: PaintItem): void {
  el.setAttribute('data-claimlight-id', item.id);
  el.setAttribute('data-claimlight-kind', item.kind);
  if (item.speaker) el.setAttribute('data-claimlight-speaker', item.speaker);
  if (item.disputedBy) el.setAttribute('data-claimlight-disputed-by', item.disputedBy);
  if (item.saved) el.setAttribute('data-claimlight-saved', '');
  // Reachable by keyboard: the first piece of each annotation takes focus and opens the card.
  el.tabIndex = -1;
}

/** Marks of the given kinds (all kinds when omitted) inside root. */
export function marksOf(root: ParentNode, kinds?: readonly Kind[]): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}[data-claimlight-id]`)];
  return kinds ? all.filter((m) => kinds.includes(m.getAttribute('data-claimlight-kind') as Kind)) : all;
}

/** Marks of one annotation. */
export function marksFor(root: ParentNode, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)].filter((m) => m.getAttribute('data-claimlight-id') === id);
}
