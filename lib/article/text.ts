/**
 * Small text helpers shared by the extraction modules: white-space collapsing, word counting and the cheap
 * "does this read like a sentence?" test that the cleanup rules lean on.
 */

/**
 * One character of white space as the article's text counts it: any Unicode space, the no-break space and the
 * zero-width space. The one white-space rule: the article's text collapses it, and re-anchoring a sentence of that
 * text in the live page (`anchorQuote` with `collapseWhitespace`) collapses the page's text the same way.
 */
export const WHITESPACE = /[\s\u00a0\u200b]/;

/** A run of {@link WHITESPACE}. */
const WHITESPACE_RUN = new RegExp(`${WHITESPACE.source}+`, 'g');

/** Collapses runs of white space to one space, keeping a space at either end. */
export function collapseSpaces(s: string): string {
  return s.replace(WHITESPACE_RUN, ' ');
}

/** Collapses runs of white space (including non-breaking spaces) to one space and trims the ends. */
export function collapseWhitespace(s: string): string {
  return collapseSpaces(s).trim();
}

/** Matches one word: a run of letters or digits, with inner apostrophes or hyphens ("don't", "e-mail"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Matches one character of a script written without spaces between words (Han, Hiragana, Katakana, Thai). */
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/** Whether a text holds any character of a script written without spaces (a non-global copy, for `test`). */
const HAS_UNSPACED = new RegExp(UNSPACED_CHAR.source, 'u');

/**
 * Counts the words of a text. In scripts written without spaces (Chinese, Japanese, Thai) each character counts
 * as a word, which is close to how reading speed is measured for them.
 */
export function countWords(text: string): number {
  // Most text has no such character: one scan decides, and the words are then simply counted.
  if (!HAS_UNSPACED.test(text)) return text.match(WORD)?.length ?? 0;
  let count = 0;
  for (const match of text.matchAll(WORD)) {
    const unspaced = match[0].match(UNSPACED_CHAR)?.length ?? 0;
    count += unspaced > 0 ? unspaced + (match[0].replace(UNSPACED_CHAR, '').length > 0 ? 1 : 0) : 1;
  }
  return count;
}

/** Characters that end a sentence, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;

/** Whether a line ends the way a sentence does (terminal punctuation, possibly inside closing quotes). */
export function endsLikeSentence(line: string): boolean {
  return SENTENCE_END.test(line.trim());
}

/** Matches one character of a script that packs a word or syllable into each character (Han, Kana, Hangul). */
const DENSE_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Whether a text is written mostly in a dense script (Chinese, Japanese, Korean), where one character carries
 * about as much as two or three Latin letters, so character-count thresholds tuned on English undercount it.
 */
export function isDenseScript(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && (text.match(DENSE_CHAR)?.length ?? 0) * 2 >= letters;
}
