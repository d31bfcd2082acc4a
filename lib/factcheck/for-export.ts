// Which kept review an exported annotation's words make (what the views show): the best link on the
// annotation's page whose words are the annotation's, unless the reader unlinked it or dismissed the
// finding. For exports (Markdown line, Web Annotation link) in the popup and the Library.
import type { Annotation } from '../model';
import { viewOf } from './display';
import { textKeyOf } from './text-key';
import type { FactCheckLink, FactCheckReview, FactCheckView } from './types';

export type FactCheckOf = (a: Annotation) => FactCheckView | null;

export function factCheckResolver(reviews: readonly FactCheckReview[] = [], links: readonly FactCheckLink[] = []): FactCheckOf {
  if (!reviews.length || !links.length) return () => null;
  const byId = new Map(reviews.map((r) => [r.id, r]));
  const best = new Map<string, FactCheckLink>();
  for (const l of links) {
    if (l.unlinkedAt !== null || !byId.has(l.reviewId)) continue;
    const key = `${l.pageKey}\u0000${l.textKey}`;
    const b = best.get(key);
    if (!b || l.score > b.score) best.set(key, l);
  }
  return (a) => {
    if (a.kind === 'highlight' || a.dismissed) return null;
    const textKey = textKeyOf(a.exact);
    const l = best.get(`${a.pageKey}\u0000${textKey}`);
    return l ? viewOf(byId.get(l.reviewId)!, textKey) : null;
  };
}
