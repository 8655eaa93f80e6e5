/**
 * Words, stop words and stems, language-aware. Words come from `Intl.Segmenter` (word granularity) for scripts
 * written without spaces and from an equivalent, faster pattern for the others; stop words from the maintained
 * `stopword` lists; stems from the Porter stemmer for English. Other languages degrade gracefully: their stop words
 * when `stopword` has them, and no stemming.
 */
import { stemmer } from 'stemmer';
import { eng, deu, fra, spa, por, ita, nld, swe, dan, nob, fin, pol, rus, ukr, tur } from 'stopword';

/** One word of a text, with its forms for matching. */
export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-cased. */
  lower: string;
  /** The stem used to compare words (the lower-cased word where no stemmer exists for the language). */
  stem: string;
  /** Whether it is a stop word of the language. */
  stop: boolean;
  /** Offset of the word in the text it was read from. */
  start: number;
}

/** Stop-word lists by ISO 639-1 code (the `stopword` package names them by ISO 639-3). */
const STOP_LISTS: Record<string, readonly string[]> = {
  en: eng,
  de: deu,
  fr: fra,
  es: spa,
  pt: por,
  it: ita,
  nl: nld,
  sv: swe,
  da: dan,
  nb: nob,
  no: nob,
  fi: fin,
  pl: pol,
  ru: rus,
  uk: ukr,
  tr: tur,
};

/** Extra English stop words that news prose is full of and that carry no topic. */
const EXTRA_ENGLISH_STOP = ['said', 'says', 'also', 'would', 'could', 'one', 'two', 'mr', 'mrs', 'ms', 'per', 'cent'];

const stopSets = new Map<string, Set<string>>();
const wordSegmenters = new Map<string, Intl.Segmenter>();

/** The primary language subtag, lower-cased ("en-GB" → "en"); "en" when unknown. */
export function baseLanguage(lang: string | null | undefined): string {
  return (lang ?? 'en').split(/[-_]/)[0]!.toLowerCase() || 'en';
}

/** The stop-word set for a language (empty when `stopword` has no list for it). */
export function stopWords(lang: string | null | undefined): ReadonlySet<string> {
  const base = baseLanguage(lang);
  let set = stopSets.get(base);
  if (!set) {
    set = new Set(STOP_LISTS[base] ?? []);
    if (base === 'en') for (const w of EXTRA_ENGLISH_STOP) set.add(w);
    stopSets.set(base, set);
  }
  return set;
}

/** Whether Crux can stem words of this language. */
export function hasStemmer(lang: string | null | undefined): boolean {
  return baseLanguage(lang) === 'en';
}

function wordSegmenter(base: string): Intl.Segmenter {
  let segmenter = wordSegmenters.get(base);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(base, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    }
    wordSegmenters.set(base, segmenter);
  }
  return segmenter;
}

/**
 * Scripts written without spaces between words, which need the dictionary-based `Intl.Segmenter` to find words.
 * Text in any other script is split by {@link WORD}, which finds the same words several times faster (the
 * segmenter dominated the analysis time of long articles).
 */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/**
 * A word in a spaced script, as `Intl.Segmenter` (UAX #29) finds it: letters, marks and digits, kept whole across
 * an apostrophe or a period between letters ("don't", "U.S", "a.m") and a period or comma between digits ("2.5",
 * "1,200"); a hyphen separates words.
 */
const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:['’.](?=[\p{L}\p{M}])|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;

/** Stems already computed, per word: news prose repeats its words, and the Porter stemmer is costly. */
const stemCache = new Map<string, string>();
/** The stem cache is cleared past this many words, so a long session does not grow it without bound. */
const STEM_CACHE_LIMIT = 50_000;

/** The stem of a lower-cased English word, cached ("u.s" stays whole). */
export function stemOf(lower: string): string {
  let stem = stemCache.get(lower);
  if (stem === undefined) {
    stem = lower.includes('.') ? lower : stemmer(lower); // "u.s" stays whole
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(lower, stem);
  }
  return stem;
}

/**
 * Splits text into words (punctuation and spaces dropped), each with its lower-cased form, stem and stop flag.
 * @returns the words in order; empty for text without words
 */
export function tokenize(text: string, lang: string | null | undefined = 'en'): Token[] {
  const base = baseLanguage(lang);
  const stops = stopWords(base);
  const stem = base === 'en';
  const out: Token[] = [];
  const push = (segment: string, index: number): void => {
    const lower = segment.toLowerCase().replace(/[’']s$/, '');
    out.push({ text: segment, lower, stem: stem ? stemOf(lower) : lower, stop: stops.has(lower), start: index });
  };
  if (UNSPACED_SCRIPT.test(text)) {
    for (const { segment, index, isWordLike } of wordSegmenter(base).segment(text))
      if (isWordLike) push(segment, index);
  } else {
    for (const match of text.matchAll(WORD)) push(match[0], match.index);
  }
  return out;
}

/** The stems of a text's content words (stop words and pure numbers left out), in order. */
export function contentStems(text: string, lang: string | null | undefined = 'en'): string[] {
  return tokenize(text, lang)
    .filter((t) => !t.stop && !/^\p{N}+$/u.test(t.lower))
    .map((t) => t.stem);
}
