/** The rules a shown position keeps, on invented positions: each rule broken, and positions that keep them all. */
import { describe, expect, it } from 'vitest';
import { positionRuleBreaks } from '@/lib/sticking-points/position-rules';

const breaks = (actor: string, stance: string) => positionRuleBreaks({ actor, stance });

describe('positionRuleBreaks', () => {
  it('keeps a named party with a whole stance', () => {
    expect(breaks('The harbour pilots’ union', 'a pay rise matching inflation')).toEqual([]);
    expect(breaks('Mayor Ilse Brandt', 'refused to give in')).toEqual([]);
    expect(breaks('Councillor Okafor', 'will not meet her')).toEqual([]);
  });

  describe('a stance that ends on an article, a preposition, a conjunction or a possessive', () => {
    it.each([
      ['wants the ferry fares cut by the', 'article "the"'],
      ['asked for a', 'article "a"'],
      ['rejected any extension of', 'preposition "of"'],
      ['insisted the vote should go on', 'preposition "on" (the list keeps it)'],
      ['demanded compensation paid by', 'preposition "by"'],
      ['wants lower tolls and', 'conjunction "and"'],
      ['backs the plan but', 'conjunction "but"'],
      ['opposes any cut to his', 'possessive "his"'],
      ['will defend the rights of their', 'possessive "their"'],
      ['questioned the scale of its', 'possessive "its"'],
      ['refuses to lift the sanctions on Russia’s', 'possessive in ’s'],
      ["wants a bigger share of the port's", "possessive in 's"],
    ])('%s (%s)', (stance) => {
      expect(breaks('The fishermen’s cooperative', stance)).toContain('stance-ends-on-function-word');
    });

    it('ignores trailing punctuation when judging the last word', () => {
      expect(breaks('The ferry company', 'will not lower fares for the.')).toContain('stance-ends-on-function-word');
      expect(breaks('The ferry company', 'calls it “a matter of”,')).toContain('stance-ends-on-function-word');
      expect(breaks('The ferry company', 'will not lower its fares.')).toEqual([]);
      expect(breaks('The ferry company', '“a fair share of the market”')).toEqual([]);
    });

    it('does not take a particle that ends a phrase for a preposition', () => {
      expect(breaks('The tenants', 'will not back down')).toEqual([]);
      expect(breaks('The tenants', 'want the rent increase called off')).toEqual([]);
    });
  });

  describe('a stance shorter than 3 words', () => {
    it.each([['rejects'], ['more money'], ['“no deal”.'], ['']])('%j', (stance) => {
      expect(breaks('The dock workers', stance)).toContain('stance-too-short');
    });

    it('counts words, not punctuation', () => {
      expect(breaks('The dock workers', 'more money — now')).toEqual([]);
      expect(breaks('The dock workers', 'more — money')).toContain('stance-too-short');
    });
  });

  describe('an actor that is not a party', () => {
    it.each([['he'], ['She'], ['they'], ['It'], ['we'], ['I'], ['you'], ['This'], ['them']])('pronoun %j', (actor) => {
      expect(breaks(actor, 'wants the quota doubled')).toEqual(['actor-pronoun']);
    });

    it.each([['Tuesday'], ['Nov.'], ['Tue'], ['March'], ['On Sunday night'], ['Sept. 12'], ['early May']])(
      'month or weekday %j',
      (actor) => {
        expect(breaks(actor, 'wants the quota doubled')).toEqual(['actor-date']);
      },
    );

    it('takes "May" alone for a name, not a month', () => {
      expect(breaks('May', 'wants the quota doubled')).toEqual([]);
    });

    it.each([
      ['people familiar with the negotiations'],
      ['a person with knowledge of the talks'],
      ['a reporter'],
      ['correspondent Lena Marsh'],
      ['sources said'],
      ['senior sources'],
      ['according to the ministry'],
      ['officials said'],
      ['two officials who spoke on condition of anonymity'],
    ])('reporting phrase %j', (actor) => {
      expect(breaks(actor, 'wants the quota doubled')).toEqual(['actor-reporting-phrase']);
    });

    it('keeps parties that merely contain such words', () => {
      expect(breaks('The Sunday trading association', 'wants the quota doubled')).toEqual([]);
      expect(breaks('Officials in the port authority', 'want the quota doubled')).toEqual([]);
    });
  });

  it('lists every rule a position breaks', () => {
    expect(breaks('they', 'against the')).toEqual([
      'stance-ends-on-function-word',
      'stance-too-short',
      'actor-pronoun',
    ]);
  });
});
