import { describe, expect, it } from 'vitest';
import { findStickingPoints } from '@/lib/sticking-points/find';
import { analyzeArticle } from '@/lib/analysis/analyze';
import type { Article } from '@/lib/article/types';
import type { StickingPoint } from '@/lib/sticking-points/types';
import { makeArticle } from '@/tests/factories';
import { taggedOf } from './sentences-of';
import * as articles from './articles';

function find(article: Article) {
  return findStickingPoints(article, taggedOf(article));
}

function labels(points: readonly StickingPoint[]): string[] {
  return points.map((p) => p.label);
}

describe('findStickingPoints on a negotiation with a section per issue', () => {
  const { stickingPoints } = find(articles.tradeTalks);

  it('names each open issue by its subheading', () => {
    expect(labels(stickingPoints)).toEqual(
      expect.arrayContaining(['Catch quotas', 'Access to coastal waters', 'Enforcement and inspections']),
    );
  });

  it('does not report the umbrella heading or the outlook section as issues', () => {
    expect(labels(stickingPoints)).not.toContain('The issues still blocking a treaty');
    expect(labels(stickingPoints)).not.toContain('What happens next');
  });

  it("says who wants what on an issue, in the article's words", () => {
    const access = stickingPoints.find((p) => p.label === 'Access to coastal waters');
    expect(access?.positions).toEqual(
      expect.arrayContaining([
        { actor: 'Norland', stance: expect.stringContaining('foreign trawlers stay out') },
        { actor: 'Estmark', stance: expect.stringContaining('northern fishing grounds') },
      ]),
    );
  });

  it('keeps the evidence of an issue inside its own section', () => {
    const quotas = stickingPoints.find((p) => p.label === 'Catch quotas');
    expect(quotas?.evidence.map((e) => e.text).join(' ')).toMatch(/cod catch|quotas/);
    expect(quotas?.evidence.map((e) => e.text).join(' ')).not.toMatch(/trawlers|inspect/);
  });
});

describe('findStickingPoints on a labour dispute', () => {
  const { stickingPoints } = find(articles.teacherStrike);

  it("finds the funding issue with the mayor rejecting the union's call", () => {
    const funding = stickingPoints.find((p) => /fund/i.test(p.label));
    expect(funding).toBeDefined();
    expect(funding?.positions).toEqual(
      expect.arrayContaining([{ actor: 'Daniel Reyes', stance: expect.stringContaining('rejected that call') }]),
    );
  });
});

describe('findStickingPoints on a planning dispute in court', () => {
  it('reports the contested permission with the residents as a party', () => {
    const { stickingPoints } = find(articles.planningDispute);
    expect(stickingPoints.length).toBeGreaterThan(0);
    const actors = stickingPoints.flatMap((p) => p.positions.map((q) => q.actor));
    expect(actors.some((a) => /Residents/.test(a))).toBe(true);
    expect(stickingPoints.map((p) => p.label).join(' ')).toMatch(/permission|planning/i);
  });
});

describe('findStickingPoints on stories that report no dispute', () => {
  it.each([
    ['a recipe that says "refuse to overcook"', articles.recipe],
    ['a product launch with "on demand" and "demand for"', articles.productLaunch],
    ['a sports result in which a team "refused to give up"', articles.sportsResult],
    ['a crime report with "refused to leave" and "refused bail"', articles.crimeReport],
    ['a science story in which results "rejected" an idea', articles.scienceStory],
    ['a negotiation that ended in a deal', articles.settledDeal],
  ])('returns no sticking points for %s', (_name, article) => {
    const result = find(article);
    expect(result.stickingPoints).toEqual([]);
    expect(result.reason).toBeUndefined();
  });
});

describe('sticking points in languages the tagger does not cover', () => {
  it('says so for a German article instead of guessing', () => {
    const analysis = analyzeArticle(articles.germanArticle);
    expect(analysis.stickingPoints).toEqual([]);
    expect(analysis.stickingPointsReason).toBe('language');
  });

  it('recognises an untagged French article by its words', () => {
    const analysis = analyzeArticle(articles.frenchUntagged);
    expect(analysis.stickingPoints).toEqual([]);
    expect(analysis.stickingPointsReason).toBe('language');
  });
});

describe('findStickingPoints output rules', () => {
  const disputes = [articles.tradeTalks, articles.teacherStrike, articles.planningDispute];

  it('keeps at most three evidence sentences per point, each a real sentence of the article', () => {
    for (const article of disputes) {
      const tagged = taggedOf(article);
      for (const point of findStickingPoints(article, tagged).stickingPoints) {
        expect(point.evidence.length).toBeGreaterThan(0);
        expect(point.evidence.length).toBeLessThanOrEqual(3);
        for (const e of point.evidence) expect(tagged[e.index]?.sentence.text).toBe(e.text);
      }
    }
  });

  it('writes labels of two to seven words and orders points by confidence', () => {
    for (const article of disputes) {
      const points = find(article).stickingPoints;
      expect(points.length).toBeLessThanOrEqual(5);
      for (const point of points) {
        expect(point.label.split(/\s+/).length).toBeLessThanOrEqual(7);
        expect(point.label.split(/\s+/).length).toBeGreaterThanOrEqual(2);
        expect(point.confidence).toBeGreaterThan(0);
        expect(point.confidence).toBeLessThanOrEqual(1);
      }
      const confidences = points.map((p) => p.confidence);
      expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    }
  });

  it('gives the same answer every time', () => {
    expect(find(articles.tradeTalks)).toEqual(find(articles.tradeTalks));
    expect(find(articles.teacherStrike)).toEqual(find(articles.teacherStrike));
  });

  it('returns an empty list for an empty article', () => {
    expect(find(makeArticle({ title: 'Empty', lines: [] }))).toEqual({ stickingPoints: [] });
  });

  it('still finds the issues, with valid evidence, in a 20,000-word article', () => {
    const paragraphs: string[] = [];
    for (let i = 0; paragraphs.join(' ').split(/\s+/).length < 20_000; i += 1) {
      paragraphs.push(...articles.teacherStrike.blocks.map((b) => `${b.text} (Part ${i}.)`));
    }
    const big = makeArticle({ title: 'A very long strike report', lines: paragraphs });
    const tagged = taggedOf(big);
    const points = findStickingPoints(big, tagged).stickingPoints;
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) {
      for (const evidence of point.evidence) expect(tagged[evidence.index]?.sentence.text).toBe(evidence.text);
    }
  });
});
