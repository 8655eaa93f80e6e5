/**
 * An invented long article and a hundred highlights on it, shared by the speed test (happy-dom) and the Chromium
 * benchmark (`bench/highlights.ts`), so both measure the same work.
 */
import { describeText } from '@/lib/anchoring/describe';
import type { Selector, TextQuoteSelector } from '@/lib/anchoring/types';

const VOCABULARY = (
  'river stone market policy evidence winter harbour council measure growth teacher letter ' +
  'signal garden engine border season museum theory record climate farmer budget history method planet'
).split(' ');

/** A deterministic pseudo-random generator (mulberry32), so the page is the same on every run. */
export function makeRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An invented article: `paragraphs` paragraphs of 50 words with an `<em>` and an `<a>` in each. Its 26-word
 * vocabulary makes it a worst case for fuzzy matching: every short piece of a quote occurs hundreds of times,
 * so the filter in `match-quote.ts` cannot narrow the search.
 */
export function makeLongPage(paragraphs: number): string {
  const random = makeRandom(42);
  const word = (): string => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
  const body: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const words = Array.from({ length: 50 }, word);
    words[5] = `<em>${words[5]}</em>`;
    words[20] = `<a href="#r${p}">${words[20]} ${p}</a>`;
    body.push(`<p>${words.join(' ')}.</p>`);
  }
  return `<article>${body.join('\n')}</article>`;
}

/**
 * `count` highlights of 60–260 characters on a page's text. Every fourth has lost its position (as if text was
 * inserted above it) and must be found by quote; every twentieth also has a changed character and needs fuzzy
 * matching.
 */
export function makeSelectorLists(text: string, count: number): Selector[][] {
  const random = makeRandom(7);
  const lists: Selector[][] = [];
  for (let i = 0; i < count; i++) {
    const start = Math.floor(random() * (text.length - 400));
    const end = start + 60 + Math.floor(random() * 200);
    let quote: TextQuoteSelector = describeText(text, start, end);
    if (i % 20 === 0) quote = { ...quote, exact: `${quote.exact.slice(0, 20)}x${quote.exact.slice(21)}` };
    const position = i % 4 === 0 ? { start: 0, end: 5 } : { start, end };
    lists.push([quote, { type: 'TextPositionSelector', ...position }]);
  }
  return lists;
}

/** Wraps paragraphs of real prose as an article, with an `<em>` and a link in each paragraph. */
export function makeProsePage(paragraphs: readonly string[]): string {
  const body = paragraphs.map((text, p) => {
    const words = text.split(' ');
    if (words.length > 8) {
      words[3] = `<em>${words[3]}</em>`;
      words[7] = `<a href="#r${p}">${words[7]}</a>`;
    }
    return `<p>${words.join(' ')}</p>`;
  });
  return `<article>${body.join('\n')}</article>`;
}
