/**
 * A small factory for test articles: blocks written as `## Heading` / `### Heading` / paragraph strings become an
 * `Article` with consistent ranges, and its sentences come from the real text layer.
 */
import type { Article, Block } from '../../../lib/article/types';
import { segmentSentences, type Sentence } from '../../../lib/text/sentences';
import { tagSentences, type TaggedSentence } from '../../../lib/text/tagger';

/** Builds an article from block strings; a leading `#`s marks a heading of that level. */
export function makeArticle(title: string, lines: readonly string[], lang: string | null = 'en'): Article {
  const blocks: Block[] = [];
  let text = '';
  for (const line of lines) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const blockText = heading ? heading[2]! : line;
    if (text) text += '\n\n';
    const start = text.length;
    text += blockText;
    blocks.push(
      heading
        ? { kind: 'heading', level: heading[1]!.length, text: blockText, start, end: text.length }
        : { kind: 'paragraph', text: blockText, start, end: text.length },
    );
  }
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  return {
    url: 'https://example.org/test',
    canonicalUrl: null,
    title,
    byline: null,
    siteName: null,
    lang,
    publishedTime: null,
    dek: null,
    excerpt: null,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 230)),
    text,
    blocks,
    readable: true,
  };
}

/** The article's sentences, as the analysis layer computes them. */
export function sentencesOf(article: Article): Sentence[] {
  return segmentSentences(article.text, article.blocks, article.lang);
}

/** The article's sentences tagged, as the analysis layer gives them to the sticking points. */
export function taggedOf(article: Article): TaggedSentence[] {
  return tagSentences(article.text, sentencesOf(article));
}
