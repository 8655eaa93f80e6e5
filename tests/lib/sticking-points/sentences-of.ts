/**
 * The sentences of a test article (made by `makeArticle` of `tests/factories`), as the real text layer segments and
 * tags them.
 */
import type { Article } from '@/lib/article/types';
import { segmentSentences, type Sentence } from '@/lib/text/sentences';
import { tagSentences, type TaggedSentence } from '@/lib/text/tagger';

/** The article's sentences, as the analysis layer computes them. */
export function sentencesOf(article: Article): Sentence[] {
  return segmentSentences(article.text, article.blocks, article.lang);
}

/** The article's sentences tagged, as the analysis layer gives them to the sticking points. */
export function taggedOf(article: Article): TaggedSentence[] {
  return tagSentences(article.text, sentencesOf(article));
}
