/** Links to a highlighted passage with URL text fragments (https://wicg.github.io/scroll-to-text-fragment/). */
import { describe, expect, it } from 'vitest';
import { encodeTextTerm, linkToQuote, textDirective } from '@/lib/export/text-fragment';

describe('text fragment links', () => {
  it('matches a short quote whole, with a few words of context on each side', () => {
    expect(textDirective({ exact: 'hold their water', prefix: 'Tide pools ', suffix: ' between tides.' })).toBe(
      'text=Tide%20pools-,hold%20their%20water,-between%20tides.',
    );
  });

  it('matches a long quote by its first and last words', () => {
    const exact = 'one two three four five six seven eight nine ten eleven twelve';
    expect(textDirective({ exact, prefix: '', suffix: '' })).toBe(
      'text=one%20two%20three%20four,nine%20ten%20eleven%20twelve',
    );
  });

  it('matches a quote across a line break by its first and last lines, each within its block', () => {
    expect(textDirective({ exact: 'The end of a heading\nand the start of a paragraph', prefix: '', suffix: '' })).toBe(
      'text=The%20end%20of%20a,start%20of%20a%20paragraph',
    );
  });

  it('leaves out context words cut by the context window or beyond a line break', () => {
    // 32 characters starting mid-word: "ersation" is a fragment of "conversation".
    expect(
      textDirective({
        exact: 'quote',
        prefix: 'ersation went on and on until a ',
        suffix: ' and the rest of it ran on for ag',
      }),
    ).toBe('text=on%20until%20a-,quote,-and%20the%20rest');
    expect(textDirective({ exact: 'quote', prefix: 'A heading\n', suffix: '\nNext paragraph' })).toBe('text=quote');
  });

  it('percent-encodes the characters the directive uses (- , &) and those Markdown links break on', () => {
    expect(encodeTextTerm("a-b, c&d (e) 'f' *g* !h ~i")).toBe(
      'a%2Db%2C%20c%26d%20%28e%29%20%27f%27%20%2Ag%2A%20%21h%20%7Ei',
    );
    expect(encodeTextTerm('مرحبا 😀')).toBe(encodeURIComponent('مرحبا 😀'));
  });

  it('adds the directive after an existing fragment and replaces an old directive', () => {
    const quote = { exact: 'water', prefix: '', suffix: '' };
    expect(linkToQuote('https://example.com/a', quote)).toBe('https://example.com/a#:~:text=water');
    expect(linkToQuote('https://example.com/a#section', quote)).toBe('https://example.com/a#section:~:text=water');
    expect(linkToQuote('https://example.com/a#:~:text=old', quote)).toBe('https://example.com/a#:~:text=water');
  });

  it('links to the page alone when the quote has no words', () => {
    expect(linkToQuote('https://example.com/a', { exact: '  \n ', prefix: '', suffix: '' })).toBe(
      'https://example.com/a',
    );
  });
});
