/**
 * The typed messages between Crux's parts, one map per receiver. Commands are imperative ("extractArticle");
 * replies carry failures as values (`Result`), because an `Error` does not survive structured cloning.
 */
import type { Article, ExtractError } from './article/types';
import type { Result } from './result';

/** Messages the content script answers (sent by the popup to one tab). */
export interface ContentProtocol {
  /** Reads the article from the live page (on a clone; the page is not changed). */
  extractArticle(data: { force: boolean }): Result<Article, ExtractError>;
}
