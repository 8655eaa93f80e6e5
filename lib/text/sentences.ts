/**
 * Sentences of an article, with `Intl.Segmenter`, segmented block by block (Node's segmenter is quadratic on huge
 * strings, and a sentence never crosses a block). The segmenter splits after abbreviations ("U.S." | "President")
 * and after a quoted question or exclamation ("“Is it over?” | she asked"), so two repairs join segments: one that
 * ends in a known abbreviation to the next, unless the next starts like a new sentence; and any segment to a next one
 * that starts with a lower-case letter (a sentence does not begin in lower case).
 */
import type { Block } from '../article/types';

/** One sentence of the article text. */
export interface Sentence {
  /** Position among all the article's sentences, from 0. */
  index: number;
  /** Index of the block (in `Article.blocks`) the sentence belongs to. */
  blockIndex: number;
  /** Offset of its first character in `Article.text`. */
  start: number;
  /** Offset just past its last character in `Article.text`. */
  end: number;
  /** The sentence, trimmed (`articleText.slice(start, end) === text`). */
  text: string;
}

/** Abbreviated month names, lower case, without a period ("may" is a whole name). */
export const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/**
 * Abbreviations after which a period does not end a sentence (lower case, without the final period). Titles,
 * months, common Latin and address forms; single capital letters (initials, "U.S.") are handled by a pattern.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'gen',
  'gov',
  'sen',
  'rep',
  'rev',
  'lt',
  'col',
  'capt',
  'sgt',
  'cpl',
  'maj',
  'adm',
  'cmdr',
  'pres',
  'supt',
  'insp',
  'hon',
  'messrs',
  'mme',
  'mlle',
  'no',
  'nos',
  'vol',
  ...MONTH_ABBREVIATIONS,
  'etc',
  'vs',
  'v',
  'cf',
  'e.g',
  'i.e',
  'approx',
  'est',
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'dept',
  'univ',
  'assn',
  'ave',
  'blvd',
  'rd',
  'fig',
  'p',
  'pp',
  'ft',
  'lb',
  'oz',
]);

/** A segment ending in an abbreviation: the last word before the final period, e.g. "Dr." or "U.S." or "J.". */
const TRAILING_WORD = /(?:^|[\s(“"'‘])((?:\p{L}\.)*\p{L}+)\.\s*$/u;

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string | null): Intl.Segmenter {
  const key = lang ?? 'en';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(key, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/** Whether a segment ends in an abbreviation, so the sentence goes on in the next segment. */
function endsInAbbreviation(segment: string): boolean {
  const match = TRAILING_WORD.exec(segment);
  if (!match) return false;
  const word = match[1]!;
  if (word.includes('.')) return true; // "U.S.", "e.g.", "a.m."
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial: "John F. Kennedy"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits an article's blocks into sentences.
 * @param text the article text the blocks' ranges point into
 * @param blocks the article's blocks, in order
 * @param lang the article language (BCP 47), or null for English rules
 * @returns every sentence, in order, with its block and its range in `text`; empty for an empty article
 */
export function segmentSentences(text: string, blocks: readonly Block[], lang: string | null = null): Sentence[] {
  const segmenter = sentenceSegmenter(lang);
  const out: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    const blockText = text.slice(block.start, block.end);
    let pendingStart = -1;
    for (const { segment, index } of segmenter.segment(blockText)) {
      if (pendingStart < 0) pendingStart = index;
      const segmentEnd = index + segment.length;
      const isLast = segmentEnd >= blockText.length;
      if (!isLast && sentenceGoesOn(blockText, segment, segmentEnd)) continue;
      pushTrimmed(out, blockText, pendingStart, segmentEnd, block.start, blockIndex);
      pendingStart = -1;
    }
  });
  return out;
}

/** Whether the segment ending at `at` is not a whole sentence, so the next segment belongs to it. */
function sentenceGoesOn(blockText: string, segment: string, at: number): boolean {
  if (startsInLowerCase(blockText, at)) return true;
  return endsInAbbreviation(segment) && startsLikeContinuation(blockText, at, segment);
}

/** Whether the text from `at` goes on in lower case (after spaces and opening quotes): the sentence is not over. */
function startsInLowerCase(blockText: string, at: number): boolean {
  return /^[\s"'“‘(]*\p{Ll}/u.test(blockText.slice(at, at + 8));
}

/** A clock time's suffix ("5 p.m."), after which a capitalised word is a new sentence unless it names a day or zone. */
const CLOCK_SUFFIX = /\b[ap]\.m\.\s*$/i;

/** Capitalised words that continue a clock time ("10 a.m. Monday", "5 p.m. ET"). */
const AFTER_CLOCK = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*$|^(?:[A-Z]{2,4}T|ET|PT|CT|MT|GMT|UTC|BST|CET|local)$/;

/**
 * After an abbreviation, a new sentence usually starts with a capital letter too ("… in the U.S. The talks…"), so
 * capital letters cannot decide; we join unless the next word is a common sentence opener. Clock times are the
 * exception: "at 5 p.m." mostly ends a sentence, so there we split unless a day or a time zone follows.
 */
function startsLikeContinuation(blockText: string, at: number, segment: string): boolean {
  const next = /^\s*["“‘']?([\p{L}]+)/u.exec(blockText.slice(at, at + 40));
  if (!next) return true;
  const word = next[1]!;
  if (CLOCK_SUFFIX.test(segment)) return AFTER_CLOCK.test(word) || !/^\p{Lu}/u.test(word);
  return !SENTENCE_OPENERS.has(word);
}

/** Words that, after an abbreviation, show a new sentence has begun ("… in the U.S. The …"). */
const SENTENCE_OPENERS = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'You',
  'But',
  'And',
  'In',
  'On',
  'At',
  'As',
  'If',
  'When',
  'While',
  'However',
  'Meanwhile',
  'There',
  'His',
  'Her',
  'Their',
  'Its',
  'Our',
  'Some',
  'Many',
  'Most',
  'After',
  'Before',
  'For',
  'So',
  'Yet',
  'Still',
  'Also',
]);

function pushTrimmed(
  out: Sentence[],
  blockText: string,
  from: number,
  to: number,
  offset: number,
  blockIndex: number,
): void {
  const raw = blockText.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (!trimmed) return;
  const start = offset + from + lead;
  out.push({ index: out.length, blockIndex, start, end: start + trimmed.length, text: trimmed });
}
