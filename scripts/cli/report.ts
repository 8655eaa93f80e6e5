/**
 * What the command line prints for a page: one JSON record (for scripts and the eval scorers) or a readable text,
 * the article first, then its analysis. The record is built in one place so that later fields (summary, sticking
 * points, timings) join the same line. Pure code, no Node APIs; it lives with the command line because nothing
 * else prints these.
 */
import type { Analysis } from '../../lib/analysis/analyze';
import type { Article } from '../../lib/article/types';

/** Fields added to a record by later stages of the pipeline (summary, sticking points, timings…). */
export type RecordExtras = Record<string, unknown>;

/**
 * The JSON record for one analysed page: the source, the article's metadata, its text and blocks, then `extras`.
 * @param source the file, URL or "-" it was read from
 */
export function buildArticleRecord(
  source: string,
  article: Article,
  extras: RecordExtras = {},
): Record<string, unknown> {
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

/** Milliseconds spent on each stage of one page. */
export interface Timings {
  /** Parsing and extraction. */
  extractMs: number;
  /** Summary and sticking points. */
  analyzeMs: number;
}

/**
 * The analysis fields of a page's JSON record: `summary`, `stickingPoints` (always an array), the reason when they
 * were not looked for, `sentenceCount` (how many sentences the analysis segmented) and `timings`. Sentence scores
 * stay out of the line (they are for re-ranking in the popup).
 */
export function buildAnalysisExtras(analysis: Analysis, timings: Timings): Record<string, unknown> {
  return {
    summary: analysis.summary,
    stickingPoints: analysis.stickingPoints,
    ...(analysis.stickingPointsReason ? { stickingPointsReason: analysis.stickingPointsReason } : {}),
    sentenceCount: analysis.sentences.length,
    timings: { extractMs: round(timings.extractMs), analyzeMs: round(timings.analyzeMs) },
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The summary and sticking points as text, shown after the article header on the command line. */
export function formatAnalysis(analysis: Analysis): string {
  const lines: string[] = ['## Summary', ''];
  if (analysis.summary.length === 0) lines.push('(nothing to summarise)');
  for (const item of analysis.summary) lines.push(`- ${item.text}`);
  lines.push('', '## Sticking points', '');
  if (analysis.stickingPoints.length === 0) {
    lines.push(
      analysis.stickingPointsReason === 'language'
        ? '(not looked for: Crux reads sticking points in English only for now)'
        : '(no open disputes found in this article)',
    );
  }
  for (const point of analysis.stickingPoints) {
    lines.push(`* ${point.label}`);
    for (const position of point.positions) lines.push(`    ${position.actor}: ${position.stance}`);
    for (const evidence of point.evidence) lines.push(`    “${evidence.text}”`);
  }
  return `${lines.join('\n')}\n`;
}
