/**
 * Describing a selection: turns a DOM range the reader selected into the W3C selectors Crux stores, so it can be
 * found again when the page is shown later, even after the page has changed a little.
 */
import { buildTextIndex, rangeToOffsets, type TextIndex } from './text-position';
import type { RangeSelectors, TextPositionSelector, TextQuoteSelector } from './types';

/**
 * Characters of context kept on each side of the quote. Enough to tell repeats of a short quote apart (a few
 * words), short enough to survive edits near the quote; the W3C model and other annotators use about the same.
 */
export const CONTEXT_LENGTH = 32;

/**
 * Describes a range as a quote with context and a position, both over `root`'s text model. Whitespace at either
 * end of the selection is left out (double-clicks and drags often catch a trailing space or newline).
 * @param index the root's text index, when the caller already built one for this DOM state
 * @returns the selectors (quote first, then position), or null when the range is outside `root` or holds no text
 *   but whitespace
 */
export function describeRange(
  root: Node,
  range: Range,
  index: TextIndex = buildTextIndex(root),
): RangeSelectors | null {
  const offsets = rangeToOffsets(index, range);
  if (!offsets) return null;
  let { start, end } = offsets;
  const { text } = index;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start === end) return null;
  return [describeText(text, start, end), { type: 'TextPositionSelector', start, end }];
}

/** The quote selector for `[start, end)` of a text, with up to `CONTEXT_LENGTH` characters on each side. */
export function describeText(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, Math.min(text.length, end + CONTEXT_LENGTH)),
  };
}

/** The position selector among stored selectors, if any. */
export function findPositionSelector(selectors: readonly unknown[]): TextPositionSelector | undefined {
  return selectors.find(
    (s): s is TextPositionSelector =>
      typeof s === 'object' && s !== null && (s as { type?: unknown }).type === 'TextPositionSelector',
  );
}

/** The quote selector among stored selectors, if any. */
export function findQuoteSelector(selectors: readonly unknown[]): TextQuoteSelector | undefined {
  return selectors.find(
    (s): s is TextQuoteSelector =>
      typeof s === 'object' && s !== null && (s as { type?: unknown }).type === 'TextQuoteSelector',
  );
}
