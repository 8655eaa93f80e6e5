/**
 * The article Crux reads from a page: metadata plus the body as plain text and as ordered blocks. Everything Crux
 * shows (summary, sticking points, highlights) is computed from this shape, in the browser and on the command line.
 */

/** The kind of a body block, in reading order. */
export type BlockKind = 'heading' | 'paragraph' | 'quote' | 'listItem' | 'preformatted';

/** One unit of the article body: a heading, a paragraph, a quote, a list item or a preformatted block. */
export interface Block {
  /** What the block is. */
  kind: BlockKind;
  /** Heading level 1–6 for headings; absent otherwise. */
  level?: number;
  /** The block's text, white space collapsed. */
  text: string;
  /** Offset of the block's first character in `Article.text`. */
  start: number;
  /** Offset just past the block's last character in `Article.text` (`text.slice(start, end) === block.text`). */
  end: number;
}

/** An extracted article. */
export interface Article {
  /** The URL of the page it was read from. */
  url: string;
  /** The page's `<link rel=canonical>`, resolved against `url`; null when the page has none. */
  canonicalUrl: string | null;
  /** The headline. */
  title: string;
  /** The author line, without a leading "By"; null when none was found. */
  byline: string | null;
  /** The publication's name; null when none was found. */
  siteName: string | null;
  /** BCP 47 language tag of the article (e.g. "en", "pt-BR"); null when unknown. */
  lang: string | null;
  /** Publication time as found on the page (ISO 8601 when the page gives it so); null when unknown. */
  publishedTime: string | null;
  /** The deck (subtitle under the headline), removed from the body; null when the page has none. */
  dek: string | null;
  /** A short description of the article (the page's meta description, else its first paragraph). */
  excerpt: string | null;
  /** Number of words in `text`. */
  wordCount: number;
  /** Estimated reading time in whole minutes (at least 1). */
  readingMinutes: number;
  /** The body as plain text: blocks joined by blank lines. */
  text: string;
  /** The body as ordered blocks; each block's range points into `text`. */
  blocks: Block[];
  /** Whether the page looks like an article (`isProbablyReaderable`); false pages are analysed only on request. */
  readable: boolean;
}

/** Why an article could not be extracted. */
export type ExtractErrorCode = 'no-article' | 'not-html' | 'empty';

/** A failed extraction, with a sentence a person understands. */
export interface ExtractError {
  /** What went wrong, for the UI to pick its message. */
  code: ExtractErrorCode;
  /** One plain sentence saying what happened and what to do. */
  message: string;
}
