import { describe, expect, it } from 'vitest';
import type { Block } from '@/lib/article/types';
import { segmentSentences, type Sentence } from '@/lib/text/sentences';

/** Segments one paragraph and checks every sentence's range against the text. */
function split(text: string, lang: string | null = 'en'): string[] {
  const blocks: Block[] = [{ kind: 'paragraph', text, start: 0, end: text.length }];
  const sentences = segmentSentences(text, blocks, lang);
  expectRanges(text, sentences);
  return sentences.map((s) => s.text);
}

function expectRanges(text: string, sentences: readonly Sentence[]): void {
  sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
  });
}

describe('segmentSentences: abbreviations', () => {
  it('does not split after U.S., Mr., Dr. or a month', () => {
    expect(split('The U.S. economy grew. Mr. Smith and Dr. Jones met on Dec. 5 in Washington. They talked.')).toEqual([
      'The U.S. economy grew.',
      'Mr. Smith and Dr. Jones met on Dec. 5 in Washington.',
      'They talked.',
    ]);
  });

  it('keeps initials inside a name', () => {
    expect(split('John F. Kennedy was president. J. R. R. Tolkien wrote books.')).toEqual([
      'John F. Kennedy was president.',
      'J. R. R. Tolkien wrote books.',
    ]);
  });

  it('splits after an abbreviation when a sentence opener follows', () => {
    expect(split('The deal was signed in the U.S. The talks then ended.')).toEqual([
      'The deal was signed in the U.S.',
      'The talks then ended.',
    ]);
  });

  it('keeps "a.m." inside a sentence and splits after a clock time that ends one', () => {
    expect(split('They met at 10 a.m. in Geneva. The meeting ended at 5 p.m. Officials left quietly.')).toEqual([
      'They met at 10 a.m. in Geneva.',
      'The meeting ended at 5 p.m.',
      'Officials left quietly.',
    ]);
    expect(split('The vote is at 9 a.m. Monday in the capital.')).toEqual([
      'The vote is at 9 a.m. Monday in the capital.',
    ]);
  });

  it('does not split inside "Inc." or "No." before a name or number', () => {
    expect(split('He works for Acme Inc. in Boston. No. 10 Downing Street said so.')).toEqual([
      'He works for Acme Inc. in Boston.',
      'No. 10 Downing Street said so.',
    ]);
  });
});

describe('segmentSentences: quotes and numbers', () => {
  it('ends a sentence inside closing quotes', () => {
    expect(split('He said, "We will win." Then he left. “We are done.” The talks ended.')).toEqual([
      'He said, "We will win."',
      'Then he left.',
      '“We are done.”',
      'The talks ended.',
    ]);
  });

  it('keeps a quoted question with its attribution', () => {
    expect(split('"Is it over?" she asked. Nobody answered.')).toEqual([
      '"Is it over?" she asked.',
      'Nobody answered.',
    ]);
  });

  it('does not split decimals or amounts', () => {
    expect(split('Prices rose 2.5 percent to $1.2 billion. Sales fell 0.3 percent.')).toEqual([
      'Prices rose 2.5 percent to $1.2 billion.',
      'Sales fell 0.3 percent.',
    ]);
  });
});

describe('segmentSentences: other scripts', () => {
  it('splits Chinese at full-width stops', () => {
    expect(split('今天天气很好。我们去公园吧！你觉得怎么样？', 'zh')).toEqual([
      '今天天气很好。',
      '我们去公园吧！',
      '你觉得怎么样？',
    ]);
  });

  it('splits Japanese', () => {
    expect(split('今日は晴れです。公園に行きましょう。', 'ja')).toEqual(['今日は晴れです。', '公園に行きましょう。']);
  });

  it('splits Arabic at the Arabic question mark', () => {
    expect(split('هذا نص عربي. هل تفهمه؟ نعم.', 'ar')).toEqual(['هذا نص عربي.', 'هل تفهمه؟', 'نعم.']);
  });

  it('splits Russian', () => {
    expect(split('Это первое предложение. Это второе! А это третье?', 'ru')).toEqual([
      'Это первое предложение.',
      'Это второе!',
      'А это третье?',
    ]);
  });

  it('falls back to English rules for an unknown language tag', () => {
    expect(split('One sentence here. Another one there.', 'xx-invalid-tag-!!')).toEqual([
      'One sentence here.',
      'Another one there.',
    ]);
  });
});

describe('segmentSentences: blocks and ranges', () => {
  it('returns nothing for an empty article', () => {
    expect(segmentSentences('', [], 'en')).toEqual([]);
    expect(segmentSentences('   ', [{ kind: 'paragraph', text: '', start: 0, end: 0 }], 'en')).toEqual([]);
  });

  it('never crosses a block and numbers sentences across blocks', () => {
    const first = 'A heading without a stop';
    const second = 'First sentence. Second sentence.';
    const text = `${first}\n\n${second}`;
    const blocks: Block[] = [
      { kind: 'heading', level: 2, text: first, start: 0, end: first.length },
      { kind: 'paragraph', text: second, start: first.length + 2, end: text.length },
    ];
    const sentences = segmentSentences(text, blocks, 'en');
    expectRanges(text, sentences);
    expect(sentences.map((s) => [s.blockIndex, s.text])).toEqual([
      [0, 'A heading without a stop'],
      [1, 'First sentence.'],
      [1, 'Second sentence.'],
    ]);
  });

  it('gives trimmed ranges for blocks with surrounding spaces', () => {
    const text = 'x\n\n  Padded sentence.  ';
    const blocks: Block[] = [
      { kind: 'paragraph', text: 'x', start: 0, end: 1 },
      { kind: 'paragraph', text: '  Padded sentence.  ', start: 3, end: text.length },
    ];
    const sentences = segmentSentences(text, blocks, 'en');
    expectRanges(text, sentences);
    expect(sentences[1]).toMatchObject({ text: 'Padded sentence.', start: 5, end: 21, blockIndex: 1 });
  });
});
