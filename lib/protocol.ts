/**
 * The typed messages between Crux's parts, one map per receiver. Commands are imperative ("extractArticle");
 * replies carry failures as values (`Result`), because an `Error` does not survive structured cloning.
 *
 * Highlights and notes have their own maps in `lib/highlights/protocol.ts` (re-exported here): `BackgroundProtocol`
 * (the background answers; it owns the database) and `HighlighterProtocol` (the content script's highlighter answers).
 */
import type { Analysis } from './analysis/analyze';
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

/**
 * Messages the analysis content script (`/content-scripts/analysis.js`) answers. A script of its own, injected by the
 * popup only, because it carries the English tagger's model (about 1 MB gzip): the highlighter's injections (menu,
 * shortcut, auto-show sites) never load it.
 */
export interface AnalysisProtocol {
  /**
   * Analyses an article (summary scores, summary, sticking points). The popup sends back the article it got from
   * `extractArticle`, so the analysis script keeps no state between messages; the analysis code stays out of the
   * popup's bundle.
   */
  analyzeArticle(article: Article): Analysis;
}

/**
 * The `Symbol.for` key under which a running analysis script keeps its cleanup in the page's isolated world: the
 * popup's signature script reads it to learn whether the page already runs the analysis script (and skips injecting
 * it again, which would parse the tagger's model again).
 */
export const ANALYSIS_SCRIPT_KEY = 'crux.analysis.removeHandlers';
