/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors): the serialisable description
 * of where a highlight sits in a page. Crux stores both kinds for every highlight, so one can stand in when the
 * page has changed enough to defeat the other.
 */

/** The highlighted text with a little of the text around it. */
export interface TextQuoteSelector {
  /** Discriminator, as in the W3C model. */
  type: 'TextQuoteSelector';
  /** The highlighted text, as Crux's text model reads it (see `text-position.ts`). */
  exact: string;
  /** Up to ~32 characters immediately before `exact` (empty at the start of the page). */
  prefix: string;
  /** Up to ~32 characters immediately after `exact` (empty at the end of the page). */
  suffix: string;
}

/** Start and end offsets of the highlight in the page's text. */
export interface TextPositionSelector {
  /** Discriminator, as in the W3C model. */
  type: 'TextPositionSelector';
  /** Offset of the first highlighted character in the root's text. */
  start: number;
  /** Offset just past the last highlighted character. */
  end: number;
}

/** Any selector Crux reads or writes. */
export type Selector = TextQuoteSelector | TextPositionSelector;

/** The selectors `describeRange` produces for one highlight: quote first, then position. */
export type RangeSelectors = [TextQuoteSelector, TextPositionSelector];

/** How a highlight was placed when its page was shown again. */
export type AnchorMethod =
  /** The stored position still holds the quote. */
  | 'position'
  /** The exact quote was found elsewhere; context and position picked among repeats. */
  | 'quote'
  /** An approximate match of the quote (the passage was edited a little). */
  | 'fuzzy';

/** Where a highlight lies in the root's text. */
export interface TextMatch {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** A placed highlight, in text offsets. */
export interface AnchorMatch extends TextMatch {
  /** Which strategy placed it. */
  method: AnchorMethod;
}
