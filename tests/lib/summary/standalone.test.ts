/** Which sentences read well lifted out of their article: the surface rules behind the summary's choices. */
import { describe, expect, it } from 'vitest';
import { danglingOpener, standaloneFactor } from '@/lib/summary/standalone';

describe('danglingOpener', () => {
  it.each([
    ['She added that an appeal could be made to the attorney general.', 'strong'],
    ['But the council says the figures are wrong.', 'strong'],
    ['This comes after police said the protesters had no option but to leave.', 'strong'],
    ['That came as the ministry announced a review of the scheme.', 'strong'],
    ['It was the third delay this year.', 'weak'],
    ['This is the first ferry on the route since 2019.', 'weak'],
    ['This week the board confirmed the timetable.', null],
    ['The board confirmed the timetable on Monday.', null],
  ] as const)('reads "%s" as %s', (sentence, expected) => {
    expect(danglingOpener(sentence)).toBe(expected);
  });
});

describe('standaloneFactor', () => {
  it('prefers a self-contained sentence to one that leans on the previous sentence', () => {
    const plain = standaloneFactor(
      'The regional board confirmed the night ferry will return next month.',
      'paragraph',
      11,
      'en',
    );
    const leaning = standaloneFactor(
      'This comes after the regional board confirmed the ferry will return.',
      'paragraph',
      11,
      'en',
    );
    expect(leaning).toBeLessThan(plain);
  });

  it('never chooses a heading or a photo credit', () => {
    expect(standaloneFactor('Talks resume in the spring after the winter recess', 'heading', 9, 'en')).toBe(0);
    expect(
      standaloneFactor('Photo: Harbour Gazette staff / Getty Images archive collection', 'paragraph', 9, 'en'),
    ).toBe(0);
  });
});
