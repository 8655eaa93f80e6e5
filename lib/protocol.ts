/**
 * The typed messages between Crux's parts, one map per receiver. Commands are imperative ("extractArticle");
 * replies carry failures as values (`Result`), because an `Error` does not survive structured cloning.
 */
import type { Article } from './article/types';
import type { PageProblem } from './page-access';
import type { Result } from './result';

/** Messages the content script answers (sent by the popup to one tab). */
export interface ContentProtocol {
  /**
   * Reads the article from the live page (on a clone; the page is not changed). Pages that do not look like an
   * article are still read (with `readable: false`): the popup decides whether to show them.
   * @returns the article, or 'pdf' / 'not-html' for non-HTML documents, 'no-article' / 'empty' when there is
   *   nothing to read.
   */
  extractArticle(): Result<Article, PageProblem>;
}
