/**
 * Words, stop words and stems, language-aware. Words come from `Intl.Segmenter` (word granularity, so scripts
 * without spaces work too); stop words from the maintained `stopword` lists; stems from the Porter stemmer for
 * English. Other languages degrade gracefully: their stop words when `stopword` has them, and no stemming.
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
  en: eng, de: deu, fr: fra, es: spa, pt: por, it: ita, nl: nld, sv: swe, da: dan, nb: nob, no: nob, fi: fin,
  pl: pol, ru: rus, uk: ukr, tr: tur,
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
 * Splits text into words (punctuation and spaces dropped), each with its lower-cased form, stem and stop flag.
 * @returns the words in order; empty for text without words
 */
export function tokenize(text: string, lang: string | null | undefined = 'en'): Token[] {
  const base = baseLanguage(lang);
  const stops = stopWords(base);
  const stem = base === 'en';
  const out: Token[] = [];
  for (const { segment, index, isWordLike } of wordSegmenter(base).segment(text)) {
    if (!isWordLike) continue;
    const lower = segment.toLowerCase().replace(/[’']s$/, '');
    out.push({
      text: segment,
      lower,
      stem: stem && !lower.includes('.') ? stemmer(lower) : lower, // "u.s" stays whole
      stop: stops.has(lower),
      start: index,
    });
  }
  return out;
}

/** The stems of a text's content words (stop words and pure numbers left out), in order. */
export function contentStems(text: string, lang: string | null | undefined = 'en'): string[] {
  return tokenize(text, lang)
    .filter((t) => !t.stop && !/^\p{N}+$/u.test(t.lower))
    .map((t) => t.stem);
}
