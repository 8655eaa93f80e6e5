import { describe, expect, it } from 'vitest';
import { findStickingPoints } from '../../../lib/sticking-points/find';
import { labelFromSentences, type LabelContext } from '../../../lib/sticking-points/label';
import { nounPhrases, slotPhrases, tagWords } from '../../../lib/sticking-points/noun-phrases';
import type { Article } from '../../../lib/article/types';
import { makeArticle, sentencesOf } from './make-article';

function labelsOf(article: Article): string[] {
  return findStickingPoints(article, sentencesOf(article)).stickingPoints.map((p) => p.label);
}

/** Words a label must never start with: verbs, negations, pronouns, bare adjectives of stance. */
const NOT_A_NOUN_PHRASE =
  /^(?:not|no|never|he|she|it|they|we|this|that|said|says|met|fell|rose|accept|reject|refuse|demand(?:ed|s)?|want(?:s|ed)?|unfair|sick|touch)\b/i;

/** A nurses' strike with no subheadings, where "pay", "wages" and "salaries" name one issue. */
const nursesStrike = makeArticle('Nurses walk out as hospital talks collapse', [
  'Nurses at the Westbury General Hospital went on strike on Tuesday after talks with the health board collapsed without an agreement.',
  'The Westbury Nurses Union is demanding better pay for night shifts and says wages have not kept up with the cost of living.',
  'The health board has offered a one percent increase and insists it cannot afford more this year.',
  'Ward sisters said many colleagues had left for agencies that pay far more.',
  'Union secretary Lena Marsh said nurses would not accept salaries that fall further behind those of other hospitals.',
  'Patients with routine appointments were asked to stay at home.',
  'A second demand concerns overtime rules, which the union wants written into the contract.',
  'Board chair Tom Ashby rejected that demand and said overtime rules were a matter for managers, not for negotiations.',
]);

/** A planning row over a housing scheme, without subheadings. */
const housingScheme = makeArticle('Councillors clash over riverside housing scheme', [
  'Councillors in Millbrook remain divided over the riverside housing scheme proposed by Castlegate Homes.',
  'Opponents want the housing scheme scaled back to two hundred homes and insist that the flood risk has not been assessed.',
  'Castlegate Homes rejected calls to shrink the housing scheme and said the flood defences met every national standard.',
  'Council leader Priya Nair said the committee would not approve the housing scheme until the Environment Agency had replied.',
  'The site has stood empty since the paper mill closed in 2009.',
]);

describe('sticking-point labels on articles without subheadings', () => {
  it('names the pay issue of a strike with a noun phrase containing "pay"', () => {
    const labels = labelsOf(nursesStrike);
    expect(labels.some((l) => /\bpay\b/i.test(l))).toBe(true);
  });

  it('merges pay, wages and salaries into one point', () => {
    const labels = labelsOf(nursesStrike);
    expect(labels.filter((l) => /\b(?:pay|wages?|salar\w*)\b/i.test(l))).toHaveLength(1);
  });

  it('keeps a separate issue with its own parties as its own point', () => {
    const { stickingPoints } = findStickingPoints(nursesStrike, sentencesOf(nursesStrike));
    const overtime = stickingPoints.find((p) => /overtime/i.test(p.label));
    expect(overtime).toBeDefined();
    const actors = overtime?.positions.map((p) => p.actor) ?? [];
    expect(actors.some((a) => /Ashby|Board/.test(a))).toBe(true);
    expect(actors.some((a) => /union/i.test(a))).toBe(true);
  });

  it('names a planning dispute by the scheme, never by a verb phrase', () => {
    const labels = labelsOf(housingScheme);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels[0]).toMatch(/housing scheme/i);
    for (const label of labels) expect(label).not.toMatch(NOT_A_NOUN_PHRASE);
  });

  it('writes labels of at most eight words, first letter capitalised', () => {
    for (const label of [...labelsOf(nursesStrike), ...labelsOf(housingScheme)]) {
      expect(label.split(/\s+/).length).toBeLessThanOrEqual(8);
      expect(label.charAt(0)).toBe(label.charAt(0).toUpperCase());
    }
  });
});

describe('noun phrases', () => {
  it('never puts a verb, a negation or a predicate adjective in a phrase', () => {
    const sentence = 'The ferry operator did not accept the new timetable, saying it was unfair and unworkable.';
    expect(nounPhrases(sentence).map((p) => p.text)).toEqual(['ferry operator', 'new timetable']);
  });

  it('keeps a currency amount and a possessive inside the phrase', () => {
    const sentence = "She claimed the £40 towing fee was excessive and took the city's parking rules to court.";
    expect(nounPhrases(sentence).map((p) => p.text)).toEqual(expect.arrayContaining(['£40 towing fee', "city's parking rules"]));
  });

  it('reads "out of touch" as an idiom, not as an issue', () => {
    expect(nounPhrases('Farmers said the ministers were out of touch.').map((p) => p.text)).toEqual(['Farmers', 'ministers']);
  });

  it('tells a verb from a noun by the determiner after it', () => {
    const tags = tagWords('The port authority wants to cut its harbour fees next year.');
    expect(tags.find((t) => t.token.lower === 'cut')?.cls).toBe('verb');
    expect(nounPhrases('The port authority wants to cut its harbour fees next year.').map((p) => p.text)).toContain('harbour fees');
  });
});

describe('issue slots', () => {
  it('finds what is demanded, rejected or disputed', () => {
    const slots = (s: string) => slotPhrases(s).map((p) => p.phrase.text);
    expect(slots('The drivers demanded shorter shifts.')).toEqual(['shorter shifts']);
    expect(slots('Farmers rejected the proposed water levy on Monday.')).toEqual(['proposed water levy']);
    expect(slots('The row over grazing rights has lasted a decade.')).toEqual(['grazing rights']);
    expect(slots('The clinic is unlikely to agree to extend its opening hours.')).toEqual(['opening hours']);
  });

  it('finds the subject of "remains divisive" and the object of "the question of"', () => {
    const found = slotPhrases('The question of fishing rights remains deeply divisive.').map((p) => p.phrase.text);
    expect(found).toContain('fishing rights');
  });
});

describe('labelFromSentences', () => {
  const context: LabelContext = {
    anchor: null,
    titleStems: new Set(),
    isIssueStem: (stem) => !['union', 'council', 'offer', 'decis'].includes(stem),
    countOf: () => 1,
    isCommonWord: () => true,
  };

  it('prefers the phrase a party demands over a phrase that merely recurs', () => {
    const label = labelFromSentences(
      [
        'The union called for a shorter working week at the council meeting on Friday.',
        'The council said a shorter working week would cost too much.',
      ],
      context,
    );
    expect(label?.text).toBe('Shorter working week');
  });

  it('returns null when no phrase can name an issue', () => {
    expect(labelFromSentences(['The council did not accept the offer.'], context)).toBeNull();
  });
});
