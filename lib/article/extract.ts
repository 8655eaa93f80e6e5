/**
 * Article extraction: @mozilla/readability on a clone of the page, then Crux's own cleanup of what Readability
 * leaves (deck, byline line, captions, share/newsletter/comment prompts, related links…), then the body as plain
 * text and ordered blocks. Pure DOM code: runs in the content script on the live page and under Node (linkedom).
 */
import { Readability } from '@mozilla/readability';
import { extractStrings } from '../strings';
import type { Article, ExtractError } from './types';
import { type Result, ok, err } from '../result';
import { collectBlocks, placeBlocks } from './blocks';
import { cleanBlocks, pruneContent } from './cleanup';
import { type NoteLookup, restoreFootnotes, snapshotNotes } from './footnotes';
import { type ReadabilityMetadata, mergeMetadata, readDeclaredMetadata } from './metadata';
import { boundDepth } from './bound-depth';
import { pickContainer } from './huge-page';
import { isReaderable } from './readerable';
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

/** The steps of {@link extractArticle}, as reported to {@link ExtractOptions.onStep}. */
export type ExtractStep =
  | 'readerable'
  | 'metadata'
  | 'clone'
  | 'bound depth'
  | 'readability'
  | 'footnotes'
  | 'prune'
  | 'blocks'
  | 'cleanup'
  | 'place';

/** Options for {@link extractArticle}. */
export interface ExtractOptions {
  /** The page's URL (the document's own when omitted). */
  url?: string;
  /**
   * The caller hands the document over: it was parsed for this call alone (the command line) and may be changed,
   * so Readability reads it directly instead of a clone. Never set for a live page.
   */
  ownsDocument?: boolean;
  /** Receives how long each step took, in milliseconds (the benchmark's breakdown). */
  onStep?: (step: ExtractStep, ms: number) => void;
}

/**
 * Pages with more elements than this skip Readability's scoring, which under linkedom costs about 0.1 ms per
 * element (a 200,000-paragraph page took 56 s): the article is the container holding the most paragraph text
 * ({@link pickContainer}), cleaned like Readability's content. Real article pages have a few thousand elements.
 */
export const HUGE_PAGE_ELEMENTS = 50_000;

/**
 * Reads the article from a document without touching it (unless the caller owns it: {@link ExtractOptions}).
 *
 * Steps: 1. decide whether the page looks like an article (Readability's `isProbablyReaderable` rule in one
 * walk, scaled for dense scripts); 2. read the metadata the page declares (JSON-LD, meta tags), and copy its footnotes when Readability is to read
 * the page itself; 3. clone the page (a live page is never changed) and unwrap nesting past a bounded depth;
 * 4. run Readability, keeping class names as hints (a huge page gets a one-pass container pick instead), merge its
 * metadata with the page's, and add back the footnotes its note markers point at when it dropped them; 5. prune
 * boilerplate elements from its content (captions, share and comment widgets, link lists); 6. collect the blocks in
 * order and drop boilerplate lines (deck and byline at the top, prompts and credits anywhere, junk at the end),
 * keeping the deck as `dek`; 7. join the blocks into `text` with each block's range.
 * @returns the article, or an error when the page holds no readable text
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Result<Article, ExtractError> {
  const url = options.url ?? doc.URL ?? '';
  if (!doc.documentElement || !doc.body) {
    return err({ code: 'not-html', message: extractStrings.notHtml });
  }
  const step = stepTimer(options.onStep);
  const dense = DENSE_SCRIPT_LANG.test(doc.documentElement.getAttribute('lang') ?? '') || isDenseScript(doc.title);
  const readable = step('readerable', () => isReaderable(doc, dense ? DENSE_SCRIPT_READERABLE : {}));
  const declared = step('metadata', () => readDeclaredMetadata(doc, url));
  const owned = options.ownsDocument === true;
  const notes: NoteLookup = owned ? step('footnotes', () => snapshotNotes(doc)) : (id) => doc.getElementById(id);
  const page = owned ? doc : step('clone', () => doc.cloneNode(true) as Document);
  const { elements } = step('bound depth', () => boundDepth(page.body));
  const parsed = step('readability', () => readContent(page, elements > HUGE_PAGE_ELEMENTS));
  const metadata = mergeMetadata(declared, parsed ?? {});
  if (!parsed?.content) {
    return err({ code: 'no-article', message: extractStrings.noArticle });
  }
  const content = parsed.content;
  step('footnotes', () => restoreFootnotes(notes, content));
  step('prune', () => pruneContent(content));
  const collected = step('blocks', () => collectBlocks(content));
  const {
    blocks: kept,
    dek,
    byline,
  } = step('cleanup', () =>
    cleanBlocks(collected, {
      title: metadata.title,
      byline: metadata.byline,
      siteName: metadata.siteName,
      description: metadata.description,
    }),
  );
  const { text, blocks } = step('place', () => placeBlocks(kept));
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

/** What Readability (or the huge-page container pick) found: its metadata guesses and the content element. */
type ParsedContent = ReadabilityMetadata & { content?: Element | null };

/**
 * Readability on a page it may change; on a huge page ({@link HUGE_PAGE_ELEMENTS}), the one-pass container pick.
 * @returns the content and Readability's metadata, or null when Readability found nothing
 */
function readContent(page: Document, huge: boolean): ParsedContent | null {
  if (huge) {
    return { title: null, content: pickContainer(page.body) };
  }
  return new Readability<Element>(page, {
    serializer: (node) => node as Element,
    keepClasses: true,
    charThreshold: READABILITY_CHAR_THRESHOLD,
    maxElemsToParse: MAX_ELEMS_TO_PARSE,
  }).parse();
}

/** A step runner that reports each step's duration when asked to. */
function stepTimer(onStep: ExtractOptions['onStep']): <T>(name: ExtractStep, run: () => T) => T {
  if (!onStep) return (_name, run) => run();
  return (name, run) => {
    const start = performance.now();
    const result = run();
    onStep(name, performance.now() - start);
    return result;
  };
}
