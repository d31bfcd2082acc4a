// The article's text model: the root's text map (clutter skipped, blocks separated by "\n\n")
// and the analysis input built from it.

import type { ArticleInput } from '../model';
import { textMapSteps, type TextMap } from '../dom/text-map';
import { runNow, type Steps } from '../dom/steps';
import { BlockIndex } from './block-index';
import { blocksOf } from './blocks';
import { isClutter } from './clutter';
import { exceptionsUnder, locateArticleSteps } from './find-root';
import { blockSeparator, isSignificantText } from './separators';
import { articleTitle } from './title';

export interface ArticleExtract {
  /** The live DOM element holding the article body (used to limit painting). */
  root: Element;
  /** The article's own text nodes, blocks separated by "\n\n". */
  map: TextMap;
  /** `{ text: map.text, blocks, title }` for the analysis. */
  input: ArticleInput;
}

/** Builds the article's text model; `root` defaults to findArticleRoot(doc). Null when there is no article text. */
export function extractArticle(doc: Document, root?: Element | null): ArticleExtract | null {
  return runNow(extractArticleSteps(doc, root));
}

/** extractArticle as a pass that can pause (see lib/dom/steps.ts). */
export function* extractArticleSteps(doc: Document, root?: Element | null): Steps<ArticleExtract | null> {
  root ??= (yield* locateArticleSteps(doc))?.root ?? null;
  if (!root) return null;
  const index = new BlockIndex(root);
  const ex = exceptionsUnder(root);
  const map = yield* textMapSteps(root, {
    skipElement: ex ? (el) => (isClutter(el) && !ex.kept.has(el)) || ex.teasers.has(el) : isClutter,
    acceptNode: isSignificantText,
    separator: blockSeparator(index),
  });
  const blocks = yield* blocksOf(map, index);
  if (!blocks.length) return null;
  yield; // the title is looked for in the whole document
  const title = articleTitle(doc, root);
  const input: ArticleInput = title === undefined ? { text: map.text, blocks } : { text: map.text, blocks, title };
  return { root, map, input };
}
