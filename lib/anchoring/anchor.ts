/**
 * Re-anchoring: finding stored highlights in a page shown again. Cheapest and most precise first — the stored
 * position, checked against the quote — then the exact quote anywhere (context picks among repeats), then an
 * approximate quote. A highlight that none of these places is reported as null, never guessed.
 */
import { findPositionSelector, findQuoteSelector } from './describe';
import { matchQuote } from './match-quote';
import { buildTextIndex, offsetsToRange, type TextIndex } from './text-position';
import type { AnchorMatch, Selector } from './types';

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
  if (position && position.start >= 0 && position.start < position.end && position.end <= text.length) {
    if (!quote || text.slice(position.start, position.end) === quote.exact) {
      return { start: position.start, end: position.end, method: 'position' };
    }
  }
  if (!quote) return null;
  const match = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position?.start });
  return match && { start: match.start, end: match.end, method: match.method };
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
export function anchorSelectors(root: Node, selectors: readonly Selector[], index: TextIndex = buildTextIndex(root)): Range | null {
  return anchorWithIndex(index, selectors)?.range ?? null;
}

/** Places one highlight using a prebuilt index. @returns null when it is not on the page */
export function anchorWithIndex(index: TextIndex, selectors: readonly Selector[]): AnchoredRange | null {
  const match = anchorInText(index.text, selectors);
  const range = match && offsetsToRange(index, match.start, match.end);
  return range && match ? { range, match } : null;
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
export function anchorHighlights<T extends { selectors: readonly Selector[] }>(root: Node, items: readonly T[]): AnchoringOutcome<T> {
  const results = anchorAll(root, items.map((item) => item.selectors));
  const outcome: AnchoringOutcome<T> = { placed: [], notFound: [] };
  items.forEach((item, i) => {
    const result = results[i];
    if (result) outcome.placed.push({ ...result, item });
    else outcome.notFound.push(item);
  });
  return outcome;
}
