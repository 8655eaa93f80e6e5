/** Who stands where: the stance a reader sees is one clause, whole, in the article's words. */
import { describe, expect, it } from 'vitest';
import { readPositions } from '../../../lib/sticking-points/positions';

describe('readPositions', () => {
  it('ends a stance at a comma that closes a quotation, and closes the quotation', () => {
    const { positions } = readPositions(
      'Halvorsen, meanwhile, has hinted at the need for “a fair share,” a phrase that angered the mayors.',
      null,
    );
    const stance = positions.find((p) => p.actor === 'Halvorsen')?.stance;
    expect(stance).toBe('the need for “a fair share”');
  });

  it('ends a stance before a second verb joined by "and"', () => {
    const { positions } = readPositions(
      'The union has refused to accept a pay freeze and insists that any offer must match inflation.',
      null,
    );
    const stance = positions[0]?.stance ?? '';
    expect(stance).toContain('pay freeze');
    expect(stance).not.toContain('insists');
  });

  it('takes the name, not a capitalised word that modifies a noun, as the party', () => {
    const { positions } = readPositions(
      'Primary school head teacher Rosa Lind said the pay offer would not keep new staff in the classroom.',
      null,
    );
    expect(positions.map((p) => p.actor)).toEqual(['Rosa Lind']);
  });

  it('never takes an adverb or an abbreviated date for a party', () => {
    const actors = [
      'Separately, officials said the talks would resume next week in the capital.',
      'On Nov. 4 they said the offer was final and would not be improved.',
    ].flatMap((s) => readPositions(s, null).positions.map((p) => p.actor));
    expect(actors).not.toContain('Separately');
    expect(actors).not.toContain('Nov.');
  });
});
