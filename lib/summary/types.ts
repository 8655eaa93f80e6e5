/**
 * Types of Crux's extractive summary: every sentence keeps its score so that a longer or shorter summary is a cheap
 * re-rank ({@link selectSummary}) rather than a new analysis.
 */
import type { Sentence } from '../text/sentences';

/** A sentence of the article with what the summariser decided about it. */
export interface ScoredSentence extends Sentence {
  /** How much the sentence belongs in a summary, in [0, 1]; 0 for sentences that are never chosen. */
  score: number;
  /** Whether the sentence may be chosen at all (false for headings, boilerplate and credits). */
  eligible: boolean;
  /** Its distinct content stems, sorted; used to keep redundant sentences out of one summary. */
  terms: string[];
}

/** One sentence of a summary, pointing back into the article. */
export interface SummaryItem {
  /** The sentence text (`article.text.slice(start, end) === text`). */
  text: string;
  /** Its position among the article's sentences, from 0. */
  index: number;
  /** Index of its block in `Article.blocks`. */
  blockIndex: number;
  /** Offset of its first character in `Article.text`. */
  start: number;
  /** Offset just past its last character in `Article.text`. */
  end: number;
  /** Its score, as in {@link ScoredSentence.score}. */
  score: number;
}
