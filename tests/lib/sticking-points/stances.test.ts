import { describe, expect, it } from 'vitest';
import { readStances } from '@/lib/sticking-points/stances';
import { makeArticle } from '@/tests/factories';
import { taggedOf } from './sentences-of';

/** The stances of an invented article, as actor → stance pairs. */
function stancesOf(paragraphs: readonly string[]): { actor: string; stance: string }[] {
  return readStances(taggedOf(makeArticle({ title: 'Test', lines: paragraphs }))).map(({ actor, stance }) => ({
    actor,
    stance,
  }));
}

describe('readStances', () => {
  it('reads a named party, its stance verb and the whole clause after it', () => {
    expect(stancesOf(['The Harbour Workers Union rejected the offer of a two percent rise.'])).toEqual([
      { actor: 'Harbour Workers Union', stance: 'rejected the offer of a two percent rise' },
    ]);
  });

  it('reads a negated agreement as a refusal', () => {
    expect(stancesOf(['Mayor Lena Ortiz did not accept the proposed budget cuts.'])).toEqual([
      { actor: 'Lena Ortiz', stance: 'did not accept the proposed budget cuts' },
    ]);
  });

  it('gives each of two contrasted parties its own stance', () => {
    expect(
      stancesOf(['While Veltra has proposed a phased price cut, Norland has pushed for an immediate freeze.']),
    ).toEqual([
      { actor: 'Veltra', stance: 'has proposed a phased price cut' },
      { actor: 'Norland', stance: 'has pushed for an immediate freeze' },
    ]);
  });

  it('resolves a pronoun to the person named in the sentence before', () => {
    const found = stancesOf([
      'Councillor Amir Khan spoke at the meeting on Tuesday.',
      'He insists that the library must stay open on Saturdays.',
    ]);
    expect(found).toEqual([
      { actor: 'Councillor Amir Khan', stance: 'insists that the library must stay open on Saturdays' },
    ]);
  });

  it('resolves "it" to an organisation, never to a plural group named after it', () => {
    const found = stancesOf([
      'The Kelso Water Board published its plan on Monday.',
      'Many farmers rejected the plan.',
      'It insists that the reservoir must be drained by June.',
    ]);
    expect(found).toContainEqual({
      actor: 'Kelso Water Board',
      stance: 'insists that the reservoir must be drained by June',
    });
    expect(found.filter((s) => s.actor === 'Many farmers')).toEqual([
      { actor: 'Many farmers', stance: 'rejected the plan' },
    ]);
  });

  it('keeps a pronoun chain with its party: each "he" mentions him again', () => {
    const found = stancesOf([
      'Councillor Amir Khan insists that the library must stay open.',
      'He says the council must find the money. He warned that closing it would hurt children. He added that parents should be asked.',
      'He also demanded a public vote on the plan.',
    ]);
    expect(found.at(-1)).toEqual({ actor: 'Councillor Amir Khan', stance: 'also demanded a public vote on the plan' });
  });

  it('never takes a clause with a quotation for an appositive of the speaker', () => {
    const found = stancesOf([
      'Employment lawyer Jo Banks, partner at Reed Hall, said the contract was "clearly unfair", adding that staff could complain to a tribunal.',
    ]);
    expect(found.map((s) => s.actor)).toEqual(['Jo Banks, partner at Reed Hall']);
  });

  it('drops a pronoun stance when no party is named nearby', () => {
    expect(stancesOf(['They demanded a full refund of the charges.'])).toEqual([]);
  });

  it('attributes a quotation to its speaker, not to the person addressed', () => {
    const found = stancesOf(['“We will not sign this agreement,” Dana Lee told Governor Ross.']);
    expect(found).toEqual([{ actor: 'Dana Lee', stance: 'We will not sign this agreement' }]);
  });

  it('never makes a reporter or "people familiar with" a party', () => {
    const found = stancesOf([
      'People familiar with the talks said the ministry would not budge on the deadline.',
      'Correspondent Mia Grant said the ministry would not extend the deadline.',
    ]);
    expect(found.map((s) => s.actor)).not.toContain('People');
    expect(found.map((s) => s.actor).join(' ')).not.toMatch(/Correspondent|familiar/);
  });

  it('skips passives: the subject of "was condemned" takes no stance', () => {
    expect(stancesOf(['The decision was condemned by residents across the valley.'])).toEqual([]);
  });
});
