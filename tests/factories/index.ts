/** Test factories: one per record kind, each `make<Kind>(overrides)`. */
export { makeArticle, type ArticleOverrides, type BlockInput } from './article';
export { ARTICLE_URL, MAY_FIRST, makeHighlight, type HighlightOverrides } from './highlight';
export { storeRecords, type StoredRecords } from './store';
