/**
 * The content script's own messages ({@link ContentProtocol}): reading the article from the live page. The popup
 * receives it once and keeps it (it shows the header and sentences, and hands it to its analysis worker), so nothing
 * is kept here.
 */
import { extractArticle } from '@/lib/article/extract';
import type { Article } from '@/lib/article/types';
import type { Handlers } from '@/lib/messaging/handlers';
import type { ContentProtocol } from '@/lib/messaging/protocol';
import { classifyContentType, problemFromExtractError, type PageProblem } from '@/lib/page-access';
import { err, ok, type Result } from '@/lib/result';

/** The content script's handlers, one per message of {@link ContentProtocol}. */
export function createContentHandlers(doc: Document): Handlers<ContentProtocol> {
  return {
    extractArticle: () => readArticle(doc),
  };
}

/**
 * Reads the article from the live document.
 * @returns the article; 'pdf' or 'not-html' when the document is not HTML; the extractor's failure otherwise.
 */
function readArticle(doc: Document): Result<Article, PageProblem> {
  const typeProblem = classifyContentType(doc.contentType);
  if (typeProblem) return err(typeProblem);
  const result = extractArticle(doc, { url: doc.location.href });
  return result.ok ? ok(result.value) : err(problemFromExtractError(result.error.code));
}
