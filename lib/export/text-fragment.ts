/**
 * Links that open a page scrolled to a highlighted passage: URL text fragments
 * (https://wicg.github.io/scroll-to-text-fragment/), `url#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`.
 * Chromium and Safari follow them; other browsers open the page at the top, so the link is never worse than a
 * plain one.
 *
 * How the directive is chosen, a trade-off between finding the passage and still finding it after the page
 * changes a little:
 * - a short quote is matched whole (`textStart`); a long one, or one that spans blocks (a line break in Crux's text),
 *   by its first and last few words (`textStart,textEnd`), because each term must lie within one block and a long
 *   term breaks at the first edit;
 * - a few whole words of the stored context before and after (`prefix-,` and `,-suffix`) tell repeats apart; a
 *   context word that may have been cut by the 32-character context window, or context across a line break, is
 *   left out, because the spec matches context on word boundaries within the passage's block.
 */
import { CONTEXT_LENGTH } from '../anchoring/describe';
import type { TextQuoteSelector } from '../anchoring/types';

/** A quote with more words than this is matched by its first and last words rather than whole. */
export const LONG_QUOTE_WORDS = 10;

/** Words kept at each end of a long quote (`textStart`, `textEnd`). */
export const EDGE_WORDS = 4;

/** Words of context kept before (`prefix`) and after (`suffix`) the quote. */
export const CONTEXT_WORDS = 3;

/**
 * A term of a text directive, percent-encoded: everything `encodeURIComponent` encodes, plus `-` (the directive's
 * own syntax, with `,` and `&`) and `'()*!~` so the link survives inside Markdown's `[text](url)`.
 */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/[-'()*!~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The words of a text, split on whitespace. */
function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The last few whole words of the context before a quote, within the quote's line. */
function prefixWords(prefix: string): string[] {
  const line = prefix.slice(prefix.lastIndexOf('\n') + 1);
  const words = wordsOf(line);
  // A prefix as long as the context window that starts mid-word was cut there: its first word is a fragment.
  const cut = !prefix.includes('\n') && prefix.length >= CONTEXT_LENGTH && !/^\s/.test(prefix);
  return (cut ? words.slice(1) : words).slice(-CONTEXT_WORDS);
}

/** The first few whole words of the context after a quote, within the quote's line. */
function suffixWords(suffix: string): string[] {
  const newline = suffix.indexOf('\n');
  const line = newline === -1 ? suffix : suffix.slice(0, newline);
  const words = wordsOf(line);
  const cut = newline === -1 && suffix.length >= CONTEXT_LENGTH && !/\s$/.test(suffix);
  return (cut ? words.slice(0, -1) : words).slice(0, CONTEXT_WORDS);
}

/**
 * The text directive for a quote, without the `#:~:` (`text=…`).
 * @returns null when the quote has no words
 */
export function textDirective(selector: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): string | null {
  const lines = selector.exact
    .split('\n')
    .map(wordsOf)
    .filter((words) => words.length > 0);
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return null;
  const terms: string[] = [];
  const prefix = prefixWords(selector.prefix);
  if (prefix.length > 0) terms.push(`${encodeTextTerm(prefix.join(' '))}-`);
  if (lines.length === 1 && first.length <= LONG_QUOTE_WORDS) {
    terms.push(encodeTextTerm(first.join(' ')));
  } else {
    terms.push(encodeTextTerm(first.slice(0, EDGE_WORDS).join(' ')), encodeTextTerm(last.slice(-EDGE_WORDS).join(' ')));
  }
  const suffix = suffixWords(selector.suffix);
  if (suffix.length > 0) terms.push(`-${encodeTextTerm(suffix.join(' '))}`);
  return `text=${terms.join(',')}`;
}

/**
 * A link to a page that scrolls to a quote: the page URL with a text directive added after its fragment (an
 * existing directive is replaced; a fragment the page uses is kept, as the spec allows).
 * @returns the URL unchanged when the quote has no words
 */
export function linkToQuote(url: string, selector: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): string {
  const directive = textDirective(selector);
  if (directive === null) return url;
  const base = url.replace(/:~:.*$/s, '');
  return `${base}${base.includes('#') ? '' : '#'}:~:${directive}`;
}
