/**
 * Part-of-speech tagging of English sentences, with the maintained `wink-nlp` library and its
 * `wink-eng-lite-web-model` (Universal POS tags, lemmas, negation scope). One pass tags every sentence of an article;
 * the summary and the sticking points both read that pass, so a sentence is tokenised once, under one definition of
 * a word. The model is loaded on first use (about 75 ms in Node, 1 MB gzip of JavaScript), so only the analysis pays
 * for it; other languages never load it.
 */
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence } from './sentences';
import { stemOf, stopWords, type Token } from './words';

/** A Universal Dependencies part-of-speech tag, as the model assigns it. */
export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/** One token of a tagged sentence: a word, a number or a punctuation mark. */
export interface TaggedToken extends Token {
  /** Its part of speech in context. */
  pos: Pos;
  /** Its dictionary form, lower-cased ("refused" → "refuse", "n't" → "not", "tariffs" → "tariff"). */
  lemma: string;
  /** Whether it lies in the scope of a negation ("did not *accept the offer*"). */
  negated: boolean;
  /** Whether it is a word or number (false for punctuation and symbols). */
  word: boolean;
  /** Offset just past its last character, in the sentence text. */
  end: number;
}

/** A sentence with its tokens. */
export interface TaggedSentence {
  sentence: Sentence;
  tokens: TaggedToken[];
}

let nlp: WinkMethods | null = null;

/** The tagger, loaded on first use. */
function tagger(): WinkMethods {
  nlp ??= winkNLP(model, ['pos', 'negation']);
  return nlp;
}

/**
 * Builds the tagger now rather than on the first sentence: a context that will tag soon (the popup's analysis
 * worker, as soon as it starts) calls this so the model is ready when the article arrives.
 */
export function prepareTagger(): void {
  tagger();
}

/** Whether the tagger covers this language: English only. */
export function isTaggedLanguage(lang: string | null | undefined): boolean {
  return (lang ?? 'en').toLowerCase().split(/[-_]/)[0] === 'en';
}

const NOT_WORD: ReadonlySet<string> = new Set(['PUNCT', 'SYM', 'SPACE']);

/**
 * Tags a span of text and returns its tokens with offsets in that span; a token whose text cannot be found again
 * (the model never rewrites text, so this is a safeguard) is placed at the cursor.
 */
function tagSpan(text: string): TaggedToken[] {
  const nlp = tagger();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  // The library's typings do not fit its own `its` helpers to `out`; each returns one value per token.
  const column = <T>(f: unknown): T[] => tokens.out(f as ItsFunction<T>) as T[];
  const values = column<string>(its.value);
  const pos = column<Pos>(its.pos);
  const lemmas = column<string>(its.lemma);
  const negated = column<boolean>(its.negationFlag);
  const stops = stopWords('en');
  const out: TaggedToken[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const found = text.indexOf(value, cursor);
    const start = found < 0 ? cursor : found;
    const end = found < 0 ? cursor : found + value.length;
    cursor = end;
    const lower = value.toLowerCase();
    // The model reads a capitalised "May", "Will" or "Park" beside a name as a verb ("Theresa May", "Park View
    // School"): a word capitalised mid-sentence right next to a proper noun is part of the name.
    const besideName = (i > 0 && pos[i - 1] === 'PROPN') || pos[i + 1] === 'PROPN';
    const midSentence = i > 0 && !/^[.!?"“]$/.test(values[i - 1] ?? '');
    const tag =
      (pos[i] === 'AUX' || pos[i] === 'VERB') && besideName && midSentence && /^\p{Lu}\p{Ll}/u.test(value)
        ? 'PROPN'
        : (pos[i] ?? 'X');
    out.push({
      text: value,
      lower,
      stem: stemOf(lower),
      stop: stops.has(lower) || /^['’]/.test(lower),
      start,
      end,
      pos: tag,
      lemma: (lemmas[i] ?? lower).toLowerCase(),
      negated: negated[i] === true,
      word: !NOT_WORD.has(tag),
    });
  });
  return out;
}

/**
 * Tags every sentence of an article. Each block is tagged as one span (the model reads a sentence in the context of
 * its paragraph, and one call per block is cheaper than one per sentence), then its tokens are dealt to the
 * sentences by offset.
 * @param text the article text the sentences' offsets refer to
 * @param sentences the article's sentences, in order
 * @returns one entry per sentence, in the same order; token offsets are relative to the sentence text
 */
export function tagSentences(text: string, sentences: readonly Sentence[]): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  for (let i = 0; i < sentences.length; ) {
    let j = i;
    while (j + 1 < sentences.length && sentences[j + 1]!.blockIndex === sentences[i]!.blockIndex) j += 1;
    const from = sentences[i]!.start;
    const tokens = tagSpan(text.slice(from, sentences[j]!.end));
    let t = 0;
    for (let k = i; k <= j; k += 1) {
      const s = sentences[k]!;
      const own: TaggedToken[] = [];
      while (t < tokens.length && tokens[t]!.start + from < s.end) {
        const token = tokens[t]!;
        const offset = from - s.start;
        if (token.start + from >= s.start) own.push({ ...token, start: token.start + offset, end: token.end + offset });
        t += 1;
      }
      out.push({ sentence: s, tokens: own });
    }
    i = j + 1;
  }
  return out;
}

/** Tags one short text (a headline, a heading) on its own. */
export function tagText(text: string): TaggedToken[] {
  return tagSpan(text);
}
