/**
 * Generalisation checks on invented articles of kinds the other tests don't cover: a transfer saga, a damages
 * case, a rent dispute, a rail strike, fishing-quota talks, a library-closure budget fight, a drug-pricing
 * negotiation, a blocked merger, a celebrity settlement, a stalled climate summit; and stories without a dispute
 * that are full of contention words. Expectations are what a reader would want, matched leniently like the corpus
 * scorer: a point is found when its label or evidence contains one of a few terms.
 */
import { describe, expect, it } from 'vitest';
import { findStickingPoints } from '@/lib/sticking-points/find';
import type { Article } from '@/lib/article/types';
import type { StickingPoint } from '@/lib/sticking-points/types';
import { taggedOf } from './sentences-of';
import {
  damagesCase,
  rentDispute,
  fishingTalks,
  libraryBudget,
  drugPricing,
  mergerBlocked,
  celebritySplit,
  climateSummit,
  matchReport,
  obituary,
  productReview,
  weatherStory,
  scienceDiscovery,
  settledDispute,
  crimeReport,
} from './generalise-articles';

function find(article: Article): StickingPoint[] {
  return findStickingPoints(article, taggedOf(article)).stickingPoints;
}

/** The point whose label or evidence mentions one of the terms (case ignored), as the corpus scorer matches. */
function pointAbout(points: readonly StickingPoint[], terms: readonly string[]): StickingPoint | undefined {
  return points.find((p) => {
    const text = `${p.label} ${p.evidence.map((e) => e.text).join(' ')}`.toLowerCase();
    return terms.some((t) => text.includes(t));
  });
}

/** A dispute article, the issues a reader expects (each a few match terms) and the parties expected among actors. */
interface DisputeCase {
  name: string;
  article: Article;
  issues: readonly (readonly string[])[];
  actors: readonly RegExp[];
}

const disputes: DisputeCase[] = [
  { name: 'a court case over damages', article: damagesCase, issues: [['damages', 'liabil', 'claim']], actors: [] },
  {
    name: 'a landlord–tenant rent dispute',
    article: rentDispute,
    issues: [['rent', 'increase', 'rise']],
    actors: [/Association|Tenants|Northgate/],
  },
  {
    name: 'EU–UK fishing quota talks',
    article: fishingTalks,
    issues: [
      ['mackerel', 'quota'],
      ['access', 'six-mile', 'six miles'],
    ],
    actors: [/UK|EU|Hale|Varga|Britain/],
  },
  {
    name: 'a council fight over library closures',
    article: libraryBudget,
    issues: [['librar', 'closure']],
    actors: [/Pike|councillors|Khan|Opposition/],
  },
  {
    name: 'a drug-pricing negotiation',
    article: drugPricing,
    issues: [['price', '£104,000', 'cost']],
    actors: [/Veltra|health service/i],
  },
  {
    name: 'a merger blocked by a regulator',
    article: mergerBlocked,
    issues: [['merger', 'remed', 'deal']],
    actors: [/Authority|Telmo|Faris/],
  },
  {
    name: 'a celebrity custody and property dispute',
    article: celebritySplit,
    issues: [['custody'], ['house', 'malibu']],
    actors: [/Vance|Grant/],
  },
  {
    name: 'a climate summit stalled on finance',
    article: climateSummit,
    issues: [['finance', 'trillion', '$300bn', 'money']],
    actors: [/China|Union|bloc|countries|nations/],
  },
];

describe.each(disputes)('findStickingPoints on $name', ({ article, issues, actors }) => {
  const points = find(article);

  it.each(issues.map((terms) => [terms.join('/'), terms] as const))('finds the issue %s', (_name, terms) => {
    expect(pointAbout(points, terms), JSON.stringify(points.map((p) => p.label))).toBeDefined();
  });

  it('labels every point with a short noun phrase', () => {
    for (const p of points) {
      expect(p.label.split(/\s+/).length).toBeLessThanOrEqual(8);
      expect(p.label).not.toMatch(/^(?:said|says|is|are|was|were|has|have|will|would)\b/i);
    }
  });

  it('gives a position for a party of the dispute', () => {
    const found = points.flatMap((p) => p.positions.map((q) => q.actor));
    expect(
      actors.every((a) => found.some((f) => a.test(f))),
      JSON.stringify(found),
    ).toBe(true);
  });
});

describe('findStickingPoints on stories that report no open dispute', () => {
  it.each([
    ['a match report ("refused to give up", "insisted on playing")', matchReport],
    ['an obituary ("refused to let her school close", "insisted")', obituary],
    ['a product review ("the camera refuses to focus")', productReview],
    ['a weather story ("blocking roads", "urged")', weatherStory],
    ['a science discovery in which a theory was "rejected"', scienceDiscovery],
    ['a settled dispute ("the two sides finally agreed")', settledDispute],
    ['a crime report ("denied the charges", "refused bail")', crimeReport],
  ])('reports nothing for %s', (_name, article) => {
    expect(find(article).map((p) => p.label)).toEqual([]);
  });
});
