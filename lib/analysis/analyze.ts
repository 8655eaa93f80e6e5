/**
 * The one entry point from an extracted article to everything Crux shows about it: its sentences with their
 * summary scores, the summary, and the sticking points. Pure and deterministic (same article → same analysis), with
 * no browser globals, so the content script, the popup and the command line share it.
 */
import type { Article } from '../article/types';
import { countWords } from '../article/text';
import { findStickingPoints } from '../sticking-points/find';
import type { GateParams } from '../sticking-points/gate';
import type { StickingPoint, StickingPointsResult } from '../sticking-points/types';
import { segmentSentences } from '../text/sentences';
import { isTaggedLanguage, tagSentences } from '../text/tagger';
import { stopWords, tokenize } from '../text/words';
import { scoreSentences } from '../summary/score';
import { defaultSummaryLength, selectSummary } from '../summary/select';
import type { ScoredSentence, SummaryItem } from '../summary/types';

/** Options for {@link analyzeArticle}. */
export interface AnalyzeOptions {
  /** How many sentences the summary should have; by default 3 for a short article up to 7 for a long one. */
  sentences?: number;
  /** The sticking-points gate's parameters; the fitted ones (`lib/sticking-points/gate.json`) by default. */
  gate?: GateParams;
}

/** Everything Crux computes about an article. */
export interface Analysis {
  /** Every sentence of the article, in order, with its summary score (re-rank with `selectSummary`). */
  sentences: ScoredSentence[];
  /** The summary, in article order; empty when the article has no sentence worth showing. */
  summary: SummaryItem[];
  /** The sticking points, most confident first; empty when none were found or looked for. */
  stickingPoints: StickingPoint[];
  /** Why `stickingPoints` is empty without having been looked for (e.g. `'language'`: not a covered language). */
  stickingPointsReason?: StickingPointsResult['reason'];
  /** The language the analysis assumed: the article's BCP 47 tag, or "en" when the page did not say. */
  lang: string;
}

/**
 * Analyses an article.
 *
 * Steps: 1. segment the body into sentences, block by block (up to {@link MAX_ANALYSED_WORDS}); 2. for English, tag them once (parts of speech,
 * lemmas, negation), the one reading of their words that the summary and the sticking points share; 3. score every
 * sentence for the summary; 4. pick the summary at the requested or default length; 5. find the sticking points from
 * the same tagged sentences (other languages get `stickingPointsReason: 'language'`).
 * @param article an extracted article
 * @param options the summary length
 * @returns the analysis; an article without text gives empty lists
 */
export function analyzeArticle(article: Article, options: AnalyzeOptions = {}): Analysis {
  const lang = article.lang ?? 'en';
  const sentences = segmentSentences(article.text, analysedBlocks(article), lang);
  const tagged = isEnglish(article) ? tagSentences(article.text, sentences) : undefined;
  const scored = scoreSentences(article, sentences, tagged);
  const length = options.sentences ?? defaultSummaryLength(sentences.length);
  const summary = selectSummary(scored, length);
  const found = tagged
    ? findStickingPoints(article, tagged, options.gate)
    : { stickingPoints: [], reason: 'language' as const };
  const analysis: Analysis = { sentences: scored, summary, stickingPoints: found.stickingPoints, lang };
  if (found.reason) analysis.stickingPointsReason = found.reason;
  return analysis;
}

/**
 * Articles longer than this many words are analysed on their first blocks up to it. Five times the longest real
 * articles (about 20,000 words), so no article is cut; a page that dumps a log or an archive of 200,000 paragraphs
 * still gets its summary in seconds instead of half a minute and gigabytes (its whole text is still extracted).
 */
export const MAX_ANALYSED_WORDS = 100_000;

/** The blocks the analysis reads: all of them, or the first ones up to {@link MAX_ANALYSED_WORDS}. */
function analysedBlocks(article: Article): Article['blocks'] {
  if (article.wordCount <= MAX_ANALYSED_WORDS) return article.blocks;
  let words = 0;
  const end = article.blocks.findIndex((block) => (words += countWords(block.text)) > MAX_ANALYSED_WORDS);
  return end < 0 ? article.blocks : article.blocks.slice(0, Math.max(1, end));
}

/** Share of English stop words among an untagged article's words below which it is taken as not English. */
const MIN_ENGLISH_STOP_SHARE = 0.25;

/** Whether the article is English: by its language tag, or for an untagged one by its share of English stop words. */
function isEnglish(article: Article): boolean {
  if (article.lang) return isTaggedLanguage(article.lang);
  const words = tokenize(article.text.slice(0, 5000), 'en');
  if (words.length < 20) return true;
  const english = stopWords('en');
  return words.filter((w) => english.has(w.lower)).length / words.length >= MIN_ENGLISH_STOP_SHARE;
}
