import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { makeSyntheticArticle } from '@/bench/synthetic-article';
import { extractArticle } from '@/lib/article/extract';
import { parseHtml } from '@/scripts/cli/parse-html';
import { findStickingPoints } from '@/lib/sticking-points/find';
import { tagSentences } from '@/lib/text/tagger';
import { segmentSentences } from '@/lib/text/sentences';
import { makeArticle } from '@/tests/factories';

/** A small news page, as a browser would load it. */
const PAGE = `<!DOCTYPE html><html lang="en-GB"><head><title>Harbour bridge to close for repairs</title></head><body>
<article><h1>Harbour bridge to close for repairs</h1>
<p>The harbour bridge will close to traffic for six weeks from May so engineers can replace its corroded cables, the
city's transport department said on Tuesday.</p>
<p>About 40,000 vehicles cross the bridge every day, and the department expects long delays on the ring road while
the repairs go on.</p>
<p>Buses will be diverted through the tunnel, and a free ferry will run every fifteen minutes between the two quays.</p>
<h2>Why now</h2>
<p>Inspectors found last year that water had entered the cable anchors, weakening several of the bridge's main cables.</p>
<p>Engineers said the cables were safe for now but had to be replaced before next winter's storms.</p>
<p>Local shop owners fear the closure will keep customers away during the busiest weeks of spring.</p>
</article></body></html>`;

describe('analyzeArticle', () => {
  it('analyses an extracted page: scored sentences, a summary pointing into article.text, the language', () => {
    const extracted = extractArticle(parseHtml(PAGE, 'https://news.example/bridge'));
    if (!extracted.ok) throw new Error(extracted.error.message);
    const article = extracted.value;
    const analysis = analyzeArticle(article);
    expect(analysis.lang).toBe(article.lang ?? 'en');
    expect(analysis.sentences.length).toBeGreaterThanOrEqual(6);
    expect(analysis.summary).toHaveLength(3);
    expect(analysis.summary[0]!.text).toMatch(/^The harbour bridge will close/);
    for (const item of analysis.summary) expect(article.text.slice(item.start, item.end)).toBe(item.text);
  });

  it('passes the sticking points of the same sentences through', () => {
    const article = makeArticle({
      lines: [
        'Teachers and the education ministry failed to agree on pay after talks broke down on Friday.',
        'The union demands a ten percent rise, but the ministry insists it can offer no more than three percent.',
        'Both sides remain divided over class sizes, which the union wants capped at twenty-five pupils.',
        'The ministry refuses to set a cap and says schools must decide.',
        'A strike is planned for next month unless the dispute over pay and class sizes is resolved.',
      ],
      title: 'Teachers and ministry fail to agree on pay',
    });
    const analysis = analyzeArticle(article);
    const expected = findStickingPoints(
      article,
      tagSentences(article.text, segmentSentences(article.text, article.blocks, 'en')),
    );
    expect(analysis.stickingPoints).toEqual(expected.stickingPoints);
    expect(analysis.stickingPointsReason).toBe(expected.reason);
  });

  it('assumes English when the article has no language', () => {
    expect(
      analyzeArticle(makeArticle({ lines: ['One plain sentence that says enough to be kept.'], lang: null })).lang,
    ).toBe('en');
  });

  it('handles an empty article', () => {
    const analysis = analyzeArticle(makeArticle({ lines: [] }));
    expect(analysis).toMatchObject({ sentences: [], summary: [], lang: 'en' });
  });

  it('summarises a non-English article without the English rules', () => {
    const article = makeArticle({
      lines: [
        'Правительство объявило о снижении налогов для малого бизнеса с первого января.',
        'Министр финансов заявил, что снижение налогов поможет малому бизнесу пережить кризис.',
        'Эксперты считают, что снижение налогов увеличит дефицит бюджета.',
        'Оппозиция потребовала обсудить снижение налогов в парламенте.',
      ],
      lang: 'ru',
      title: 'Снижение налогов для малого бизнеса',
    });
    const analysis = analyzeArticle(article, { sentences: 2 });
    expect(analysis.lang).toBe('ru');
    expect(analysis.summary).toHaveLength(2);
  });

  it('is deterministic', () => {
    const article = makeSyntheticArticle(3000, 7);
    expect(JSON.stringify(analyzeArticle(article))).toBe(JSON.stringify(analyzeArticle(article)));
  });

  it('summarises a 20,000-word article with the longest default summary, every item from the text', () => {
    const article = makeSyntheticArticle(20_000);
    const analysis = analyzeArticle(article);
    expect(analysis.summary).toHaveLength(7);
    for (const item of analysis.summary) expect(article.text.slice(item.start, item.end)).toBe(item.text);
  });
});
