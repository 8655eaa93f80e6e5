/**
 * The one test factory for {@link Article}. Without `lines` it is a small, readable news article (the popup's and
 * the components' tests show its header); with `lines` it lays out your own blocks as `extractArticle` does (blocks
 * joined by blank lines, each block's range into the text), so summary, sticking-points and analysis tests need no
 * HTML. Any field can be overridden.
 */
import type { Article, Block, BlockKind } from '@/lib/article/types';

/**
 * A block given in `lines`: a string is a paragraph, or a heading when it starts with `#`s (`## Talks` is level 2);
 * `{ heading }` is a level-2 heading; `{ kind, text }` any other kind.
 */
export type BlockInput = string | { heading: string } | { kind: BlockKind; text: string };

/** What a test sets: any article field, and the blocks to lay out. */
export interface ArticleOverrides extends Partial<Article> {
  /** The article's blocks, laid out into `text` and `blocks` (then `wordCount` and `readingMinutes` follow). */
  lines?: readonly BlockInput[];
}

/** Reading speed used for `readingMinutes`, as `extractArticle` counts it. */
const WORDS_PER_MINUTE = 238;

/** The default article's text: two paragraphs. */
const NEWS_TEXT = 'The council voted on the harbour wall.\n\nThe fishers disagreed.';

/** Makes an article: the default news article, or one laid out from `lines`; `overrides` win. */
export function makeArticle(overrides: ArticleOverrides = {}): Article {
  const { lines, ...fields } = overrides;
  if (lines) return { ...layOut(lines), ...fields };
  return {
    url: 'https://courier.example/harbour-wall',
    canonicalUrl: null,
    title: 'Harbour wall row splits Port Ellery',
    byline: 'Maren Holt',
    siteName: 'The Ellery Courier',
    lang: 'en',
    publishedTime: '2026-03-14',
    dek: 'Both sides say the other is misreading the same flood report.',
    excerpt: null,
    wordCount: 1234,
    readingMinutes: 6,
    text: NEWS_TEXT,
    blocks: [
      { kind: 'paragraph', text: 'The council voted on the harbour wall.', start: 0, end: 38 },
      { kind: 'paragraph', text: 'The fishers disagreed.', start: 40, end: 62 },
    ],
    readable: true,
    ...fields,
  };
}

/** One block from its input, without its range. */
function toBlock(input: BlockInput): Block {
  if (typeof input !== 'string') {
    return 'heading' in input
      ? { kind: 'heading', level: 2, text: input.heading, start: 0, end: 0 }
      : { kind: input.kind, text: input.text, start: 0, end: 0 };
  }
  const heading = /^(#{1,6})\s+(.*)$/.exec(input);
  return heading
    ? { kind: 'heading', level: heading[1]!.length, text: heading[2]!, start: 0, end: 0 }
    : { kind: 'paragraph', text: input, start: 0, end: 0 };
}

/** A plain article (no byline, site or deck) whose text is the blocks joined by blank lines. */
function layOut(lines: readonly BlockInput[]): Article {
  const blocks: Block[] = [];
  let offset = 0;
  for (const input of lines) {
    const block = toBlock(input);
    block.start = offset;
    block.end = offset + block.text.length;
    offset = block.end + 2;
    blocks.push(block);
  }
  const text = blocks.map((b) => b.text).join('\n\n');
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  return {
    url: 'https://example.com/article',
    canonicalUrl: null,
    title: 'An article',
    byline: null,
    siteName: null,
    lang: 'en',
    publishedTime: null,
    dek: null,
    excerpt: null,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    text,
    blocks,
    readable: true,
  };
}
