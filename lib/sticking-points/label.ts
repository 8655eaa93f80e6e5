/**
 * Labels for sticking points: a short noun phrase that names the issue ("Teacher pay", "Flu vaccines"). A section's
 * subheading is used when it reads as a label; otherwise the noun phrases of the point's sentences
 * (`noun-phrases.ts`) compete: a phrase in an issue slot ("demanded better pay", "the question of X remains
 * divisive"), holding the point's anchor word, repeated across its sentences and named by the headline wins.
 * A point none of whose phrases can name an issue gets no label (the finder then folds it into a neighbour).
 */
import { stemmer } from 'stemmer';
import { nounPhrases, slotPhrases, tagWords, type NounPhrase } from './noun-phrases';

/** A label is at most this many words (the contract says 8; headings longer than that are not used). */
export const MAX_LABEL_WORDS = 8;

/** Words a label built from the evidence keeps at most: "state's $2 billion cash reserves" is already long. */
const MAX_PHRASE_WORDS = 5;

/** Score of a phrase in an issue slot: the article says what is demanded, refused or disputed. */
const SLOT_WEIGHT = 3;
/** Score of a phrase holding the point's anchor, the issue word its sentences were grouped by. */
const ANCHOR_WEIGHT = 2;
/** Score per further sentence of the point that uses the phrase's head or a synonym: the phrase most shared names the point. */
const SUPPORT_WEIGHT = 1;
/** Extra score per further sentence that uses the head word itself: of "fund" and "budget", the word repeated wins. */
const SAME_WORD_WEIGHT = 0.5;
/** Score of a phrase holding a synonym of the anchor (a share of {@link ANCHOR_WEIGHT}). */
const ANCHOR_SYNONYM_WEIGHT = 1;
/**
 * A longer phrase on the same issue replaces the best one when it scores at most this much less: "pay" becomes
 * "pay rise", "fine" becomes "£85 parking fine".
 */
const EXPANSION_MARGIN = 3;
/** Score of a phrase with a word of the headline. */
const TITLE_WEIGHT = 1;
/** Score per log-unit of how often the article uses the head: the article's recurring issues. */
const FREQUENCY_WEIGHT = 0.5;
/** Score of a phrase of two to four words: "Pay" says less than "Teacher pay"; seven words are a sentence. */
const SHAPE_WEIGHT = 0.5;

/** Leading words dropped from a label: articles, demonstratives, possessives. */
const DROPPED_LEADING = /^(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|some|any|such|all|both|each|every|another|no|other|own|same|more|most|several|many|much)$/;

/**
 * Issue nouns that news prose uses interchangeably for one thing ("pay" and "salaries", "fine" and "penalty"):
 * two points whose labels have heads in one group are one issue. General vocabulary only.
 */
const ISSUE_SYNONYMS: readonly (readonly string[])[] = [
  ['pay', 'salary', 'salaries', 'wage', 'wages', 'raise', 'raises', 'earnings', 'payrise', 'remuneration'],
  ['charge', 'charges', 'fine', 'fines', 'penalty', 'penalties', 'fee', 'fees', 'levy', 'levies', 'toll', 'tolls'],
  ['funding', 'funds', 'fund', 'budget', 'budgets', 'money', 'cash', 'spending', 'financing', 'subsidy', 'subsidies'],
  ['tariff', 'tariffs', 'duty', 'duties'],
  ['territory', 'territories', 'land', 'lands'],
  ['guarantee', 'guarantees', 'assurance', 'assurances'],
  ['job', 'jobs', 'layoffs', 'redundancies', 'cuts'],
  ['plan', 'plans', 'proposal', 'proposals', 'scheme', 'schemes', 'project', 'projects', 'development'],
];
const SYNONYM_CLASS: ReadonlyMap<string, string> = new Map(
  ISSUE_SYNONYMS.flatMap((group) => group.map((w) => [stemmer(w), stemmer(group[0]!)] as const)),
);

/** The issue class of a stem: its synonym group's first word, or the stem itself. */
export function issueClass(stem: string): string {
  return SYNONYM_CLASS.get(stem) ?? stem;
}

/** Headings that organise an article but name no issue. */
const GENERIC_HEADING =
  /^(?:what(?:'s| is)? (?:happens )?next|final thoughts|conclusion|background|analysis|context|summary|overview|the bottom line|what it means|why it matters|more from|you may also like|related|read more|latest|popular|subscribe|advertisement|comments?)\b/i;

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

/** What a label is built from, beside the point's sentences. */
export interface LabelContext {
  /** The stem the point's sentences were grouped by, if any. */
  anchor: string | null;
  /** Stems of the headline. */
  titleStems: ReadonlySet<string>;
  /** Whether a stem can name an issue (not a party, a time, a contention word or a name). */
  isIssueStem: (stem: string) => boolean;
  /** How often the article uses a stem. */
  countOf: (stem: string) => number;
  /** Whether the article writes a word in lower case somewhere (a capitalised one is then not a name). */
  isCommonWord: (word: string) => boolean;
}

/** A label and the issue its head names. */
export interface Label {
  /** The label text, first letter capitalised. */
  text: string;
  /** The issue class of its head (see {@link issueClass}), for merging points about one issue. */
  issue: string;
  /** The issue classes of its words other than names, for merging points whose labels overlap. */
  classes: string[];
}

/** A phrase trimmed to a label: leading determiners off, at most {@link MAX_PHRASE_WORDS} words. */
function trimPhrase(sentence: string, phrase: NounPhrase): { text: string; words: NounPhrase['words'] } | null {
  let words = phrase.words;
  while (words.length > 0 && DROPPED_LEADING.test(words[0]!.token.lower)) words = words.slice(1);
  if (words.length > MAX_PHRASE_WORDS) {
    const headAt = words.indexOf(phrase.head);
    // Too long with its "of" phrase: keep the part up to the head; still too long: the words nearest the head.
    words = words.slice(Math.max(0, headAt + 1 - MAX_PHRASE_WORDS), headAt + 1);
  }
  // "pay rise of eight percent": an "of" phrase of numbers and adjectives is a detail, not the issue.
  const of = words.findIndex((w) => w.token.lower === 'of');
  if (of > 0 && words.slice(of + 1).every((w) => w.cls === 'num' || w.cls === 'adj' || w.cls === 'det')) words = words.slice(0, of);
  if (words.length === 0) return null;
  const first = words[0]!.token;
  const last = words[words.length - 1]!.token;
  const sign = /[£$€¥]\s?$/u.exec(sentence.slice(Math.max(0, first.start - 2), first.start));
  const begin = sign ? first.start - sign[0].length : first.start;
  return { text: sentence.slice(begin, last.start + last.text.length).replace(/[’']s$/, ''), words };
}

/**
 * Chooses the label of a point from its sentences.
 * @param sentences the point's sentences (evidence first)
 * @returns the best-scoring noun phrase, capitalised, with its issue class; null when no phrase names an issue
 */
export function labelFromSentences(sentences: readonly string[], context: LabelContext): Label | null {
  const tagged = sentences.map((s) => tagWords(s, context.isCommonWord));
  const classesOf = tagged.map((words) => new Set(words.map((w) => issueClass(w.token.stem))));
  const stemsOf = tagged.map((words) => new Set(words.map((w) => w.token.stem)));
  const anchor = context.anchor;
  const candidates: Candidate[] = [];
  sentences.forEach((sentence, i) => {
    const words = tagged[i]!;
    const slots = slotPhrases(sentence, words).map((s) => s.phrase);
    const free = nounPhrases(sentence, words).filter((p) => !slots.some((q) => q.first === p.first && q.last === p.last));
    for (const phrase of [...slots, ...free]) {
      const head = phrase.head;
      const inSlot = slots.includes(phrase);
      if (head.cls === 'num' || (head.cls === 'name' && !inSlot)) continue;
      if (!context.isIssueStem(head.token.stem) || head.token.lower.length < 3) continue;
      const trimmed = trimPhrase(sentence, phrase);
      if (!trimmed) continue;
      const issue = issueClass(head.token.stem);
      const stems = trimmed.words.map((w) => w.token.stem);
      const classes = stems.map(issueClass);
      const hasAnchor = anchor !== null && stems.includes(anchor);
      const hasAnchorSynonym = anchor !== null && classes.includes(issueClass(anchor));
      const score =
        (inSlot ? SLOT_WEIGHT : 0) +
        (hasAnchor ? ANCHOR_WEIGHT : hasAnchorSynonym ? ANCHOR_SYNONYM_WEIGHT : 0) +
        SUPPORT_WEIGHT * (classesOf.filter((c) => c.has(issue)).length - 1) +
        SAME_WORD_WEIGHT * (stemsOf.filter((c) => c.has(head.token.stem)).length - 1) +
        (stems.some((s) => context.titleStems.has(s)) ? TITLE_WEIGHT : 0) +
        FREQUENCY_WEIGHT * Math.log1p(context.countOf(head.token.stem)) +
        (trimmed.words.length >= 2 && trimmed.words.length <= 4 ? SHAPE_WEIGHT : 0);
      const nameless = trimmed.words.filter((w) => w.cls !== 'name').map((w) => issueClass(w.token.stem));
      candidates.push({ text: trimmed.text, issue, classes: nameless, size: trimmed.words.length, score });
    }
  });
  if (candidates.length === 0) return null;
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  // The fullest phrase on the same issue, if it is nearly as good ("pay" → "pay rise").
  const fuller = candidates
    .filter((c) => c.size >= 2 && c.size <= 4 && c.classes.includes(best.issue) && c.score >= best.score - EXPANSION_MARGIN)
    .sort((a, b) => b.size - a.size || b.score - a.score)[0];
  const chosen = best.size >= 2 ? best : (fuller ?? best);
  return {
    text: chosen.text.charAt(0).toUpperCase() + chosen.text.slice(1),
    issue: best.issue,
    classes: [...new Set([...chosen.classes, best.issue])],
  };
}

/** A candidate label. */
interface Candidate {
  text: string;
  issue: string;
  classes: string[];
  size: number;
  score: number;
}
