/**
 * The article's header in the popup: site, headline, deck, author and the reading facts. Everything here comes from
 * the page, so it is rendered as text only.
 */
import type { Article } from '@/lib/article/types';
import { formatReadingTime, formatWordCount, strings } from '@/lib/strings';

/** Props of {@link ArticleHeader}. */
export interface ArticleHeaderProps {
  /** The article whose metadata to show. */
  article: Article;
}

/** The header of an article: site name, `<h1>` title, deck, byline, reading time and word count. */
export default function ArticleHeader({ article }: ArticleHeaderProps) {
  const site = article.siteName ?? hostOf(article.url);
  return (
    <header class="article-header" lang={article.lang ?? undefined}>
      {site && <p class="article-site">{site}</p>}
      <h1 class="article-title">{article.title}</h1>
      {article.dek && <p class="article-dek">{article.dek}</p>}
      {article.byline && (
        <p class="article-byline">
          {strings.bylinePrefix} {article.byline}
        </p>
      )}
      <ul class="article-facts" aria-label={strings.articleFactsLabel}>
        <li>{formatReadingTime(article.readingMinutes)}</li>
        <li>{formatWordCount(article.wordCount)}</li>
      </ul>
    </header>
  );
}

/** The page's host name without "www.", as a stand-in when the page names no site; null for unparsable URLs. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
