/**
 * Choosing the summary from scored sentences: Maximal Marginal Relevance (Carbonell & Goldstein 1998,
 * https://doi.org/10.1145/290941.291025), greedy and independent of the requested length, so a shorter summary is
 * always the first sentences of a longer one's choice (the sets are nested) and changing the length costs no new
 * analysis.
 */
import type { ScoredSentence, SummaryItem } from './types';

/** Weight of redundancy with the sentences already chosen, against a candidate's own score (MMR's 1 − λ). */
const REDUNDANCY_WEIGHT = 0.35;
/** A candidate at least this similar to a chosen sentence is a repeat (pages repeat sentences as captions). */
const DUPLICATE_SIMILARITY = 0.65;
/** Summary length for a short article. */
const MIN_DEFAULT_LENGTH = 3;
/** Summary length for a long article. */
const MAX_DEFAULT_LENGTH = 7;
/** Articles with at most this many sentences (about 400 words) get {@link MIN_DEFAULT_LENGTH}. */
const SHORT_ARTICLE_SENTENCES = 18;
/** Articles with at least this many sentences (about 4,000 words) get {@link MAX_DEFAULT_LENGTH}. */
const LONG_ARTICLE_SENTENCES = 180;

/**
 * The default summary length for an article: 3 sentences for a short piece, growing with the logarithm of its
 * length, up to 7 for a long one.
 * @param sentenceCount the number of sentences in the article
 */
export function defaultSummaryLength(sentenceCount: number): number {
  if (sentenceCount <= SHORT_ARTICLE_SENTENCES) return MIN_DEFAULT_LENGTH;
  const t =
    Math.log(sentenceCount / SHORT_ARTICLE_SENTENCES) / Math.log(LONG_ARTICLE_SENTENCES / SHORT_ARTICLE_SENTENCES);
  return Math.min(MAX_DEFAULT_LENGTH, Math.round(MIN_DEFAULT_LENGTH + t * (MAX_DEFAULT_LENGTH - MIN_DEFAULT_LENGTH)));
}

/**
 * Picks the summary: the best sentences by score, each penalised by its similarity to those already picked, in
 * article order. Pure and fast (n rounds over the eligible sentences), so the popup can re-rank to another length.
 *
 * Steps: 1. keep eligible sentences with a positive score; 2. repeatedly pick the one with the highest score minus
 * {@link REDUNDANCY_WEIGHT} × its highest similarity to a picked one, skipping repeats, ties to the earlier
 * sentence; 3. return the picks in article order.
 * @param scored every sentence with its score, from the analysis
 * @param n how many sentences to pick
 * @returns at most n items in article order; fewer when the article has fewer eligible sentences, empty for none
 */
export function selectSummary(scored: readonly ScoredSentence[], n: number): SummaryItem[] {
  // By score, ties to the earlier sentence; a candidate's value never exceeds its score, so each round can stop
  // scanning once scores fall below the best value found (lazy greedy: a few candidates per round, not all).
  const candidates = scored
    .filter((s) => s.eligible && s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const pickedTerms: Set<string>[] = [];
  const picked: ScoredSentence[] = [];
  const taken = new Uint8Array(candidates.length);
  const wanted = Math.max(0, Math.floor(n));
  while (picked.length < wanted) {
    let best = -1;
    let bestValue = -Infinity;
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k]!;
      if (c.score <= bestValue) break;
      if (taken[k]) continue;
      let redundancy = 0;
      for (const terms of pickedTerms) redundancy = Math.max(redundancy, overlap(c.terms, terms));
      if (redundancy >= DUPLICATE_SIMILARITY) {
        taken[k] = 1; // a repeat of a picked sentence stays out at every length
        continue;
      }
      const value = c.score - REDUNDANCY_WEIGHT * redundancy;
      if (value > bestValue) {
        bestValue = value;
        best = k;
      }
    }
    if (best < 0) break;
    taken[best] = 1;
    picked.push(candidates[best]!);
    pickedTerms.push(new Set(candidates[best]!.terms));
  }
  return picked
    .sort((a, b) => a.index - b.index)
    .map(({ text, index, blockIndex, start, end, score }) => ({ text, index, blockIndex, start, end, score }));
}

/** Cosine similarity of two sets of terms (binary weights). */
function overlap(terms: readonly string[], other: ReadonlySet<string>): number {
  if (terms.length === 0 || other.size === 0) return 0;
  let shared = 0;
  for (const t of terms) if (other.has(t)) shared++;
  return shared / Math.sqrt(terms.length * other.size);
}
