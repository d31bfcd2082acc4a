// What the page session paints and lists (session.ts: repaint): the saved annotations re-anchored
// against the body, and the analysis' findings nothing saved yet mapped to the article's text
// model — as passes that can pause (lib/dom/steps.ts), since a live blog has thousands of each.
import type { Annotation, Finding } from '@/lib/model';
import type { ArticleExtract } from '@/lib/article';
import { STEP_NODES, type Steps } from '@/lib/dom/steps';
import { pointAt, type TextMap } from '@/lib/dom/text-map';
import type { PaintItem } from '@/lib/highlight/types';
import type { Interactive } from './interactive-api';
import { itemFromFinding, unsavedFindings, type PageItem } from './items';

/** An analysis of the article: its text (the findings' offsets are into it), the findings and their stable ids (computed by the background). */
export interface Analysis {
  text: string;
  findings: Finding[];
  ids: string[];
}

/**
 * What to show and where. Saved annotations (not dismissed) need the page tools to anchor them
 * (`tools`, loaded whenever there are any); one that does not anchor is listed as an orphan and not
 * painted. Findings are laid out only while `article` is the text they were found in.
 */
export function* planPaint(
  body: HTMLElement,
  tools: Pick<Interactive, 'anchorAllSteps' | 'itemFromAnnotation'> | null,
  saved: Annotation[],
  analysis: Analysis | null,
  article: ArticleExtract | null,
): Steps<{ items: PageItem[]; paint: PaintItem[] }> {
  const items: PageItem[] = [];
  const paint: PaintItem[] = [];

  // Saved annotations: re-anchored against the whole body (their selectors describe the body).
  const live = saved.filter((a) => !a.dismissed);
  const ranges = live.length && tools ? yield* tools.anchorAllSteps(body, live.map((a) => a.selectors)) : [];
  live.forEach((a, i) => {
    const r = ranges[i];
    if (tools) items.push(tools.itemFromAnnotation(a, !r));
    if (r && r.startContainer.nodeType === 3 && r.endContainer.nodeType === 3) {
      paint.push({
        id: a.id, kind: a.kind, saved: true, speaker: a.speaker, disputedBy: a.disputedBy,
        start: { node: r.startContainer as Text, offset: r.startOffset },
        end: { node: r.endContainer as Text, offset: r.endOffset },
      });
    }
  });

  // Auto-findings: offsets into the article text model (re-extracted unless the DOM is unchanged).
  if (analysis && article && article.input.text === analysis.text) {
    let n = 0;
    for (const { finding, id } of unsavedFindings(analysis.findings, analysis.ids, saved)) {
      if (++n % STEP_NODES === 0) yield; // thousands of findings on a live blog
      const a = pointAt(article.map, finding.start, 'start');
      const b = pointAt(article.map, finding.end, 'end');
      items.push(itemFromFinding(finding, id));
      if (!a || !b) continue;
      paint.push({ id, kind: finding.kind, speaker: finding.speaker, disputedBy: finding.disputedBy, start: a, end: b });
    }
  }
  return { items, paint };
}

/** Are the map's text nodes all still in the page with the lengths they had? (A pass that can pause: a live blog has tens of thousands.) */
export function* inPlace({ nodes, lengths }: TextMap): Steps<boolean> {
  for (let i = 0; i < nodes.length; i++) {
    if (!nodes[i]!.isConnected || nodes[i]!.data.length !== lengths[i]) return false;
    if (i % STEP_NODES === 0) yield;
  }
  return true;
}
