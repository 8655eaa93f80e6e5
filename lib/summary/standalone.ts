/**
 * How well a sentence stands on its own in a summary, read from its surface: a summary sentence is lifted out of
 * its context, so one that opens on an unresolved pronoun or connective ("He said…", "But…"), a caption, a photo
 * credit, a question, a quote fragment, a stub or a run-on reads badly there even when its words are central.
 * Returns a factor in [0, 1] that multiplies the sentence's content score; 0 means never choose it.
 */
import type { BlockKind } from '../article/types';
import { baseLanguage } from '../text/words';

/** Fewer words than this is a stub (a caption, a dateline, "Black cat"): never chosen. */
const MIN_WORDS = 5;
/** Fewer words than this is short for a summary sentence: it carries little and reads as a fragment. */
const SHORT_WORDS = 10;
/** More words than this is long for a summary sentence (news sentences average 20–25 words). */
const LONG_WORDS = 45;
/** More words than this is a run-on, usually several captions glued together by the page. */
const RUN_ON_WORDS = 70;

/** Factor for a short sentence (between {@link MIN_WORDS} and {@link SHORT_WORDS}). */
const SHORT_FACTOR = 0.55;
/** Factor for a long sentence (above {@link LONG_WORDS}). */
const LONG_FACTOR = 0.75;
/** Factor for a run-on (above {@link RUN_ON_WORDS}). */
const RUN_ON_FACTOR = 0.35;
/** Factor for a sentence opening on a personal pronoun or a connective that needs the previous sentence. */
const DANGLING_FACTOR = 0.45;
/**
 * Factor for a sentence opening on "it" or a bare demonstrative, which often point back ("It was…", "This is…") but
 * are as often impersonal ("It's been a tradition…", "It is expected that…"): a milder penalty.
 */
const WEAK_DANGLING_FACTOR = 0.75;
/** Factor for a sentence that starts in lower case: the page broke a sentence across elements, this is its tail. */
const FRAGMENT_FACTOR = 0.4;
/** Factor for a question: a summary states what happened, it does not ask. */
const QUESTION_FACTOR = 0.3;
/** Factor for a sentence with no final punctuation: in prose that is a caption or a label, not a sentence. */
const UNTERMINATED_FACTOR = 0.35;
/** Factor for a sentence opening on a quotation mark: often a fragment of speech that needs its attribution. */
const QUOTE_OPENER_FACTOR = 0.7;
/** Factor for sentences in block quotes (pull quotes, cited passages), which repeat or digress from the story. */
const QUOTE_BLOCK_FACTOR = 0.6;

/**
 * English words that, opening a sentence, point back to something the reader must already know. "It" and the
 * demonstratives are weaker signs, see {@link WEAK_OPENER}.
 */
const DANGLING_OPENERS = new Set([
  'he',
  'she',
  'they',
  'his',
  'her',
  'their',
  'him',
  'them',
  'we',
  'i',
  'you',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'also',
  'however',
  'meanwhile',
  'instead',
  'still',
  'then',
  'thus',
  'hence',
  'moreover',
  'furthermore',
  'besides',
  'otherwise',
  'nevertheless',
  'nonetheless',
  'therefore',
  'indeed',
  'such',
  'both',
  'another',
]);

/**
 * "It"/"Its", or "This"/"That"/"These"/"Those" followed by a verb-like word rather than a noun ("This is", "That
 * was", "These include"; not "This week").
 */
const WEAK_OPENER =
  /^(?:its?\b|(?:this|that|these|those)\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|comes|came|means|meant|includes?|included|shows?|showed|led|leads|made|makes)\b)/i;

/** "This comes after…", "That came as…": the sentence exists only to attach itself to the previous one. */
const BACK_REFERENCE =
  /^(?:this|that|it)\s+(?:comes?|came|follows?|followed)\s+(?:after|as|amid|weeks?|days?|months?|just|only|a)\b/i;

/**
 * Boilerplate and credits that pages (Daily Mail above all) leave in the body: prompts, photo credits, captions.
 * A sentence matching one is never chosen.
 */
const BOILERPLATE = [
  /\bscroll down\b/i,
  /\bclick here\b/i,
  /\b(?:read|see) more\b/i,
  /\b(?:sign up|subscribe)\b.*\b(?:newsletter|updates|free)\b/i,
  /\bfollow (?:us|@)/i,
  /\bshare (?:this|your)\b.*\b(?:story|article|thoughts)\b/i,
  /\b(?:photo|image|picture|video)s?\s*(?:credit|copyright|courtesy)\b/i,
  /^(?:photo|image|picture|pictured|credit|source|video|watch|caption|file photo)\s*[:|]/i,
  /(?:^|\s)[/|]\s*(?:getty|reuters|ap|afp|epa|shutterstock|alamy|rex)\b/i,
  /\b(?:getty images|associated press|rex features|rex\/shutterstock)\s*$/i,
  /\ball rights reserved\b/i,
  /\bcopyright\s+(?:©\s*)?\d{4}\b/i,
  /\bdo you have a story\b/i,
  /\bthis (?:article|story) (?:was|has been) (?:updated|amended|corrected)\b/i,
];

/** Final punctuation of a sentence, possibly followed by closing quotes or brackets. */
const TERMINATED = /[.!?…。！？؟।]["'”’»)\]]*$/u;

/** A question, possibly inside quotes. */
const QUESTION = /[?？؟]["'”’»)\]]*$/u;

/**
 * The standalone factor of one sentence.
 * @param text the sentence
 * @param kind the kind of block it is in
 * @param wordCount its number of words
 * @param lang the article language (the pronoun and connective rules are English-only)
 * @returns a factor in [0, 1]; 0 for sentences never to be chosen (headings, stubs, boilerplate)
 */
export function standaloneFactor(text: string, kind: BlockKind, wordCount: number, lang: string): number {
  if (kind === 'heading' || kind === 'preformatted') return 0;
  const spaced = /\s/.test(text);
  // Scripts written without spaces count characters rather than words: scale to a word-like measure.
  const words = spaced ? wordCount : Math.round(text.length / 2);
  if (words < MIN_WORDS) return 0;
  if (BOILERPLATE.some((re) => re.test(text))) return 0;
  let factor = 1;
  if (words < SHORT_WORDS) factor *= SHORT_FACTOR;
  else if (words > RUN_ON_WORDS) factor *= RUN_ON_FACTOR;
  else if (words > LONG_WORDS) factor *= LONG_FACTOR;
  if (QUESTION.test(text)) factor *= QUESTION_FACTOR;
  else if (!TERMINATED.test(text)) factor *= UNTERMINATED_FACTOR;
  if (/^["“‘'«„]/u.test(text)) factor *= QUOTE_OPENER_FACTOR;
  if (kind === 'quote') factor *= QUOTE_BLOCK_FACTOR;
  if (/^[^\p{L}\p{N}]*\p{Ll}/u.test(text)) factor *= FRAGMENT_FACTOR;
  else if (baseLanguage(lang) === 'en') {
    const opener = danglingOpener(text);
    if (opener === 'strong') factor *= DANGLING_FACTOR;
    else if (opener === 'weak') factor *= WEAK_DANGLING_FACTOR;
  }
  return factor;
}

/**
 * Whether an English sentence opens on a word that needs the previous sentence to be understood.
 * @returns 'strong' for a personal pronoun or connective, 'weak' for "it" or a bare demonstrative, null otherwise
 */
export function danglingOpener(text: string): 'strong' | 'weak' | null {
  const first = /^[^\p{L}]*(\p{L}+)/u.exec(text)?.[1]?.toLowerCase();
  if (!first) return null;
  if (DANGLING_OPENERS.has(first)) return 'strong';
  if (BACK_REFERENCE.test(text.replace(/^[^\p{L}]+/u, ''))) return 'strong';
  return WEAK_OPENER.test(text.replace(/^[^\p{L}]+/u, '')) ? 'weak' : null;
}
