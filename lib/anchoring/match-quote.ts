/**
 * Finding a quote in a page's text when its stored position no longer holds it: first every exact occurrence,
 * scored by how well its surroundings match the stored context; failing that, approximate occurrences (the
 * passage was edited a little) found with Myers' bit-parallel algorithm from `approx-string-match`
 * (G. Myers, "A Fast Bit-Vector Algorithm for Approximate String Matching Based on Dynamic Programming", 1999).
 *
 * Scoring is a weighted sum, so the weights say what matters: the passage itself, then its context, and the
 * expected position only to break ties.
 *
 * The fuzzy budget is a trade-off between recall and false matches. A long quote (32 characters or more) may
 * differ by a tenth of its length anywhere in the text: that many edits rarely turn one passage into another. A
 * short one cannot afford that rule: "11 December 2016" → "11 November 2016" is 3 edits in 16 characters. So, as
 * hypothesis/client allows a quote up to half its length in edits, Crux does too — for a quote of 8 characters or
 * more — but only where the page confirms the place: the quote's stored prefix or suffix must still stand next to
 * the match (its 8 characters nearest the quote found exactly, the whole context at least 75 % similar). Among
 * passages that merely share words with a short quote, none has its context, so none is taken for it. The same
 * confirmed search gives a long quote a word's worth of extra edits when the tenth-of-its-length search finds
 * nothing.
 */
import search from 'approx-string-match';
import type { AnchorMethod, TextMatch } from './types';

/** Weight of the similarity of the matched text to the quote: the passage itself matters most. */
export const QUOTE_WEIGHT = 50;
/** Weight of the similarity of the text before a match to the stored prefix: it tells repeats apart. */
export const PREFIX_WEIGHT = 20;
/** Weight of the similarity of the text after a match to the stored suffix: it tells repeats apart. */
export const SUFFIX_WEIGHT = 20;
/**
 * Weight of the closeness to the stored position. Small: text inserted above a quote moves it by any amount, so
 * position only breaks ties between candidates whose text and context match equally well.
 */
export const POSITION_WEIGHT = 2;
/** Edits allowed per quote character in a fuzzy match anywhere in the text (one typo per ten characters). */
export const FUZZY_ERROR_RATE = 0.1;
/**
 * Edits allowed per quote character in a fuzzy match that its context confirms: half, as hypothesis/client allows,
 * so one changed word is found in a quote of 8 characters or more.
 */
export const CONFIRMED_ERROR_RATE = 0.5;
/** Edits a confirmed match of a long quote may have beyond its tenth: a changed word of up to 16 letters. */
export const CONFIRMED_EXTRA_ERRORS = 16;
/** Quotes shorter than this match fuzzily only where their context confirms the place. */
export const SHORT_QUOTE_LENGTH = 32;
/** How many characters of the stored prefix (its end) or suffix (its start) must stand exactly next to a match. */
export const CONFIRMING_CONTEXT_LENGTH = 8;
/** How similar the whole stored prefix or suffix must be to the text beside a confirmed match. */
export const CONFIRMING_CONTEXT_SIMILARITY = 0.75;
/** Characters the quote may have moved away from its confirming context (a word inserted between them). */
const CONTEXT_SLACK = 12;
/**
 * Most edits allowed in a fuzzy match, whatever the quote's length. Past this a long quote is a different
 * passage, and the search's cost grows with the number of errors allowed.
 */
export const MAX_FUZZY_ERRORS = 64;
/** Quotes shorter than this are only matched exactly: a fuzzy match of a few characters is noise. */
export const MIN_FUZZY_QUOTE_LENGTH = 8;

/** What is known about where a quote was. */
export interface QuoteContext {
  /** Text that stood just before the quote. */
  prefix?: string;
  /** Text that stood just after the quote. */
  suffix?: string;
  /** Offset where the quote started when it was described. */
  hint?: number;
}

/** A scored occurrence of a quote. */
export interface QuoteMatch extends TextMatch {
  /** Weighted score (higher is better); comparable only between matches of the same quote. */
  score: number;
  /** `'quote'` for an exact occurrence, `'fuzzy'` for an approximate one. */
  method: Extract<AnchorMethod, 'quote' | 'fuzzy'>;
}

/** Levenshtein distance (two-row dynamic programming; fine for the ~32-character context strings). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** Similarity in [0, 1]: 1 for equal strings, 0 when nothing is shared. Two empty strings are equal. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/** The context part of a candidate's score: prefix, suffix and position, weighted. */
function contextScore(text: string, start: number, end: number, context: QuoteContext): number {
  const prefix = context.prefix ?? '';
  const suffix = context.suffix ?? '';
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const distance = context.hint === undefined ? 0 : Math.abs(start - context.hint);
  const closeness = 1 - distance / Math.max(1, text.length);
  return (
    PREFIX_WEIGHT * similarity(prefix, before) + SUFFIX_WEIGHT * similarity(suffix, after) + POSITION_WEIGHT * closeness
  );
}

/** Every exact occurrence of `quote` in `text`, scored. */
function exactMatches(text: string, quote: string, context: QuoteContext): QuoteMatch[] {
  const matches: QuoteMatch[] = [];
  for (let start = text.indexOf(quote); start !== -1; start = text.indexOf(quote, start + 1)) {
    const end = start + quote.length;
    matches.push({ start, end, method: 'quote', score: QUOTE_WEIGHT + contextScore(text, start, end, context) });
  }
  return matches;
}

/** The number of edits a fuzzy match of `quote` may have anywhere in the text (none for a short quote). */
export function maxErrorsFor(quote: string): number {
  if (quote.length < SHORT_QUOTE_LENGTH) return 0;
  return Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length * FUZZY_ERROR_RATE));
}

/** The number of edits a fuzzy match of `quote` may have where its context confirms the place. */
export function confirmedMaxErrorsFor(quote: string): number {
  if (quote.length < MIN_FUZZY_QUOTE_LENGTH) return 0;
  const half = Math.floor(quote.length * CONFIRMED_ERROR_RATE);
  if (quote.length < SHORT_QUOTE_LENGTH) return half;
  return Math.min(MAX_FUZZY_ERRORS, half, Math.floor(quote.length * FUZZY_ERROR_RATE) + CONFIRMED_EXTRA_ERRORS);
}

/** Pieces shorter than this occur too often in any text to narrow the search. */
const MIN_PIECE_LENGTH = 6;
/**
 * When the candidate windows cover more than this share of the text, one search of the whole text is cheaper
 * than many small ones.
 */
const MAX_WINDOW_SHARE = 0.25;

/**
 * Stretches of `text` that can hold a match of `quote` with at most `maxErrors` edits, found by filtering: cut the
 * quote into `maxErrors + 1` pieces; an alignment with that few edits leaves at least one piece untouched
 * (pigeonhole), so every match lies around an exact occurrence of some piece (Baeza-Yates & Navarro, "Faster
 * approximate string matching", 1999). `indexOf` finds those occurrences far faster than the bit-parallel search
 * scans the text.
 * @returns merged `[start, end)` windows, or null when filtering would not save work (short pieces, common pieces)
 */
export function candidateWindows(text: string, quote: string, maxErrors: number): [number, number][] | null {
  const pieces = maxErrors + 1;
  const size = Math.floor(quote.length / pieces);
  if (size < MIN_PIECE_LENGTH) return null;
  const budget = text.length * MAX_WINDOW_SHARE;
  const windows: [number, number][] = [];
  for (let p = 0; p < pieces; p++) {
    const offset = p * size;
    const piece = quote.slice(offset, offset + size);
    for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
      // The quote starts about `offset` before the piece, give or take the edits made before the piece.
      const start = Math.max(0, at - offset - maxErrors);
      windows.push([start, Math.min(text.length, start + quote.length + 3 * maxErrors)]);
      if (windows.length * (quote.length + 3 * maxErrors) > budget * 4) return null;
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  let covered = 0;
  for (const window of windows) {
    const last = merged[merged.length - 1];
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else merged.push([...window]);
  }
  for (const [start, end] of merged) covered += end - start;
  return covered > budget ? null : merged;
}

/** Approximate occurrences of `quote` in the given windows of `text`, with at most `maxErrors` edits, scored. */
function searchWindows(
  text: string,
  quote: string,
  context: QuoteContext,
  windows: readonly (readonly [number, number])[],
  maxErrors: number,
): QuoteMatch[] {
  const matches: QuoteMatch[] = [];
  for (const [from, to] of windows) {
    for (const { start, end, errors } of search(text.slice(from, to), quote, maxErrors)) {
      matches.push({
        start: from + start,
        end: from + end,
        method: 'fuzzy',
        score: QUOTE_WEIGHT * (1 - errors / quote.length) + contextScore(text, from + start, from + end, context),
      });
    }
  }
  return matches;
}

/** Approximate occurrences of a long `quote` anywhere, with at most a tenth of its length in edits, scored. */
function fuzzyMatches(text: string, quote: string, context: QuoteContext): QuoteMatch[] {
  const maxErrors = maxErrorsFor(quote);
  if (maxErrors === 0) return [];
  const windows = candidateWindows(text, quote, maxErrors) ?? [[0, text.length]];
  return searchWindows(text, quote, context, windows, maxErrors);
}

/**
 * Stretches of `text` where the quote's stored context still stands: just after each exact occurrence of the
 * prefix's last `CONFIRMING_CONTEXT_LENGTH` characters, and just before each of the suffix's first ones.
 */
export function contextWindows(text: string, quoteLength: number, maxErrors: number, context: QuoteContext) {
  const reach = quoteLength + maxErrors + CONTEXT_SLACK;
  const windows: [number, number][] = [];
  const prefix = context.prefix ?? '';
  const suffix = context.suffix ?? '';
  if (prefix.length >= CONFIRMING_CONTEXT_LENGTH) {
    const tail = prefix.slice(-CONFIRMING_CONTEXT_LENGTH);
    for (let at = text.indexOf(tail); at !== -1; at = text.indexOf(tail, at + 1)) {
      const from = at + tail.length;
      windows.push([from, Math.min(text.length, from + reach)]);
    }
  }
  if (suffix.length >= CONFIRMING_CONTEXT_LENGTH) {
    const head = suffix.slice(0, CONFIRMING_CONTEXT_LENGTH);
    for (let at = text.indexOf(head); at !== -1; at = text.indexOf(head, at + 1))
      windows.push([Math.max(0, at - reach), at]);
  }
  return windows;
}

/** Whether the text beside a match is the stored prefix or suffix (at least `CONFIRMING_CONTEXT_SIMILARITY`). */
function contextConfirms(text: string, start: number, end: number, context: QuoteContext): boolean {
  const prefix = context.prefix ?? '';
  const suffix = context.suffix ?? '';
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  return (
    (prefix.length >= CONFIRMING_CONTEXT_LENGTH && similarity(prefix, before) >= CONFIRMING_CONTEXT_SIMILARITY) ||
    (suffix.length >= CONFIRMING_CONTEXT_LENGTH && similarity(suffix, after) >= CONFIRMING_CONTEXT_SIMILARITY)
  );
}

/**
 * Approximate occurrences of `quote` that its context confirms (module header): searched only next to where the
 * stored prefix or suffix stands, with up to half the quote's length in edits, kept only when that context is
 * really there.
 */
function confirmedMatches(text: string, quote: string, context: QuoteContext): QuoteMatch[] {
  const maxErrors = confirmedMaxErrorsFor(quote);
  if (maxErrors === 0) return [];
  const windows = contextWindows(text, quote.length, maxErrors, context);
  return searchWindows(text, quote, context, windows, maxErrors).filter((m) =>
    contextConfirms(text, m.start, m.end, context),
  );
}

/** The best-scoring match, or null for none. */
function best(matches: readonly QuoteMatch[]): QuoteMatch | null {
  let top: QuoteMatch | null = null;
  for (const match of matches) if (!top || match.score > top.score) top = match;
  return top;
}

/**
 * Finds where a quote now lies in a text.
 *
 * Steps: score every exact occurrence by context and position and return the best; if there is none, search a long
 * quote's approximate occurrences anywhere (at most `maxErrorsFor(quote)` edits) and return the best; if there is
 * none, search next to its stored context (at most `confirmedMaxErrorsFor(quote)` edits, the context confirmed).
 * @returns the best match, or null when the quote is empty or not in the text even approximately
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  return (
    best(exactMatches(text, quote, context)) ??
    best(fuzzyMatches(text, quote, context)) ??
    best(confirmedMatches(text, quote, context))
  );
}
