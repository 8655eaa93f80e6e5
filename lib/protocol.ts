/**
 * The typed messages between Crux's parts, one map per receiver. Commands are imperative ("extractArticle");
 * replies carry failures as values (`Result`), because an `Error` does not survive structured cloning.
 *
 * Highlights and notes have their own maps in `lib/highlights/protocol.ts` (re-exported here): `BackgroundProtocol`
 * (the background answers; it owns the database) and `HighlighterProtocol` (the content script's highlighter answers).
 */
import type { Article } from './article/types';
import type { PageProblem } from './page-access';
import type { Result } from './result';
import type { RevealTarget } from './reveal/target';

/** Messages the content script (`/content-scripts/content.js`) answers (sent by the popup to one tab). */
export interface ContentProtocol {
  /**
   * Reads the article from the live page (on a clone; the page is not changed). Pages that do not look like an
   * article are still read (with `readable: false`): the popup decides whether to show them.
   * @returns the article, or 'pdf' / 'not-html' for non-HTML documents, 'no-article' / 'empty' when there is
   *   nothing to read.
   */
  extractArticle(): Result<Article, PageProblem>;

  /**
   * Scrolls the page to a sentence and flashes it (CSS Custom Highlight API: the page's DOM is not changed).
   * @returns `found: false` when the sentence is no longer on the page
   */
  revealText(target: RevealTarget): { found: boolean };
}

