/**
 * A deterministic, generated news-like article of any length, for benchmarks and speed tests of the analysis
 * (`npm run bench`, `tests/lib/analysis`). Its sentences are drawn from a small vocabulary with a seeded generator,
 * so topics recur across paragraphs as in real prose, and it has section headings every few paragraphs.
 */
import type { Article, Block } from '../lib/article/types';

/** Words sentences are made of: a few topic words recur often, as in real articles. */
const VOCABULARY = (
  'talks peace deal leaders minister government agreement security guarantees territory border troops ceasefire ' +
  'economy prices inflation market bank growth report officials parliament election vote court ruling law police ' +
  'city council residents school teachers union strike workers wages hospital doctors patients health energy gas ' +
  'oil climate emissions storm flood weather company shares investors profits technology data privacy users'
).split(' ');
/** Words between topic words, so sentences have the rhythm and stop words of prose. */
const GLUE = 'the of and to in on for with after said that was were has had would could by from at as'.split(' ');
/** Sentences per paragraph. */
const SENTENCES_PER_PARAGRAPH = 4;
/** Paragraphs per section (a heading opens each section). */
const PARAGRAPHS_PER_SECTION = 6;

/** A small deterministic generator (mulberry32), so the same seed gives the same article. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generates an article of about `wordCount` words.
 * @param wordCount how many words the body should have (at least one sentence is generated)
 * @param seed the generator's seed
 */
export function makeSyntheticArticle(wordCount: number, seed = 1): Article {
  const next = random(seed);
  const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)]!;
  const sentence = (): string => {
    const length = 12 + Math.floor(next() * 18);
    const words: string[] = [];
    for (let i = 0; i < length; i++) words.push(i % 2 ? pick(GLUE) : pick(VOCABULARY));
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const texts: { kind: Block['kind']; text: string; level?: number }[] = [];
  let words = 0;
  let paragraphs = 0;
  while (words < wordCount) {
    if (paragraphs > 0 && paragraphs % PARAGRAPHS_PER_SECTION === 0) {
      texts.push({ kind: 'heading', level: 2, text: `${pick(VOCABULARY)} and ${pick(VOCABULARY)}` });
    }
    const sentences: string[] = [];
    for (let i = 0; i < SENTENCES_PER_PARAGRAPH && words < wordCount; i++) {
      const s = sentence();
      words += s.split(' ').length;
      sentences.push(s);
    }
    texts.push({ kind: 'paragraph', text: sentences.join(' ') });
    paragraphs++;
  }
  const blocks: Block[] = [];
  let offset = 0;
  for (const t of texts) {
    const block: Block = { kind: t.kind, text: t.text, start: offset, end: offset + t.text.length };
    if (t.level) block.level = t.level;
    blocks.push(block);
    offset = block.end + 2;
  }
  return {
    url: `https://example.com/synthetic-${wordCount}`,
    canonicalUrl: null,
    title: 'Leaders hold talks on peace deal and security guarantees',
    byline: null,
    siteName: null,
    lang: 'en',
    publishedTime: null,
    dek: null,
    excerpt: null,
    wordCount: words,
    readingMinutes: Math.max(1, Math.round(words / 238)),
    text: texts.map((t) => t.text).join('\n\n'),
    blocks,
    readable: true,
  };
}
