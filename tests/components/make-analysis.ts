/** Test factories for {@link Analysis}: an article of numbered sentences with scores, and sticking points. */
import type { Analysis } from '@/lib/analysis/analyze';
import type { Article } from '@/lib/article/types';
import type { StickingPoint } from '@/lib/sticking-points/types';
import type { ScoredSentence } from '@/lib/summary/types';
import { selectSummary } from '@/lib/summary/select';
import { makeArticle } from '@/tests/factories';

/** Sentences of the test article: distinct words, so no two are redundant with each other. */
export const SENTENCES = [
  'The council voted on the harbour wall.',
  'Fishers rejected the narrower mouth outright.',
  'Engineers measured storm surges for decades.',
  'Insurers refused cover for lower homes.',
  'Grants expire unless contracts start soon.',
  'Residents crowded into Thursday meeting.',
  'Boatyards employ ninety local workers.',
  'Appendix figures disagree about barrier costs.',
];

/** An article whose paragraphs are {@link SENTENCES}, one per block. */
export function makeSentenceArticle(overrides: Partial<Article> = {}): Article {
  let offset = 0;
  const blocks = SENTENCES.map((text) => {
    const block = { kind: 'paragraph' as const, text, start: offset, end: offset + text.length };
    offset += text.length + 2;
    return block;
  });
  return makeArticle({ text: SENTENCES.join('\n\n'), blocks, ...overrides });
}

/** A sticking point with two positions and two evidence sentences. */
export function makeStickingPoint(overrides: Partial<StickingPoint> = {}): StickingPoint {
  return {
    label: 'Width of the harbour mouth',
    evidence: [
      { text: SENTENCES[1]!, index: 1 },
      { text: SENTENCES[7]!, index: 7 },
    ],
    positions: [
      { actor: 'Council', stance: 'a narrower mouth' },
      { actor: 'Fishers', stance: 'room for the larger boats' },
    ],
    confidence: 0.8,
    ...overrides,
  };
}

/**
 * An analysis of {@link makeSentenceArticle}: sentence i scores 1 − i/10 (all eligible), so summaries pick the
 * first sentences; the default summary has `summaryLength` sentences.
 */
export function makeAnalysis(overrides: Partial<Analysis> = {}, summaryLength = 3): Analysis {
  const article = makeSentenceArticle();
  const sentences: ScoredSentence[] = article.blocks.map((b, i) => ({
    index: i,
    blockIndex: i,
    start: b.start,
    end: b.end,
    text: b.text,
    score: 1 - i / 10,
    eligible: true,
    terms: b.text
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .split(' ')
      .sort(),
  }));
  return {
    sentences,
    summary: selectSummary(sentences, summaryLength),
    stickingPoints: [makeStickingPoint()],
    lang: 'en',
    ...overrides,
  };
}
