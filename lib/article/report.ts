/**
 * What the command line prints for an article: one JSON record (for scripts and the eval scorers) or a readable
 * text. The record is built in one place so that later fields (summary, sticking points, timings) join the same
 * line. Pure code, no Node APIs.
 */
import type { Article } from './types';

/** Fields added to a record by later stages of the pipeline (summary, sticking points, timings…). */
export type RecordExtras = Record<string, unknown>;

/**
 * The JSON record for one analysed page: the source, the article's metadata, its text and blocks, then `extras`.
 * @param source the file, URL or "-" it was read from
 */
export function buildArticleRecord(source: string, article: Article, extras: RecordExtras = {}): Record<string, unknown> {
  return {
    file: source,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    publishedTime: article.publishedTime,
    dek: article.dek,
    excerpt: article.excerpt,
    readable: article.readable,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    text: article.text,
    blocks: article.blocks,
    ...extras,
  };
}

/** The JSON record for a source that could not be read: `{file, error}` with a plain sentence. */
export function buildErrorRecord(source: string, message: string): Record<string, unknown> {
  return { file: source, error: message };
}

/** The article's metadata as text lines for a person: title, byline, site, date, deck, reading time. */
export function formatArticleHeader(article: Article): string {
  const header = [
    `# ${article.title || '(untitled)'}`,
    article.byline && `By: ${article.byline}`,
    article.siteName && `Site: ${article.siteName}`,
    article.publishedTime && `Published: ${article.publishedTime}`,
    article.dek && `Deck: ${article.dek}`,
    `Reading time: ${article.readingMinutes} min (${article.wordCount} words)`,
    article.readable ? null : 'Note: this page does not look like an article; the text below may be incomplete.',
  ].filter((line): line is string => !!line);
  return `${header.join('\n')}\n`;
}

/** The article body as text for a person: headings marked by `#`, list items by `•`, quotes by `>`. */
export function formatArticleBody(article: Article): string {
  const body = article.blocks.map((block) => {
    if (block.kind === 'heading') return `${'#'.repeat(Math.min(6, block.level ?? 2))} ${block.text}`;
    if (block.kind === 'listItem') return `• ${block.text}`;
    if (block.kind === 'quote') return `> ${block.text}`;
    return block.text;
  });
  return `${body.join('\n\n')}\n`;
}

/** The article as text for a person: the header, a blank line, then the body. */
export function formatArticle(article: Article): string {
  return `${formatArticleHeader(article)}\n${formatArticleBody(article)}`;
}
