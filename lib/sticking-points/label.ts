/**
 * Labels for sticking points: a short noun phrase that names the issue ("Teacher pay", "Flu vaccines"). A section's
 * subheading is used when it reads as a label; otherwise the phrase around the point's anchor word (its most
 * central issue word) is cut out of the evidence, bounded by stop words, verbs and punctuation.
 */
import { tokenize, type Token } from '../text/words';

/** A label is at most this many words (the contract says 8; headings longer than that are not used). */
export const MAX_LABEL_WORDS = 8;

/** Words a noun phrase built around the anchor may take on each side: "state's cash reserves", "teacher pay". */
const MAX_MODIFIERS_LEFT = 2;
const MAX_MODIFIERS_RIGHT = 1;

/** Headings that organise an article but name no issue. */
const GENERIC_HEADING =
  /^(?:what(?:'s| is)? (?:happens )?next|final thoughts|conclusion|background|analysis|context|summary|overview|the bottom line|what it means|why it matters|more from|you may also like|related|read more|latest|popular|subscribe|advertisement|comments?)\b/i;

/** Words that look like verbs or fillers and end a noun phrase. */
const NOT_IN_PHRASE = new Set([
  'said', 'says', 'say', 'told', 'would', 'could', 'should', 'must', 'will', 'may', 'might', 'can', 'also', 'still',
  'now', 'then', 'just', 'even', 'further', 'already', 'yet', 'more', 'most', 'less', 'very', 'much', 'many', 'any',
  'make', 'take', 'give', 'get', 'keep', 'need', 'want', 'wants', 'call', 'calls', 'help', 'include', 'including',
  'direct', 'towards', 'toward', 'non', 'per', 'cent', 'percent', 'whether', 'since', 'least', 'like', 'new',
  'against', 'over', 'under', 'about', 'after', 'before', 'between', 'into', 'through', 'during', 'without',
  'within', 'across', 'upon', 'amid', 'despite', 'including', 'among', 'following', 'dispute', 'disputes',
  'row', 'demand', 'demands', 'concerns', 'concern', 'issue', 'issues', 'question', 'call', 'calls', 'offer',
  'talks', 'deal', 'second', 'third', 'first', 'another', 'other',
]);

/**
 * Whether a heading can serve as a label: short, not generic, not a quotation or a question, not addressed to
 * the reader.
 */
export function isLabelHeading(heading: string): boolean {
  const words = heading.trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return false;
  if (GENERIC_HEADING.test(heading.trim())) return false;
  if (/[“”"?!]|^['‘]/.test(heading)) return false;
  if (/\b(?:we|you|i|our|my|your)\b/i.test(heading)) return false;
  return /\p{Ll}/u.test(heading) || words.length <= 4;
}

/** Whether a token may be part of a label's noun phrase. */
function isPhraseWord(token: Token, isAnchorSide: boolean): boolean {
  if (token.stop || NOT_IN_PHRASE.has(token.lower)) return false;
  if (/^\p{N}/u.test(token.lower) && !isAnchorSide) return false;
  if (/^\p{Lu}/u.test(token.text) && !/^\p{Lu}\p{Ll}+$/u.test(token.text)) return false; // acronyms, "U.S." 
  if (/(?:ed|ly)$/.test(token.lower) && token.lower.length > 4) return false;
  return true;
}

/**
 * Cuts the noun phrase around the anchor out of a sentence.
 * @returns the phrase (1–4 words), or null when the anchor is not in the sentence
 */
function phraseAround(sentence: string, anchor: string): string | null {
  const tokens = tokenize(sentence, 'en');
  const at = tokens.findIndex((t, i) => t.stem === anchor && !(i > 0 && /^\p{Lu}/u.test(t.text)));
  if (at < 0) return null;
  let from = at;
  while (
    from > 0 &&
    at - from < MAX_MODIFIERS_LEFT &&
    isPhraseWord(tokens[from - 1]!, false) &&
    !/ing$/.test(tokens[from - 1]!.lower) &&
    adjacent(sentence, tokens[from - 1]!, tokens[from]!)
  ) {
    from -= 1;
  }
  let to = at;
  while (
    to + 1 < tokens.length &&
    to - at < MAX_MODIFIERS_RIGHT &&
    isPhraseWord(tokens[to + 1]!, false) &&
    !/^\p{Lu}/u.test(tokens[to + 1]!.text) &&
    adjacent(sentence, tokens[to]!, tokens[to + 1]!) &&
    /(?:ing|s)$/.test(tokens[to]!.lower) === false
  ) {
    to += 1;
  }
  const first = tokens[from]!;
  const last = tokens[to]!;
  // "£85 charge", "$2 billion": keep an amount right before the phrase, with its currency sign.
  const before = sentence.slice(0, first.start);
  const amount = /(?:[£$€¥]\s?)\d[\d,.]*\s?(?:billion|million)?\s$/u.exec(before);
  const begin = amount ? first.start - amount[0].length : first.start;
  return sentence.slice(begin, last.start + last.text.length);
}

/** Whether two tokens are separated by white space only (no comma, dash or quote between them). */
function adjacent(sentence: string, a: Token, b: Token): boolean {
  return /^[\s]+$|^['’]s\s+$/.test(sentence.slice(a.start + a.text.length, b.start));
}

/**
 * Builds a label from the anchor word of a point.
 * @param evidence the point's evidence sentences
 * @param anchor the stem naming the issue
 * @returns the longest noun phrase around the anchor among the evidence, capitalised; null when none is found
 */
export function labelFromAnchor(evidence: readonly string[], anchor: string): string | null {
  let best: string | null = null;
  for (const text of evidence) {
    const phrase = phraseAround(text, anchor);
    if (phrase && (!best || phrase.split(/\s+/).length > best.split(/\s+/).length)) best = phrase;
  }
  if (!best) return null;
  return best.charAt(0).toUpperCase() + best.slice(1);
}
