/**
 * Re-anchoring: finding stored highlights, and sentences of the article, in a page shown again. Cheapest and most
 * precise first — the stored position, checked against the quote — then the exact quote anywhere (context picks
 * among repeats), then an approximate quote. A quote that none of these places is reported as null, never guessed.
 * `anchorQuote` is the one way to find a quote in the DOM: the highlights' batch uses it, and so does the popup's
 * "show me this sentence" (`revealQuote`).
 */
import { collapseSpaces, WHITESPACE } from '../article/text';
import { findPositionSelector, findQuoteSelector } from './describe';
import { matchQuote } from './match-quote';
import { buildTextIndex, offsetsToRange, type TextIndex } from './text-position';
import type { AnchorMatch, Selector, TextPositionSelector, TextQuoteSelector } from './types';

/**
 * Places one highlight in a text.
 *
 * Steps: (1) the position selector, accepted when the text there equals the quote (or when there is no quote to
 * check); (2) the exact quote, the best occurrence by context and distance from the stored position; (3) an
 * approximate quote, scored the same way plus its similarity to the quote.
 * @returns where the highlight lies and how it was found, or null when it is not on the page
 */
export function anchorInText(text: string, selectors: readonly Selector[]): AnchorMatch | null {
  const position = findPositionSelector(selectors);
  const quote = findQuoteSelector(selectors);
  if (position && positionHolds(text, position, quote))
    return { start: position.start, end: position.end, method: 'position' };
  if (!quote) return null;
  const match = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position?.start });
  return match && { start: match.start, end: match.end, method: match.method };
}

/** Whether a stored position is inside the text and still holds the quote (or there is no quote to check). */
function positionHolds(text: string, position: TextPositionSelector, quote: TextQuoteSelector | undefined): boolean {
  if (!(position.start >= 0 && position.start < position.end && position.end <= text.length)) return false;
  return !quote || text.slice(position.start, position.end) === quote.exact;
}

/** One highlight placed in the DOM. */
export interface AnchoredRange {
  /** The range to paint. */
  range: Range;
  /** Where it lies in the text model and how it was found. */
  match: AnchorMatch;
}

/**
 * Places one highlight in the DOM under `root`.
 * @param index the root's text index, when the caller already built one for this DOM state
 * @returns the range, or null when the highlight is not on the page
 */
export function anchorSelectors(
  root: Node,
  selectors: readonly Selector[],
  index: TextIndex = buildTextIndex(root),
): Range | null {
  return anchorWithIndex(index, selectors)?.range ?? null;
}

/** Places one highlight using a prebuilt index. @returns null when it is not on the page */
export function anchorWithIndex(index: TextIndex, selectors: readonly Selector[]): AnchoredRange | null {
  const position = findPositionSelector(selectors);
  const quote = findQuoteSelector(selectors);
  if (position && positionHolds(index.text, position, quote)) {
    const range = offsetsToRange(index, position.start, position.end);
    return range && { range, match: { start: position.start, end: position.end, method: 'position' } };
  }
  return quote ? anchorQuote(index.root, quote, { index, hint: position?.start }) : null;
}

/** How {@link anchorQuote} reads the page. */
export interface AnchorQuoteOptions {
  /** The root's text index, when the caller already built one for this DOM state (a batch of highlights). */
  index?: TextIndex;
  /** Offset where the quote started when it was described: breaks ties between equally good occurrences. */
  hint?: number;
  /**
   * Compare with white space collapsed on both sides (`WHITESPACE` of `lib/article/text.ts`): for a quote taken from
   * the article's text, which collapses it, while the page's text nodes keep the source's line breaks and
   * indentation. Off for a highlight, whose quote is a slice of the page's own text model.
   */
  collapseWhitespace?: boolean;
}

/**
 * Finds a quote in the DOM under `root`.
 *
 * Steps: 1. read the text model of `root` (no script, style, template or Crux UI), unless `options.index` is given;
 * 2. with `collapseWhitespace`, collapse its white space, remembering raw offsets; 3. match the quote with its
 * context (`matchQuote`: exact occurrences ranked by context, else fuzzy); 4. map the match back to a DOM range.
 * @returns the range and where it lies in the (raw) text model, or null when the quote is not on the page
 */
export function anchorQuote(
  root: Node,
  selector: TextQuoteSelector,
  options: AnchorQuoteOptions = {},
): AnchoredRange | null {
  const index = options.index ?? buildTextIndex(root);
  if (!options.collapseWhitespace) {
    const match = matchQuote(index.text, selector.exact, {
      prefix: selector.prefix,
      suffix: selector.suffix,
      hint: options.hint,
    });
    const range = match && offsetsToRange(index, match.start, match.end);
    return range && match ? { range, match: { start: match.start, end: match.end, method: match.method } } : null;
  }
  const quote = collapseSpaces(selector.exact).trim();
  if (!quote) return null;
  const collapsed = collapseIndex(index);
  const context = { prefix: collapseSpaces(selector.prefix), suffix: collapseSpaces(selector.suffix) };
  const match = matchQuote(collapsed.text, quote, context);
  if (!match) return null;
  const start = collapsed.origin[match.start]!;
  // The last matched character's raw offset + 1: a range ends right after the quote, not after trailing spaces.
  const end = collapsed.origin[match.end - 1]! + 1;
  const range = offsetsToRange(index, start, end);
  return range && { range, match: { start, end, method: match.method } };
}

/** A text with its white space collapsed, and where each of its characters came from. */
interface CollapsedText {
  /** The collapsed text. */
  text: string;
  /** `origin[i]` is the raw offset of collapsed character `i`; one extra entry holds the raw length. */
  origin: Uint32Array;
}

/** Collapses the white space of a text model, remembering raw offsets. Linear in the text's length. */
function collapseIndex(index: TextIndex): CollapsedText {
  const raw = index.text;
  const origin = new Uint32Array(raw.length + 1);
  const out: string[] = [];
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (WHITESPACE.test(ch)) {
      if (inSpace) continue;
      inSpace = true;
      out.push(' ');
    } else {
      inSpace = false;
      out.push(ch);
    }
    origin[n++] = i;
  }
  origin[n] = raw.length;
  return { text: out.join(''), origin: origin.subarray(0, n + 1) };
}

/**
 * Places a page's highlights in one pass: the text model is built once for the whole batch, which is what makes
 * a hundred highlights on a long page cheap.
 * @returns one entry per input, in order; null for each highlight that is not on the page (list it as such)
 */
export function anchorAll(root: Node, selectorLists: readonly (readonly Selector[])[]): (AnchoredRange | null)[] {
  const index = buildTextIndex(root);
  return selectorLists.map((selectors) => anchorWithIndex(index, selectors));
}

/** Stored highlights split by whether they were found on the page. */
export interface AnchoringOutcome<T> {
  /** Found: each with its range to paint. */
  placed: (AnchoredRange & { item: T })[];
  /** Not found on this page: list them with their quotes, never drop them. */
  notFound: T[];
}

/**
 * Places a page's stored highlights (anything carrying `selectors`) in one batch and splits them into placed and
 * not found, keeping the input order in each.
 */
export function anchorHighlights<T extends { selectors: readonly Selector[] }>(
  root: Node,
  items: readonly T[],
): AnchoringOutcome<T> {
  const results = anchorAll(
    root,
    items.map((item) => item.selectors),
  );
  const outcome: AnchoringOutcome<T> = { placed: [], notFound: [] };
  items.forEach((item, i) => {
    const result = results[i];
    if (result) outcome.placed.push({ ...result, item });
    else outcome.notFound.push(item);
  });
  return outcome;
}
