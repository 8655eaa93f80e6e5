/**
 * What the popup sends the page to find a sentence again: the sentence and the article text around it. Kept apart
 * from the search (find-text.ts) so the popup's bundle holds only this.
 */

/** A sentence to find, with the article text around it to tell repeats apart. */
export interface RevealTarget {
  /** The sentence, as in the article's text. */
  text: string;
  /** Up to {@link CONTEXT_CHARS} characters of the article just before it. */
  prefix: string;
  /** Up to {@link CONTEXT_CHARS} characters of the article just after it. */
  suffix: string;
}

/** Context on each side of a sentence: enough to tell a repeated sentence's occurrences apart (as lib/anchoring). */
export const CONTEXT_CHARS = 32;

/** Collapses white space runs to one space, as the article's text does (without trimming). */
export function collapseSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ');
}

/**
 * The reveal target for a sentence of an article: the sentence and its whitespace-collapsed context.
 * @param text the article's text
 * @param start offset of the sentence's first character in `text`
 * @param end offset just past its last character
 */
export function describeSentence(text: string, start: number, end: number): RevealTarget {
  return {
    text: text.slice(start, end),
    prefix: collapseSpaces(text.slice(Math.max(0, start - CONTEXT_CHARS), start)),
    suffix: collapseSpaces(text.slice(end, end + CONTEXT_CHARS)),
  };
}

