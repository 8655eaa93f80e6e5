/**
 * Labels for sticking points: a noun phrase of 2 to 7 words that names the issue so that a reader understands it
 * without the article ("Tariffs on Chinese goods", "China's farm purchases", "Security guarantees for Ukraine").
 * A section's subheading is used when the point lives in that section and the heading reads as a label; otherwise
 * the tagger's noun phrases that hold the point's issue word compete, the one the article repeats most and that
 * parties take stances on winning. A label is never a name, a party, a verb phrase or a lone adjective; a point with
 * no such phrase gets none (and is not shown).
 */
import type { TaggedToken } from '../text/tagger';

/** A label has at least this many words… */
export const MIN_LABEL_WORDS = 2;
/** …and at most this many. */
export const MAX_LABEL_WORDS = 7;

/** Headings that organise an article but name no issue. */
const GENERIC_HEADING =
  /^(?:what(?:'s| is)? (?:happens )?next|final thoughts|conclusion|background|analysis|context|summary|overview|the bottom line|what it means|why it matters|more from|you may also like|related|read more|latest|popular|subscribe|advertisement|comments?)\b/i;

/**
 * Whether a heading can serve as a label: 2 to 7 words, not generic, not a quotation or a question, not addressed
 * to the reader.
 */
export function isLabelHeading(heading: string): boolean {
  const words = heading.trim().split(/\s+/).filter(Boolean);
  if (words.length < MIN_LABEL_WORDS || words.length > MAX_LABEL_WORDS) return false;
  if (GENERIC_HEADING.test(heading.trim())) return false;
  if (/[“”"?!:]|^['‘]/.test(heading)) return false;
  return !/\b(?:we|you|i|our|my|your)\b/i.test(heading);
}

/** A noun phrase of a sentence. */
export interface NounPhrase {
  /** Its tokens (leading determiners and possessive pronouns dropped). */
  tokens: TaggedToken[];
  /** Its head noun (the last noun before any "of"/"on"/"for" phrase). */
  head: TaggedToken;
  /** The phrase as written in the sentence. */
  text: string;
  /** Its lemmas joined, to compare phrases across sentences ("tariffs on Chinese goods" = "tariff on chinese good"). */
  key: string;
}

/** Prepositions that attach a second noun phrase to a label: "tariffs on Chinese goods", "guarantees for Ukraine". */
const LINKS: ReadonlySet<string> = new Set(['of', 'on', 'over', 'for', 'to']);

/** Words dropped from the front of a phrase: articles, demonstratives, possessive pronouns, quantifiers. */
const DROPPED_LEADING =
  /^(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|some|any|such|all|both|each|every|another|no|other|own|same|more|most|several|many|much|further|new)$/;

const inPhrase = (t: TaggedToken): boolean =>
  t.pos === 'NOUN' ||
  t.pos === 'PROPN' ||
  t.pos === 'ADJ' ||
  t.pos === 'NUM' ||
  t.lower === "'s" ||
  t.lower === '’s' ||
  (t.pos === 'SYM' && /^[£$€¥]$/.test(t.text)) ||
  t.text === '-';

/**
 * The noun phrases of a tagged sentence: maximal runs of adjectives, nouns, names and numbers ending in a noun,
 * each also with one attached "of/on/over/for" phrase.
 */
export function nounPhrases(sentence: string, tokens: readonly TaggedToken[]): NounPhrase[] {
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!inPhrase(tokens[i]!)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < tokens.length && inPhrase(tokens[j]!)) j += 1;
    let end = j;
    while (end > i && tokens[end - 1]!.pos !== 'NOUN' && tokens[end - 1]!.pos !== 'PROPN') end -= 1;
    if (end > i) runs.push([i, end]);
    i = j;
  }
  const out: NounPhrase[] = [];
  const make = (from: number, to: number, headAt: number): void => {
    let a = from;
    while (
      a < to &&
      (DROPPED_LEADING.test(tokens[a]!.lower) ||
        (tokens[a]!.pos === 'NUM' && a + 1 < to && tokens[a + 1]!.pos !== 'NOUN'))
    )
      a += 1;
    if (a >= to) return;
    const span = tokens.slice(a, to);
    const head = tokens[headAt]!;
    if (head.pos !== 'NOUN') return;
    out.push({
      tokens: span,
      head,
      text: sentence.slice(span[0]!.start, span[span.length - 1]!.end).replace(/^[£$€¥](?=\D)/, ''),
      key: span.map((t) => t.lemma).join(' '),
    });
  };
  runs.forEach(([from, to], r) => {
    make(from, to, to - 1);
    const next = runs[r + 1];
    const link = tokens[to];
    // "price of the drug", "price of its cystic fibrosis treatment": a determiner may stand after the link.
    const gap = next ? next[0] - (to + 1) : -1;
    const bridged =
      gap === 0 ||
      (gap === 1 && (tokens[to + 1]!.pos === 'DET' || /^(?:its|their|his|her|our)$/.test(tokens[to + 1]!.lower)));
    if (next && link && bridged && LINKS.has(link.lower)) make(from, next[1], to - 1);
    // A possessive name inside a phrase is part of it ("China's farm purchases"); a run from a determiner before it too.
    if (from > 0 && tokens[from - 1]!.pos === 'DET') return;
  });
  return out;
}

/** What a label is chosen with. */
export interface LabelContext {
  /** The lemma the point's sentences were grouped by. */
  anchor: string;
  /** Lemmas that name the article's parties: a party is not an issue. */
  partyLemmas: ReadonlySet<string>;
  /** Lemmas of the headline. */
  titleLemmas: ReadonlySet<string>;
  /** Noun phrases of every sentence of the article (to find a fuller phrase for a one-word issue). */
  articlePhrases: readonly NounPhrase[];
  /** Lemmas that never head an issue (time, quantity, procedure, contention words). */
  isNonIssue: (lemma: string) => boolean;
  /** How often the article uses a noun (by lemma): an issue recurs. */
  countOf: (lemma: string) => number;
}

/** Score of a phrase found in a stance clause: what a party wants or refuses names the issue best. */
const STANCE_WEIGHT = 2;
/** Score per occurrence of the phrase among the point's sentences. */
const SUPPORT_WEIGHT = 1;
/** Score per log-unit of its occurrences in the whole article. */
const FREQUENCY_WEIGHT = 1.5;
/** Score per log-unit of how often the article uses the phrase's head noun: the story's recurring issue wins. */
const HEAD_FREQUENCY_WEIGHT = 0.5;
/** Score of a phrase sharing a word with the headline. */
const TITLE_WEIGHT = 1;
/** Score of a phrase of two to four words: "Pay" says less than "Teacher pay"; seven words are a sentence. */
const SHAPE_WEIGHT = 1;

/** Whether a phrase can be a label: 2–7 words, a common-noun head that is an issue, not only names or a party. */
function isLabelPhrase(phrase: NounPhrase, context: LabelContext): boolean {
  const words = phrase.tokens.filter((t) => t.word && t.lower !== "'s" && t.lower !== '’s');
  if (words.length < MIN_LABEL_WORDS || words.length > MAX_LABEL_WORDS) return false;
  if (context.partyLemmas.has(phrase.head.lemma) || context.isNonIssue(phrase.head.lemma)) return false;
  // Every word capitalised: a name ("Mrs May", "Golden Hillock Trust"), not an issue.
  if (words.every((t) => /^[\p{Lu}\p{N}£$€]/u.test(t.text))) return false;
  return true;
}

/** The display form of a label: first letter capitalised, trailing possessive dropped. */
function display(text: string): string {
  const clean = text.replace(/[’']s$/, '').trim();
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}

/**
 * Chooses the label of a point.
 * @param phrases the noun phrases of the point's sentences, each marked when it stands in a stance clause
 * @returns the label and its score, or null when no phrase of 2–7 words names the issue
 */
export function chooseLabel(
  phrases: readonly { phrase: NounPhrase; inStance: boolean }[],
  context: LabelContext,
): { text: string; score: number } | null {
  const holdsAnchor = (p: NounPhrase): boolean => p.tokens.some((t) => t.pos === 'NOUN' && t.lemma === context.anchor);
  const articleCount = new Map<string, number>();
  for (const p of context.articlePhrases) articleCount.set(p.key, (articleCount.get(p.key) ?? 0) + 1);
  const scores = new Map<string, { score: number; text: string }>();
  const consider = (p: NounPhrase, inStance: boolean, own: boolean): void => {
    if (!holdsAnchor(p) || !isLabelPhrase(p, context)) return;
    const words = p.tokens.filter((t) => t.word).length;
    const prior = scores.get(p.key);
    const score =
      (prior?.score ?? 0) +
      (own ? SUPPORT_WEIGHT : 0) +
      (inStance ? STANCE_WEIGHT : 0) +
      (prior ? 0 : FREQUENCY_WEIGHT * Math.log1p(articleCount.get(p.key) ?? 0)) +
      (prior ? 0 : p.tokens.some((t) => context.titleLemmas.has(t.lemma)) ? TITLE_WEIGHT : 0) +
      (prior ? 0 : words <= 4 ? SHAPE_WEIGHT : 0) +
      (prior ? 0 : HEAD_FREQUENCY_WEIGHT * Math.log1p(context.countOf(p.head.lemma)));
    scores.set(p.key, { score, text: prior?.text ?? p.text });
  };
  for (const { phrase, inStance } of phrases) consider(phrase, inStance, true);
  // A point whose own sentences hold the issue word only bare ("tariffs"): a fuller phrase from the article.
  if (scores.size === 0) for (const p of context.articlePhrases) consider(p, false, false);
  const best = [...scores.values()].sort((a, b) => b.score - a.score || a.text.length - b.text.length)[0];
  return best ? { text: display(best.text), score: best.score } : null;
}
