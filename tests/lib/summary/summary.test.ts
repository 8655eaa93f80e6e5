import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { defaultSummaryLength, selectSummary } from '@/lib/summary/select';
import { makeArticle } from '@/tests/factories';
import { makeSyntheticArticle } from '@/bench/synthetic-article';
import { segmentSentences } from '@/lib/text/sentences';
import { anecdoteLead, pageDebris } from '@/tests/fixtures/summaries/articles';

describe('summary contract', () => {
  const article = makeSyntheticArticle(1500);
  const analysis = analyzeArticle(article);

  it('lists the summary in article order without duplicates', () => {
    const indexes = analysis.summary.map((s) => s.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(new Set(indexes).size).toBe(indexes.length);
    expect(new Set(analysis.summary.map((s) => s.text)).size).toBe(indexes.length);
  });

  it("maps every item's range to its text in article.text", () => {
    for (const item of analysis.summary) {
      expect(article.text.slice(item.start, item.end)).toBe(item.text);
      expect(analysis.sentences[item.index]).toMatchObject({ text: item.text, blockIndex: item.blockIndex });
    }
  });

  it('keeps every sentence with its score', () => {
    expect(analysis.sentences).toHaveLength(segmentSentences(article.text, article.blocks, 'en').length);
    for (const s of analysis.sentences) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it('honours a requested length', () => {
    for (const n of [1, 3, 5, 10]) expect(analyzeArticle(article, { sentences: n }).summary).toHaveLength(n);
  });

  it('never picks a sentence from a heading', () => {
    const picked = selectSummary(analysis.sentences, 40);
    for (const item of picked) expect(article.blocks[item.blockIndex]!.kind).not.toBe('heading');
  });

  it('gives the same analysis every time', () => {
    expect(analyzeArticle(makeSyntheticArticle(1500))).toEqual(analysis);
  });
});

describe('default length', () => {
  it('grows from 3 for a short piece to 7 for a long one', () => {
    expect(defaultSummaryLength(0)).toBe(3);
    expect(defaultSummaryLength(15)).toBe(3);
    expect(defaultSummaryLength(60)).toBeGreaterThan(3);
    expect(defaultSummaryLength(60)).toBeLessThan(7);
    expect(defaultSummaryLength(400)).toBe(7);
    expect(defaultSummaryLength(100_000)).toBe(7);
    for (let n = 1; n < 500; n++) expect(defaultSummaryLength(n + 1)).toBeGreaterThanOrEqual(defaultSummaryLength(n));
  });

  it('applies to analyses without a requested length', () => {
    expect(analyzeArticle(makeSyntheticArticle(300)).summary).toHaveLength(3);
    expect(analyzeArticle(makeSyntheticArticle(1500)).summary.length).toBeGreaterThan(3);
    expect(analyzeArticle(makeSyntheticArticle(8000)).summary).toHaveLength(7);
  });
});

describe('short and empty articles', () => {
  it('returns an empty summary for an empty article', () => {
    const analysis = analyzeArticle(makeArticle({ lines: [] }));
    expect(analysis.sentences).toEqual([]);
    expect(analysis.summary).toEqual([]);
  });

  it('returns the only sentence of a one-sentence article', () => {
    const analysis = analyzeArticle(
      makeArticle({ lines: ['The town council approved the new budget for schools on Monday.'] }),
    );
    expect(analysis.summary.map((s) => s.index)).toEqual([0]);
  });

  it('returns nothing when the article holds only a heading and a stub', () => {
    expect(analyzeArticle(makeArticle({ lines: [{ heading: 'Latest news' }, 'Read more.'] })).summary).toEqual([]);
  });
});

describe('what the summary picks', () => {
  it('picks the news from beyond an anecdotal opening', () => {
    const picked = analyzeArticle(anecdoteLead, { sentences: 3 }).summary.map((s) => s.index);
    expect(picked).toContain(3); // "The Millbrook town council voted on Monday to close…"
    expect(picked.filter((i) => i < 3).length).toBeLessThan(3);
  });

  it('avoids captions, credits, prompts, questions and pronoun or connective openers', () => {
    const summary = analyzeArticle(pageDebris, { sentences: 4 }).summary.map((s) => s.text);
    expect(summary[0]).toMatch(/^The national rail operator will cut/);
    for (const text of summary) {
      expect(text).not.toMatch(/^(Scroll|Pictured|Photo|Will|He|But)\b/);
    }
  });

  it('leaves sentences that can never be chosen with a zero score and not eligible', () => {
    const analysis = analyzeArticle(pageDebris);
    const credit = analysis.sentences.find((s) => s.text.startsWith('Photo:'))!;
    const prompt = analysis.sentences.find((s) => s.text.startsWith('Scroll down'))!;
    for (const s of [credit, prompt]) expect(s).toMatchObject({ score: 0, eligible: false });
  });

  it('skips a sentence that repeats a chosen one', () => {
    const sentence = 'The central bank raised interest rates to five percent on Thursday to fight inflation.';
    const article = makeArticle({
      lines: [
        sentence,
        'Mortgage lenders are expected to pass the higher rates on to homeowners within weeks.',
        sentence,
        'Economists had predicted the move after inflation reached a ten-year high last month.',
        'Savers will see better returns on deposit accounts, banks said.',
      ],
      title: 'Central bank raises interest rates',
    });
    const texts = analyzeArticle(article, { sentences: 3 }).summary.map((s) => s.text);
    expect(texts.filter((t) => t === sentence)).toHaveLength(1);
  });
});

describe('selectSummary', () => {
  const { sentences } = analyzeArticle(makeSyntheticArticle(2000));

  it('re-ranks to another length consistently: a shorter summary is part of a longer one', () => {
    let previous = new Set<number>();
    for (let n = 1; n <= 12; n++) {
      const picked = selectSummary(sentences, n).map((s) => s.index);
      expect(picked).toHaveLength(n);
      for (const i of previous) expect(picked).toContain(i);
      previous = new Set(picked);
    }
  });

  it('returns the same items as the analysis for the analysed length', () => {
    const analysis = analyzeArticle(anecdoteLead, { sentences: 3 });
    expect(selectSummary(analysis.sentences, 3)).toEqual(analysis.summary);
  });

  it('returns nothing for n ≤ 0 and at most the eligible sentences for a large n', () => {
    expect(selectSummary(sentences, 0)).toEqual([]);
    expect(selectSummary(sentences, -2)).toEqual([]);
    const eligible = sentences.filter((s) => s.eligible && s.score > 0).length;
    expect(selectSummary(sentences, 10_000).length).toBeLessThanOrEqual(eligible);
  });
});
