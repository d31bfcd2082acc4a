// Finding the article on a real page: its root element, its text map and the analysis input.

export { extractArticle, type ArticleExtract } from './extract';
export { findArticleRoot } from './find-root';
export { assessArticle, looksLikeArticle } from './looks-like';
export { isClutter } from './clutter';
