/** Colour names and their meanings. */
import { describe, expect, it } from 'vitest';
import { COLOUR_LIST, COLOURS, normalizeColour } from '@/lib/db/colours';

describe('colours', () => {
  it('has a label, a light and a dark look for each meaning', () => {
    expect(COLOUR_LIST.map((c) => [c.name, c.label])).toEqual([
      ['key', 'Key point'],
      ['evidence', 'Evidence'],
      ['question', 'Question'],
      ['disagree', 'Disagreement'],
    ]);
    for (const colour of Object.values(COLOURS)) expect(colour.light).not.toBe(colour.dark);
  });

  it('normalises stored or imported colours without losing a highlight', () => {
    expect(normalizeColour('evidence')).toBe('evidence');
    expect(normalizeColour(' Yellow ')).toBe('key');
    expect(normalizeColour('red')).toBe('disagree');
    expect(normalizeColour('#ff00ff')).toBe('key');
    expect(normalizeColour(undefined)).toBe('key');
  });
});
