/**
 * Scores every sentence of an article for an extractive summary. Unsupervised and deterministic: a sentence's score
 * mixes where it stands (news puts the story first, and a section's first sentence introduces it), how central it
 * is (PACSUM-style degree over a bounded similarity graph, see `graph.ts`), how close it is to the headline
 * (Edmundson 1969, "New methods in automatic extracting", https://doi.org/10.1145/321510.321519), and how well it
 * stands on its own (`standalone.ts`).
 */
import type { Article } from '../article/types';
import type { Sentence } from '../text/sentences';
import type { TaggedSentence } from '../text/tagger';
import { tokenize, type Token } from '../text/words';
import { buildSimilarityGraph, directedCentrality, inverseFrequencies, scaleToUnit, termNorm } from './graph';
import { standaloneFactor } from './standalone';
import type { ScoredSentence } from './types';

/** Weight of the position prior: lead-3 is the strongest single baseline for news (See et al. 2017). */
const POSITION_WEIGHT = 0.5;
/** Weight of centrality in the similarity graph. */
const CENTRALITY_WEIGHT = 0.25;
/** Weight of similarity to the headline, which names the story in few words. */
const TITLE_WEIGHT = 0.25;
/**
 * The position prior halves every this many sentences from the start (1 / (1 + i / h)): the first sentences
 * carry the story, later ones add detail, but a strong later sentence can still win.
 */
const POSITION_HALF_LIFE = 4;
/** The position prior of the first sentence after a heading: a section opener introduces what follows. */
const SECTION_OPENER_PRIOR = 0.45;

/** Words that are pure numbers carry no topic across sentences ("2", "2015"). */
const NUMBER = /^[\p{N}.,]+$/u;

/**
 * Scores every sentence of an article.
 *
 * Steps: 1. tokenize each sentence into distinct content stems (stop words and numbers left out) and count its
 * words; 2. give each sentence its standalone factor (0 for headings, stubs, boilerplate); 3. weigh stems by inverse
 * sentence frequency and build the bounded similarity graph; 4. compute position-aware centrality; 5. compute
 * similarity to the title; 6. compute the position prior (lead bias, section openers); 7. mix the three and multiply
 * by the standalone factor.
 * @param article the article (its title, blocks and language are read)
 * @param sentences its sentences, from `segmentSentences`
 * @param tagged the same sentences tagged (`tagSentences`), for English: their words are read instead of
 *   tokenising the sentences again
 * @returns one scored sentence per input sentence, in the same order
 */
export function scoreSentences(
  article: Article,
  sentences: readonly Sentence[],
  tagged?: readonly TaggedSentence[],
): ScoredSentence[] {
  const lang = article.lang ?? 'en';
  const ids = new Map<string, number>();
  const idOf = (stem: string): number => {
    let id = ids.get(stem);
    if (id === undefined) {
      id = ids.size;
      ids.set(stem, id);
    }
    return id;
  };
  const termsOf = (tokens: readonly Token[]): { stems: string[]; words: number } => {
    const stems = new Set<string>();
    for (const t of tokens) if (!t.stop && !NUMBER.test(t.lower)) stems.add(t.stem);
    return { stems: [...stems].sort(), words: tokens.length };
  };

  const read = sentences.map((s, i) => termsOf(tagged?.[i]?.tokens.filter((t) => t.word) ?? tokenize(s.text, lang)));
  const termIds = read.map((r) => r.stems.map(idOf));
  const factors = sentences.map((s, i) => {
    const kind = article.blocks[s.blockIndex]?.kind ?? 'paragraph';
    return standaloneFactor(s.text, kind, read[i]!.words, lang);
  });

  const titleStems = termsOf(tokenize(article.title, lang)).stems;
  const titleIds = titleStems.map(idOf); // ids of title-only stems are past every sentence's, idf treats them as rare
  const idf = inverseFrequencies(termIds, ids.size);
  const centrality = directedCentrality(buildSimilarityGraph(termIds, idf));
  const titleSimilarity = scaleToUnit(similarities(termIds, titleIds, idf));
  const position = positionPrior(article, sentences);

  const total = POSITION_WEIGHT + CENTRALITY_WEIGHT + TITLE_WEIGHT;
  return sentences.map((s, i) => {
    const factor = factors[i]!;
    const content =
      (POSITION_WEIGHT * position[i]! + CENTRALITY_WEIGHT * centrality[i]! + TITLE_WEIGHT * titleSimilarity[i]!) /
      total;
    return { ...s, score: round(factor * content), eligible: factor > 0, terms: read[i]!.stems };
  });
}

/** Cosine similarity (binary tf, idf weights) of every sentence to one bag of terms. */
function similarities(sentences: readonly (readonly number[])[], target: readonly number[], idf: Float64Array) {
  const out = new Float64Array(sentences.length);
  const targetNorm = termNorm(target, idf);
  if (targetNorm === 0) return out;
  const wanted = new Set(target);
  sentences.forEach((terms, i) => {
    let dot = 0;
    for (const t of terms) if (wanted.has(t)) dot += idf[t]! * idf[t]!;
    const norm = termNorm(terms, idf);
    out[i] = norm > 0 ? dot / (norm * targetNorm) : 0;
  });
  return out;
}

/**
 * The position prior of each sentence: 1 / (1 + i / {@link POSITION_HALF_LIFE}) from the start of the article,
 * raised to {@link SECTION_OPENER_PRIOR} for the first sentence after a heading.
 */
function positionPrior(article: Article, sentences: readonly Sentence[]): Float64Array {
  const out = new Float64Array(sentences.length);
  let previousBlock = -1;
  let rank = 0; // position among the sentences outside headings
  sentences.forEach((s, i) => {
    const block = article.blocks[s.blockIndex];
    const opensBlock = s.blockIndex !== previousBlock;
    previousBlock = s.blockIndex;
    if (block?.kind === 'heading') return;
    let prior = 1 / (1 + rank / POSITION_HALF_LIFE);
    rank++;
    const before = article.blocks[s.blockIndex - 1];
    if (opensBlock && before?.kind === 'heading') prior = Math.max(prior, SECTION_OPENER_PRIOR);
    out[i] = prior;
  });
  return out;
}

/** Rounds a score so that platform float noise never changes a ranking or a snapshot. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
