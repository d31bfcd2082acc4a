// Finding the article on a real page: its root element, its text map and the analysis input.

export { extractArticle, extractArticleSteps, type ArticleExtract } from './extract';
export { findArticleRoot } from './find-root';
export { assessArticle, assessArticleSteps, looksLikeArticle } from './looks-like';
export { isClutter } from './clutter';
