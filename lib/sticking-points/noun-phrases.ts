/**
 * A light noun-phrase chunker for English news sentences, so that a sticking point can be labelled by what it is
 * about ("teacher pay", "£85 parking charge") rather than by whatever word stood next to its anchor ("Touch", "Not
 * accept"). No model and no dictionary: closed-class word lists (determiners, pronouns, prepositions, auxiliaries,
 * common verbs), suffix rules ("-ly" adverbs, "-ed" and "-ing" forms read by their neighbours), capitalisation, and
 * one context rule (a content word followed by a determiner is a verb: "puts the US", "to cut its output"). That is
 * enough to cut noun phrases out of the sentences the finder has already chosen; it is not a general tagger. The
 * small POS taggers on npm either ship a lexicon of several hundred kilobytes or a whole NLP toolkit, which the
 * extension would load into every page for a two-word label; this file keeps the analysis small and deterministic.
 *
 * It also finds "issue slots": the places where news prose names what a dispute is about (the object of
 * "demand", "call for", "reject", "dispute over"; the subject of "remains divisive"; "the question of X").
 */
import { tokenize, type Token } from '../text/words';

/** Coarse word classes: enough to tell where a noun phrase starts and stops. */
export type WordClass = 'det' | 'pron' | 'prep' | 'conj' | 'verb' | 'adv' | 'neg' | 'num' | 'name' | 'adj' | 'noun';

/** A word of a sentence with its class. */
export interface TaggedWord {
  /** The token, as `tokenize` reads it. */
  token: Token;
  /** Its coarse class in this sentence. */
  cls: WordClass;
}

/** A noun phrase cut out of a sentence. */
export interface NounPhrase {
  /** The phrase as written, leading determiners dropped ("state's $2 billion cash reserves"). */
  text: string;
  /** The words of the phrase (determiners dropped). */
  words: TaggedWord[];
  /** The head: the last word before an "of" phrase ("legality" in "legality of settlements"). */
  head: TaggedWord;
  /** Index of its first word among the sentence's words. */
  first: number;
  /** Index of its last word among the sentence's words. */
  last: number;
}

const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose',
  'any', 'some', 'every', 'each', 'either', 'neither', 'another', 'such', 'all', 'both', 'few', 'several', 'many',
  'much', 'more', 'most', 'less', 'fewer', 'other', 'further', 'same', 'own', 'no', 'next', 'last', 'first',
]);
const PRONOUNS = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'who', 'whom', 'which', 'what',
  'himself', 'herself', 'itself', 'themselves', 'ourselves', 'someone', 'anyone', 'everyone', 'nobody', 'somebody',
  'something', 'anything', 'nothing', 'everything', 'one', 'ones', 'there', 'here', 'this', 'that',
]);
const PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'about', 'over', 'under', 'against', 'between', 'into',
  'through', 'during', 'without', 'within', 'across', 'among', 'amid', 'despite', 'after', 'before', 'since',
  'until', 'toward', 'towards', 'upon', 'per', 'via', 'like', 'as', 'than', 'off', 'out', 'up', 'down', 'around',
  'behind', 'beyond', 'near', 'onto', 'including', 'following', 'regarding', 'amongst', 'ahead',
]);
const CONJUNCTIONS = new Set([
  'and', 'or', 'but', 'nor', 'so', 'if', 'because', 'while', 'although', 'though', 'whether', 'when', 'where',
  'unless', 'whereas', 'once', 'then', 'than', 'how', 'why',
]);
const NEGATIONS = new Set(['not', 'never', "n't", 'nt', 'cannot']);
const ADVERBS = new Set([
  'also', 'still', 'now', 'just', 'even', 'already', 'yet', 'very', 'too', 'only', 'again', 'however', 'instead',
  'meanwhile', 'soon', 'later', 'ago', 'away', 'back', 'ever', 'almost', 'perhaps', 'rather', 'quite', 'often',
  'twice', 'together', 'else', 'otherwise', 'thus', 'therefore', 'indeed', 'well', 'far', 'yesterday', 'today',
  'tomorrow', 'tonight', 'separately', 'reportedly', 'not', 'anyway',
]);
/** Auxiliaries, modals and common verbs whose form does not show they are verbs (irregular pasts among them). */
const VERBS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall', 'said', 'says', 'say', 'told', 'tell',
  'tells', 'went', 'go', 'goes', 'gone', 'came', 'come', 'comes', 'made', 'make', 'makes', 'took', 'take', 'takes',
  'taken', 'gave', 'give', 'gives', 'given', 'got', 'get', 'gets', 'met', 'meet', 'meets', 'left', 'leave',
  'leaves', 'held', 'hold', 'holds', 'kept', 'keep', 'keeps', 'brought', 'bring', 'brings', 'thought', 'think',
  'thinks', 'found', 'find', 'finds', 'saw', 'see', 'sees', 'seen', 'knew', 'know', 'knows', 'known', 'began',
  'begin', 'begins', 'won', 'win', 'wins', 'lost', 'lose', 'loses', 'paid', 'sent', 'send', 'sends', 'put', 'puts',
  'ran', 'stood', 'stand', 'stands', 'spoke', 'speak', 'speaks', 'wrote', 'write', 'writes', 'broke', 'broken',
  'chose', 'drove', 'led', 'meant', 'mean', 'means', 'sold', 'sell', 'sells', 'spent', 'built', 'struck',
  'sought', 'seek', 'seeks', 'fought', 'taught', 'caught', 'bought', 'became', 'become', 'becomes', 'grew', 'grow',
  'grows', 'drew', 'threw', 'throw', 'throws', 'flew', 'rose', 'fell', 'want',
  'wants', 'need', 'needs', 'seem', 'seems', 'expect', 'expects', 'let', 'lets', 'allow', 'allows', 'appear',
  'appears', 'believe', 'believes', 'feel', 'feels', 'felt', 'remain', 'remains', 'accept', 'accepts', 'agree',
  'agrees', 'refuse', 'refuses', 'reject', 'rejects', 'oppose', 'opposes', 'insist', 'insists', 'urge', 'urges',
  'argue', 'argues', 'claim', 'claims', 'consider', 'considers', 'warn', 'warns', 'added', 'adds', 'add', 'asked',
  'ask', 'asks', 'wanted', 'tried', 'try', 'tries', 'provide', 'provides', 'include', 'includes', 'continue',
  'continues', 'help', 'helps', 'cannot', 'ca', 'wo', 'dismissed', 'ruled', 'launched', 'reacted',
  'contribute', 'contributes', 'shut', 'shuts', 'stay', 'stays', 'sit', 'sits',
]);
/** Determiners and pronouns that start an object: the word before them is a verb ("cut its output"). */
const OBJECT_STARTERS = new Set([
  'a', 'an', 'the', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'every', 'each',
  'another', 'some', 'any',
]);

/** Verbs in "-s" that read as plural nouns ("security concerns"); verbs when a phrase follows them. */
const S_VERBS = new Set([
  'concerns', 'involves', 'centres', 'centers', 'covers', 'affects', 'threatens', 'requires', 'hits', 'faces',
  'targets', 'risks', 'plans', 'fears', 'blocks', 'backs', 'opposes', 'demands', 'calls', 'offers', 'proposes',
]);

/** Copulas: a lone content word after one is a predicate adjective. */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remains', 'remain', 'remained', 'seems', 'seemed', 'become', 'became', 'looks', 'felt', 'feel']);

/** Auxiliaries after which a content word is a verb. */
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall', 'do', 'does', 'did', 'wo', 'ca']);

/** "-ing" words that are usually nouns in news prose ("school funding", "a parking charge"). */
const ING_NOUNS = new Set([
  'funding', 'spending', 'housing', 'parking', 'building', 'training', 'meeting', 'hearing', 'ruling', 'financing',
  'pricing', 'staffing', 'screening', 'testing', 'bombing', 'shooting', 'warning', 'timing', 'planning', 'landing',
  'earnings', 'savings', 'findings', 'proceedings', 'dealings', 'shipping', 'lending', 'borrowing', 'policing',
  'farming', 'fishing', 'mining', 'drilling', 'logging', 'zoning', 'licensing', 'sentencing', 'recycling',
  'bargaining', 'wording', 'ceiling', 'offering', 'opening', 'closing', 'boarding', 'schooling', 'clothing',
  'healthcare', 'ending', 'standing', 'setting', 'thing', 'things', 'evening', 'morning', 'king', 'ring', 'spring',
]);
/** "-ly" words that are nouns or adjectives, not adverbs. */
const LY_NOT_ADVERB = new Set([
  'supply', 'family', 'italy', 'july', 'ally', 'rally', 'reply', 'assembly', 'monopoly', 'anomaly', 'holy',
  'early', 'only', 'daily', 'weekly', 'monthly', 'yearly', 'likely', 'unlikely', 'elderly', 'costly', 'deadly',
  'lonely', 'friendly', 'kelly', 'emily', 'sally', 'belly', 'jelly', 'fly', 'butterfly', 'lily', 'polly', 'billy',
]);
/**
 * Common adjectives of news prose, which may modify a noun ("public holiday") but never head a label ("Unfair").
 * Adjectives with a telling suffix (-ous, -ful, -able, -ible, -less) are found by {@link ADJECTIVE_SUFFIX}.
 */
const ADJECTIVES = new Set([
  'unfair', 'fair', 'illegal', 'legal', 'unlawful', 'lawful', 'wrong', 'right', 'clear', 'unclear', 'possible',
  'impossible', 'necessary', 'unnecessary', 'likely', 'unlikely', 'ready', 'sick', 'ill', 'angry', 'happy', 'free',
  'high', 'low', 'open', 'good', 'bad', 'better', 'best', 'worse', 'worst', 'big', 'small', 'large', 'great', 'new',
  'old', 'long', 'short', 'late', 'early', 'real', 'true', 'false', 'full', 'due', 'able', 'unable', 'aware',
  'sure', 'certain', 'uncertain', 'disproportionate', 'excessive', 'extravagant', 'unconscionable', 'fierce',
  'strong', 'weak', 'hard', 'difficult', 'easy', 'major', 'minor', 'final', 'different', 'similar', 'recent',
  'current', 'former', 'public', 'private', 'local', 'national', 'federal', 'international', 'political',
  'economic', 'willing', 'unwilling', 'biased', 'fellow', 'divisive', 'feasible', 'enough', 'entitled', 'furious',
  'proper', 'improper', 'urgent', 'crucial', 'vital', 'essential', 'appropriate', 'inappropriate', 'wide',
  'whole', 'entire', 'top', 'main', 'key', 'central', 'long-term', 'short-term', 'outraged', 'concerned',
  'shorter', 'longer', 'higher', 'lower', 'bigger', 'greater', 'larger', 'smaller', 'stronger', 'weaker', 'cheaper',
  'faster', 'safer', 'wider', 'deeper', 'tougher', 'stricter', 'clearer', 'fairer', 'newer', 'older',
  'rich', 'poor', 'wealthy', 'richer', 'poorer', 'wealthier', 'developing', 'developed',
]);
/** Nouns that end like adjectives ("timetable", "vegetable"). */
const NOT_ADJECTIVES = new Set([
  'timetable', 'vegetable', 'vegetables', 'constable', 'turntable', 'roundtable', 'parable', 'syllable', 'receivable',
  'deliverable', 'deliverables', 'timetables', 'variable', 'variables', 'countless',
]);
/** Suffixes that mark a word as an adjective. */
const ADJECTIVE_SUFFIX = /[a-z]{3}(?:ous|ful|able|ible|less)$/;

/** Amount words that join a number inside a phrase ("$2 billion"). */
const AMOUNT_WORDS = new Set([
  'million', 'billion', 'trillion', 'thousand', 'hundred', 'percent', 'cent', 'dozen', 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'half',
]);

/** Whether the text between two tokens keeps them in one phrase: white space, a hyphen, or a currency sign. */
function joined(sentence: string, a: Token, b: Token): boolean {
  const gap = sentence.slice(a.start + a.text.length, b.start);
  return /^(?:\s+[£$€¥]?|-|\s?[£$€¥])$/u.test(gap);
}

/**
 * Tags the words of a sentence with coarse classes.
 * @returns one tagged word per token, in order
 */
export function tagWords(sentence: string, isCommonWord: (word: string) => boolean = () => true): TaggedWord[] {
  const tokens = tokenize(sentence, 'en');
  const tagged: TaggedWord[] = tokens.map((token, i) => {
    const cls = baseClass(token, i === 0);
    // A sentence-initial capitalised word the article never writes in lower case is a name ("Customs and …").
    return { token, cls: cls === 'noun' && i === 0 && /^\p{Lu}/u.test(token.text) && !isCommonWord(token.text) ? 'name' : cls };
  });
  // Context rules, left to right.
  for (let i = 0; i < tagged.length; i += 1) {
    const word = tagged[i]!;
    const prev = tagged[i - 1];
    const next = tagged[i + 1];
    const lower = word.token.lower;
    // "the need for", "their wants": a common verb after an article or a possessive is a noun.
    if (word.cls === 'verb' && prev && OBJECT_STARTERS.has(prev.token.lower) && !COPULAS.has(lower) && !MODALS.has(lower)) {
      word.cls = 'noun';
      continue;
    }
    if (word.cls !== 'noun') continue;
    // "out of touch", "out of hand": the idiom's noun names nothing.
    if (prev?.token.lower === 'of' && tagged[i - 2]?.token.lower === 'out' && !(next && isNominal(next))) {
      word.cls = 'adj';
      continue;
    }
    // After a copula, a lone content word is a predicate adjective ("it was unfair, …").
    if (prev && COPULAS.has(prev.token.lower) && !(next && isNominal(next) && joined(sentence, word.token, next.token))) {
      word.cls = 'adj';
      continue;
    }
    // A content word right before a determiner or an object pronoun is a verb: "puts the US", "cut its output".
    if (next && (OBJECT_STARTERS.has(next.token.lower) || /^(?:him|them|us|me)$/.test(next.token.text))) {
      if (!(prev && prev.cls === 'det' && !/ed$/.test(lower))) word.cls = 'verb';
      continue;
    }
    // After a subject pronoun, a modal or a negation, a content word is a verb ("they expect", "would raise").
    if (prev && (/^(?:he|she|it|they|we|i|you|who)$/.test(prev.token.lower) || prev.cls === 'neg' || (prev.cls === 'verb' && MODALS.has(prev.token.lower)))) {
      word.cls = 'verb';
      continue;
    }
    // "the dispute concerns funding": a verb whose "-s" form looks like a plural noun, between two phrases.
    if (S_VERBS.has(lower) && prev && isNominal(prev) && next && (isNominal(next) || OBJECT_STARTERS.has(next.token.lower))) {
      word.cls = 'verb';
      continue;
    }
    // "-ed": a modifier before a noun at the start of a phrase ("detained migrants", "the proposed plan"), else a verb.
    if (/[a-z]ed$/.test(lower) && lower.length > 4) {
      const startsPhrase = !prev || prev.cls === 'det' || prev.cls === 'prep' || prev.cls === 'conj';
      if (!(startsPhrase && next && (next.cls === 'noun' || next.cls === 'name') && joined(sentence, word.token, next.token))) {
        word.cls = 'verb';
      }
      continue;
    }
    // "-ing": a noun after a determiner or an adjective-like word ("the parking", "school funding"), else a verb.
    if (/[a-z]ing$/.test(lower) && lower.length > 4 && !ING_NOUNS.has(lower)) {
      // Before a noun, after a number, an adjective or a preposition, it is a modifier: "£40 towing fee", "shorter
      // working week", "the row over grazing rights".
      const modifier =
        next && next.cls === 'noun' && joined(sentence, word.token, next.token) && prev &&
        (prev.cls === 'num' || prev.cls === 'adj' || prev.cls === 'prep');
      if (!(prev && OBJECT_STARTERS.has(prev.token.lower)) && !modifier) word.cls = 'verb';
    }
  }
  return tagged;
}

/** The class of a word from its form alone. */
function baseClass(token: Token, sentenceStart: boolean): WordClass {
  const lower = token.lower;
  const raw = token.text.toLowerCase();
  if (/^\p{N}/u.test(lower) || AMOUNT_WORDS.has(lower)) return 'num';
  if (NEGATIONS.has(lower) || /n['’]t$/.test(raw)) return 'neg';
  if (PRONOUNS.has(lower) && !DETERMINERS.has(lower)) return 'pron';
  if (DETERMINERS.has(lower)) return 'det';
  if (PREPOSITIONS.has(lower)) return 'prep';
  if (CONJUNCTIONS.has(lower)) return 'conj';
  if (VERBS.has(lower)) return 'verb';
  if (ADVERBS.has(lower)) return 'adv';
  if (ADJECTIVES.has(lower) || (ADJECTIVE_SUFFIX.test(lower) && !NOT_ADJECTIVES.has(lower))) return 'adj';
  if (/[a-z]ly$/.test(lower) && lower.length > 4 && !LY_NOT_ADVERB.has(lower)) return 'adv';
  if (/^\p{Lu}/u.test(token.text) && !sentenceStart) return 'name';
  return 'noun';
}

/** Whether a word may stand inside a noun phrase. */
function isNominal(word: TaggedWord): boolean {
  return word.cls === 'noun' || word.cls === 'name' || word.cls === 'num' || word.cls === 'adj';
}

/** The phrase spanning words `first`…`last` of a tagged sentence. */
function makePhrase(sentence: string, tagged: readonly TaggedWord[], first: number, last: number): NounPhrase {
  const firstToken = tagged[first]!.token;
  const lastToken = tagged[last]!.token;
  // Keep a currency sign just before the first word ("£85 charge").
  const sign = /[£$€¥]\s?$/u.exec(sentence.slice(Math.max(0, firstToken.start - 2), firstToken.start));
  const begin = sign ? firstToken.start - sign[0].length : firstToken.start;
  return {
    text: sentence.slice(begin, lastToken.start + lastToken.text.length),
    words: tagged.slice(first, last + 1),
    head: tagged[headAt(tagged, first, last)]!,
    first,
    last,
  };
}

/** The head of a phrase: the last word before its "of" phrase, or its last word. */
function headAt(tagged: readonly TaggedWord[], first: number, last: number): number {
  for (let k = first + 1; k <= last; k += 1) if (tagged[k]!.token.lower === 'of') return k - 1;
  return last;
}

/**
 * Cuts the noun phrases out of a tagged sentence: optional determiners, then nominal words (nouns, names,
 * numbers, "-ed"/"-ing" modifiers read as nouns), joined by white space, hyphens or a possessive, optionally
 * followed by one "of" phrase ("legality of settlements"). Leading determiners are dropped from the text.
 * @returns the phrases, in order; a phrase never holds a verb, adverb, pronoun or negation
 */
export function nounPhrases(sentence: string, tagged: readonly TaggedWord[] = tagWords(sentence)): NounPhrase[] {
  const out: NounPhrase[] = [];
  let i = 0;
  while (i < tagged.length) {
    if (!isNominal(tagged[i]!)) {
      i += 1;
      continue;
    }
    const first = i;
    let last = i;
    while (last + 1 < tagged.length && isNominal(tagged[last + 1]!) && joined(sentence, tagged[last]!.token, tagged[last + 1]!.token)) {
      last += 1;
    }
    // "legality of Israeli settlements", "the question of occupied territories": one "of" phrase joins.
    const of = tagged[last + 1];
    if (of && of.token.lower === 'of' && joined(sentence, tagged[last]!.token, of.token)) {
      let j = last + 2;
      while (j < tagged.length && tagged[j]!.cls === 'det' && joined(sentence, tagged[j - 1]!.token, tagged[j]!.token)) j += 1;
      let end = j - 1;
      while (end + 1 < tagged.length && isNominal(tagged[end + 1]!) && joined(sentence, tagged[end]!.token, tagged[end + 1]!.token)) {
        end += 1;
      }
      if (end >= j) last = end;
    }
    // A phrase ends in a noun, a name or a number: trailing adjectives are predicates ("unfair, disproportionate").
    let core = last;
    while (core >= first && tagged[core]!.cls === 'adj') core -= 1;
    if (core < first) {
      i = last + 1;
      continue;
    }
    if (tagged[last]!.cls === 'adj') last = core;
    out.push(makePhrase(sentence, tagged, first, last));
    i = last + 1;
  }
  return out;
}

/**
 * Phrases after which news prose names what a dispute is about: the object of a demand, a refusal or a dispute.
 * Each pattern ends where the issue phrase begins (a following "to" + verb is skipped by the chunker's tags).
 */
const OBJECT_SLOT = new RegExp(
  [
    String.raw`\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|push(?:es|ed|ing)? for|press(?:es|ed|ing)? for|lobb(?:y|ies|ied|ying) for|fight(?:s|ing)? (?:for|over|against)|fought (?:for|over|against)|campaign(?:s|ed|ing)? (?:for|against))\b`,
    String.raw`\b(?:wants?|wanted|seeks?|seeking|sought|reject(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|refus(?:e|es|ed|ing) to \w+|insist(?:s|ed|ing)? on|object(?:s|ed|ing)? to|(?:opposition|objections?|challenge|resistance) to)\b`,
    String.raw`\b(?:not|n't|never|unlikely to|unwilling to|declined? to) (?:\w+ )?(?:accept|approve|sign|grant|give|fund|pay|agree to \w+|agree on|back|support|allow)\b`,
    String.raw`\b(?:dispute|disputes|row|rows|clash(?:es|ed)?|fight|battle|standoff|stand-off|disagreements?|divided|split|talks|negotiations|deadlock|impasse) (?:over|about|on|concerns?|centres on|centers on|is about)\b`,
    String.raw`\b(?:question|issue|matter|problem) of\b`,
    String.raw`\b(?:issue|problem|sticking point|main demand|central demand|key demand|demand) (?:is|was|remains)\b`,
    String.raw`\bdemands? (?:from|of|by) [\w\s'’.-]{1,40}? (?:is|are|was|were|include|includes)\b`,
    String.raw`\b(?:offer(?:s|ed)? to \w+|plans? (?:to|for)|bid to \w+|overturn|appeal against|challenge to|criticism of|no need for|concerns? (?:over|about))\b`,
  ].join('|'),
  'g',
);

/** Predicates that say their subject is the open issue: "the question of X remains deeply divisive". */
const SUBJECT_SLOT =
  /\b(?:remains?|is|are|was|were)(?: still| deeply| largely| highly| now)? (?:divisive|unresolved|contested|disputed|in dispute|undecided|(?:a|the)(?: main| key| biggest| central| major)? (?:sticking point|obstacle|stumbling block|bone of contention))\b/g;

/** A noun phrase found in an issue slot, with the kind of slot. */
export interface SlotPhrase {
  /** The phrase. */
  phrase: NounPhrase;
  /** Whether it was the subject of "remains divisive" rather than an object. */
  subject: boolean;
}

/** Words a slot may skip before its phrase: "to" + verb, adverbs, "that", "the need for". */
const SKIPPABLE: ReadonlySet<WordClass> = new Set(['verb', 'adv', 'det']);

/**
 * The noun phrases of a sentence that stand in issue slots.
 * @returns the phrases found, in order; empty when the sentence names no issue that way
 */
export function slotPhrases(sentence: string, tagged: readonly TaggedWord[] = tagWords(sentence)): SlotPhrase[] {
  const phrases = nounPhrases(sentence, tagged);
  const lower = sentence.toLowerCase().replace(/[’‘]/g, "'");
  const out: SlotPhrase[] = [];
  const wordAt = (offset: number): number => {
    const k = tagged.findIndex((w) => w.token.start >= offset);
    return k < 0 ? tagged.length : k;
  };
  OBJECT_SLOT.lastIndex = 0;
  for (let m = OBJECT_SLOT.exec(lower); m; m = OBJECT_SLOT.exec(lower)) {
    let k = wordAt(m.index + m[0].length);
    // Skip "to" + verb, adverbs and "that" ("wants to cut its output", "insists that …" stops at the subject).
    for (let skipped = 0; k < tagged.length && skipped < 3; skipped += 1) {
      const w = tagged[k]!;
      if (w.token.lower === 'to' || w.token.lower === 'that' || SKIPPABLE.has(w.cls)) k += 1;
      else break;
    }
    const around = phrases.find((p) => p.first <= k && p.last >= k);
    if (!around) continue;
    // "the question of occupied territories": the issue is what follows the slot's words.
    let from = k;
    while (from <= around.last && tagged[from]!.cls === 'det') from += 1;
    if (from > around.last) continue;
    let phrase = from === around.first ? around : makePhrase(sentence, tagged, from, around.last);
    // "rejected the administration as a mediator": the role is the issue, the party its holder.
    const as = tagged[phrase.last + 1];
    const role = as?.token.lower === 'as' ? phrases.find((p) => p.first > phrase.last + 1 && p.first <= phrase.last + 3) : undefined;
    if (role && tagged.slice(phrase.last + 2, role.first).every((w) => w.cls === 'det')) {
      phrase = { ...makePhrase(sentence, tagged, phrase.first, role.last), head: role.head };
    }
    if (!out.some((o) => o.phrase.first === phrase.first)) out.push({ phrase, subject: false });
  }
  SUBJECT_SLOT.lastIndex = 0;
  for (let m = SUBJECT_SLOT.exec(lower); m; m = SUBJECT_SLOT.exec(lower)) {
    const k = wordAt(m.index) - 1;
    const phrase = phrases.find((p) => p.last === k);
    if (phrase && !out.some((o) => o.phrase.first === phrase.first)) out.push({ phrase, subject: true });
  }
  return out;
}
