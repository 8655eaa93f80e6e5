/**
 * Article extraction: @mozilla/readability on a clone of the page, then Crux's own cleanup, then the body as
 * plain text and ordered blocks. Pure DOM code: runs in the content script and under Node (linkedom).
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article, Block, BlockKind, ExtractError } from './types';
import { type Result, ok, err } from '../result';

/** Words per minute used for the reading-time estimate (adult silent reading of non-fiction, Brysbaert 2019). */
const WORDS_PER_MINUTE = 238;

/** Options for {@link extractArticle}. */
export interface ExtractOptions {
  /** The page's URL (the document's own when omitted). */
  url?: string;
}

/**
 * Reads the article from a document without touching it.
 *
 * Steps: 1. decide whether the page looks like an article (`isProbablyReaderable`); 2. run Readability on a clone;
 * 3. collect the body's blocks in order; 4. join them into `text` with each block's range.
 * @returns the article, or an error when the page holds no readable text.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Result<Article, ExtractError> {
  const url = options.url ?? doc.URL ?? '';
  const readable = isProbablyReaderable(doc);
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  if (!parsed?.content) {
    return err({ code: 'no-article', message: 'Crux found no article text on this page.' });
  }
  const blocks = collectBlocks(parsed.content);
  if (blocks.length === 0) {
    return err({ code: 'empty', message: 'This page has no text for Crux to read.' });
  }
  const { text, placed } = joinBlocks(blocks);
  const wordCount = countWords(text);
  return ok({
    url,
    canonicalUrl: readCanonical(doc, url),
    title: parsed.title?.trim() || doc.title.trim(),
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    lang: parsed.lang?.trim() || doc.documentElement.getAttribute('lang') || null,
    publishedTime: parsed.publishedTime?.trim() || null,
    dek: null,
    excerpt: parsed.excerpt?.trim() || null,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    text,
    blocks: placed,
    readable,
  });
}

const BLOCK_TAGS: Record<string, BlockKind> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  P: 'paragraph', BLOCKQUOTE: 'quote', LI: 'listItem', PRE: 'preformatted',
};

type RawBlock = Omit<Block, 'start' | 'end'>;

function collectBlocks(root: Element): RawBlock[] {
  const out: RawBlock[] = [];
  const visit = (el: Element): void => {
    const kind = BLOCK_TAGS[el.tagName.toUpperCase()];
    if (kind) {
      const text = collapse(el.textContent ?? '');
      if (text) {
        const block: RawBlock = { kind, text };
        if (kind === 'heading') block.level = Number(el.tagName.slice(1));
        out.push(block);
      }
      return;
    }
    for (const child of Array.from(el.children)) visit(child);
  };
  visit(root);
  return out;
}

function joinBlocks(blocks: RawBlock[]): { text: string; placed: Block[] } {
  let text = '';
  const placed: Block[] = [];
  for (const block of blocks) {
    if (text) text += '\n\n';
    const start = text.length;
    text += block.text;
    placed.push({ ...block, start, end: text.length });
  }
  return { text, placed };
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function readCanonical(doc: Document, url: string): string | null {
  const href = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href, url || undefined).href;
  } catch {
    return null;
  }
}
