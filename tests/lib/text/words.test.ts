import { describe, expect, it } from 'vitest';
import { baseLanguage, contentStems, hasStemmer, stopWords, tokenize } from '@/lib/text/words';

describe('tokenize', () => {
  it('keeps abbreviations, decimals and contractions whole and gives offsets', () => {
    const text = "The U.S. rate rose 2.5 percent, to $1,200; don't panic.";
    const tokens = tokenize(text, 'en');
    expect(tokens.map((t) => t.text)).toEqual([
      'The',
      'U.S',
      'rate',
      'rose',
      '2.5',
      'percent',
      'to',
      '1,200',
      "don't",
      'panic',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.start + t.text.length)).toBe(t.text);
  });

  it('splits hyphenated words and drops a possessive', () => {
    expect(tokenize("A two-month-old kitten's cuddles", 'en').map((t) => t.lower)).toEqual([
      'a',
      'two',
      'month',
      'old',
      'kitten',
      'cuddles',
    ]);
  });

  it('stems English and marks stop words', () => {
    const [the, talks] = tokenize('The talks', 'en');
    expect(the).toMatchObject({ lower: 'the', stop: true });
    expect(talks).toMatchObject({ lower: 'talks', stem: 'talk', stop: false });
  });

  it('finds words in Chinese and Japanese without spaces', () => {
    expect(
      tokenize('今天天气很好', 'zh')
        .map((t) => t.text)
        .join('|'),
    ).toContain('|');
    expect(tokenize('公園に行きましょう', 'ja').length).toBeGreaterThan(1);
  });

  it('reads Russian and Arabic words, with Russian stop words and no stemming', () => {
    const ru = tokenize('Это первое предложение', 'ru');
    expect(ru.map((t) => [t.lower, t.stop])).toEqual([
      ['это', true],
      ['первое', false],
      ['предложение', false],
    ]);
    expect(ru[1]!.stem).toBe('первое');
    expect(tokenize('هذا نص عربي', 'ar').map((t) => t.text)).toEqual(['هذا', 'نص', 'عربي']);
  });

  it('returns nothing for text without words', () => {
    expect(tokenize('', 'en')).toEqual([]);
    expect(tokenize(' — … !', 'en')).toEqual([]);
  });
});

describe('contentStems', () => {
  it('leaves out stop words and pure numbers', () => {
    expect(contentStems('The economy grew 3 percent in 2015', 'en')).toEqual(['economi', 'grew', 'percent']);
  });
});

describe('language helpers', () => {
  it('reads the base language of a tag', () => {
    expect(baseLanguage('en-GB')).toBe('en');
    expect(baseLanguage('pt_BR')).toBe('pt');
    expect(baseLanguage(null)).toBe('en');
  });

  it('knows which languages it stems and has stop words for', () => {
    expect(hasStemmer('en-US')).toBe(true);
    expect(hasStemmer('de')).toBe(false);
    expect(stopWords('de').has('und')).toBe(true);
    expect(stopWords('zh').size).toBe(0);
  });
});
