/**
 * Article extraction: @mozilla/readability on a clone of the page, then Crux's own cleanup of what Readability
 * leaves (deck, byline line, captions, share/newsletter/comment prompts, related links…), then the body as plain
 * text and ordered blocks. Pure DOM code: runs in the content script on the live page and under Node (linkedom).
 */
import { extractStrings } from '../strings';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article, ExtractError } from './types';
import { type Result, ok, err } from '../result';
import { collectBlocks, placeBlocks } from './blocks';
import { cleanBlocks, pruneContent } from './cleanup';
import { restoreFootnotes } from './footnotes';
import { readMetadata } from './metadata';
import { countWords, isDenseScript } from './text';

/** Words per minute used for the reading-time estimate (adult silent reading of non-fiction, Brysbaert 2019). */
const WORDS_PER_MINUTE = 238;

/**
 * Readability gives up on a candidate with fewer characters than this and retries with looser rules. Its default
 * (500) drops short but real articles (a news brief, a recipe note); Crux decides "is this an article?" with
 * `readable` instead, so a lower floor only changes what is returned for short pages.
 */
const READABILITY_CHAR_THRESHOLD = 250;

/**
 * Pages with more elements than this are not given to Readability's scoring pass in full. Readability is roughly
 * linear but its constant is large; above this size it still finishes in seconds under linkedom.
 */
const MAX_ELEMS_TO_PARSE = 0; // 0 = no limit: measured fine on a 5 MB page (see tests/lib/article/huge-page.test.ts)

/**
 * `isProbablyReaderable` sums, over paragraphs of at least 140 characters, the square root of their length beyond
 * 140, and wants 20. A Chinese, Japanese or Korean character carries about three Latin letters' worth of text, so
 * for those pages the test runs as if lengths were tripled: sqrt(3L - 140) = sqrt(3) * sqrt(L - 47), i.e. a
 * 47-character floor and a score of 20 / sqrt(3).
 */
const DENSE_SCRIPT_READERABLE = { minContentLength: 47, minScore: 20 / Math.sqrt(3) };

/** Languages written in a dense script (see {@link DENSE_SCRIPT_READERABLE}). */
const DENSE_SCRIPT_LANG = /^(zh|ja|ko)\b/i;

/** Options for {@link extractArticle}. */
export interface ExtractOptions {
  /** The page's URL (the document's own when omitted). */
  url?: string;
}

/**
 * Reads the article from a document without touching it.
 *
 * Steps: 1. decide whether the page looks like an article (`isProbablyReaderable`, scaled for dense scripts);
 * 2. read metadata (JSON-LD, meta tags) from the page; 3. run Readability on a clone, keeping class names as hints,
 * and add back the footnotes its note markers point at when it dropped them; 4. prune boilerplate elements from
 * its content (captions, share and comment widgets, link lists); 5. collect the blocks in order and drop
 * boilerplate lines (deck and byline at the top, prompts and credits anywhere, junk at the end), keeping the deck
 * as `dek`; 6. join the blocks into `text` with each block's range.
 * @returns the article, or an error when the page holds no readable text
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Result<Article, ExtractError> {
  const url = options.url ?? doc.URL ?? '';
  if (!doc.documentElement || !doc.body) {
    return err({ code: 'not-html', message: extractStrings.notHtml });
  }
  const dense = DENSE_SCRIPT_LANG.test(doc.documentElement.getAttribute('lang') ?? '') || isDenseScript(doc.title);
  const readable = isProbablyReaderable(doc, dense ? DENSE_SCRIPT_READERABLE : {});
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Element>(clone, {
    serializer: (node) => node as Element,
    keepClasses: true,
    charThreshold: READABILITY_CHAR_THRESHOLD,
    maxElemsToParse: MAX_ELEMS_TO_PARSE,
  }).parse();
  const metadata = readMetadata(doc, parsed ?? {}, url);
  if (!parsed?.content) {
    return err({ code: 'no-article', message: extractStrings.noArticle });
  }
  restoreFootnotes(doc, parsed.content);
  pruneContent(parsed.content);
  const {
    blocks: kept,
    dek,
    byline,
  } = cleanBlocks(collectBlocks(parsed.content), {
    title: metadata.title,
    byline: metadata.byline,
    siteName: metadata.siteName,
    description: metadata.description,
  });
  const { text, blocks } = placeBlocks(kept);
  if (!text) {
    return err({ code: 'empty', message: extractStrings.empty });
  }
  const wordCount = countWords(text);
  const firstParagraph = blocks.find((b) => b.kind === 'paragraph')?.text ?? null;
  return ok({
    url,
    canonicalUrl: metadata.canonicalUrl,
    title: metadata.title,
    byline: metadata.byline ?? byline,
    siteName: metadata.siteName,
    lang: metadata.lang,
    publishedTime: metadata.publishedTime,
    dek,
    excerpt: metadata.description ?? firstParagraph,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    text,
    blocks,
    readable,
  });
}
