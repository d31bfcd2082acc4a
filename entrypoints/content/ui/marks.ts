// Reading Claimlight's marks in the page: which annotation an event is about, its pieces, the
// annotations nested with it, and the next annotation for keyboard travel.
import type { Kind } from '@/lib/model';
import type { RelatedItem } from '@/components/inpage/AnnotationCard';

export const MARK_SELECTOR = 'mark.claimlight-mark[data-claimlight-id]';

/** The innermost Claimlight mark at an event target, or null. */
export function markFrom(target: EventTarget | null): HTMLElement | null {
  const node = target as Node | null;
  if (!node || typeof node.nodeType !== 'number') return null;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return (el?.closest(MARK_SELECTOR) as HTMLElement | null) ?? null;
}

export const markId = (mark: Element): string => mark.getAttribute('data-claimlight-id') ?? '';
const markKind = (mark: Element): Kind => (mark.getAttribute('data-claimlight-kind') ?? 'highlight') as Kind;

/** All pieces of one annotation, in document order. */
export function piecesOf(root: ParentNode, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(MARK_SELECTOR)].filter((m) => markId(m) === id);
}

/** Other annotations on the same words: marks around this one and marks inside it. */
export function relatedTo(mark: HTMLElement): RelatedItem[] {
  const own = markId(mark);
  const seen = new Set<string>([own]);
  const out: RelatedItem[] = [];
  const add = (m: Element) => {
    const id = markId(m);
    if (!id || seen.has(id)) return;
    seen.add(id);
    out.push({ id, kind: markKind(m) });
  };
  for (let p = mark.parentElement?.closest(MARK_SELECTOR); p; p = p.parentElement?.closest(MARK_SELECTOR)) add(p);
  mark.querySelectorAll(MARK_SELECTOR).forEach(add);
  return out;
}

/**
 * The first piece of the next (dir 1) or previous (dir -1) annotation after `from`, in document
 * order, wrapping around; the first or last annotation when `from` is null.
 */
export function nextAnnotation(root: ParentNode, from: Element | null, dir: 1 | -1): HTMLElement | null {
  const firsts: HTMLElement[] = [];
  const seen = new Set<string>();
  for (const m of root.querySelectorAll<HTMLElement>(MARK_SELECTOR)) {
    const id = markId(m);
    if (seen.has(id)) continue;
    seen.add(id);
    firsts.push(m);
  }
  if (!firsts.length) return null;
  if (!from) return dir === 1 ? firsts[0]! : firsts[firsts.length - 1]!;
  const fromId = markId(from);
  let i = firsts.findIndex((m) => markId(m) === fromId);
  if (i < 0) {
    // Not a first piece we know: start from its position in the document.
    i = firsts.findIndex((m) => from.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (i < 0) return dir === 1 ? firsts[0]! : firsts[firsts.length - 1]!;
    return dir === 1 ? firsts[i]! : firsts[(i - 1 + firsts.length) % firsts.length]!;
  }
  return firsts[(i + dir + firsts.length) % firsts.length]!;
}

/** The mark a card belongs to: the piece it opened from while that is in the page, else its annotation's first piece. */
export const pieceOf = (root: ParentNode, card: { id: string; origin: HTMLElement | null }): HTMLElement | undefined =>
  card.origin?.isConnected ? card.origin : piecesOf(root, card.id)[0];
