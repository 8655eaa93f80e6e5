/**
 * Rules a shown position (who stands where) must keep, checked on its words alone: no tagger, fixed word lists. The
 * finder may use them to drop a bad position; `scripts/check-positions.ts` counts the shown positions that break
 * them (target: none).
 *
 * - The stance must not end on an article, a preposition, a conjunction or a possessive ("…the power of",
 *   "…agreed with the", "…Russia's"): such a stance was cut mid-phrase.
 * - The stance has at least 3 words.
 * - The actor is a party, not a pronoun ("he", "they"), a date ("Tuesday", "Nov."), or the reporting frame
 *   ("people familiar with the talks", "officials said", "according to").
 *
 * The lists leave out words that also end a whole phrase as a particle or an object: "in", "up", "out", "off",
 * "over", "down", "about", "through" ("refused to give in"), and "her" ("refused to meet her"). "May" alone is a
 * name as often as a month (Theresa May), so it counts as a date only beside a number or another date word.
 */
import { MONTH_ABBREVIATIONS } from '../text/sentences';

/** The names of the rules, as `positionRuleBreaks` returns them. */
export const POSITION_RULES = [
  /** The stance's last word is an article, a preposition, a conjunction or a possessive. */
  'stance-ends-on-function-word',
  /** The stance has fewer than 3 words. */
  'stance-too-short',
  /** The actor is a pronoun. */
  'actor-pronoun',
  /** The actor is a month, a weekday or a date. */
  'actor-date',
  /** The actor is the reporting frame (a reporter, sources, "according to"), not a party. */
  'actor-reporting-phrase',
] as const;

/** One rule's name. */
export type PositionRule = (typeof POSITION_RULES)[number];

/** The fewest words a stance may have. */
export const MIN_STANCE_WORDS = 3;

const ARTICLES = ['a', 'an', 'the'];
const PREPOSITIONS = [
  'of',
  'on',
  'at',
  'by',
  'for',
  'to',
  'from',
  'with',
  'into',
  'onto',
  'upon',
  'against',
  'between',
  'among',
  'amongst',
  'amid',
  'amidst',
  'toward',
  'towards',
  'via',
  'despite',
  'during',
  'within',
  'without',
  'than',
  'per',
  'across',
  'under',
  'regarding',
  'concerning',
  'including',
];
const CONJUNCTIONS = [
  'and',
  'but',
  'or',
  'nor',
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'if',
  'unless',
  'whether',
  'that',
  'as',
  'until',
  'till',
];
const POSSESSIVES = ['my', 'your', 'his', 'its', 'our', 'their', 'whose'];
const STANCE_FINAL = new Set([...ARTICLES, ...PREPOSITIONS, ...CONJUNCTIONS, ...POSSESSIVES]);

const PRONOUNS = new Set([
  'i',
  'me',
  'you',
  'he',
  'him',
  'she',
  'her',
  'it',
  'we',
  'us',
  'they',
  'them',
  'this',
  'that',
  'these',
  'those',
  'who',
  'which',
  'one',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'anyone',
  'anybody',
  'nobody',
  'no one',
  'there',
  'both',
  'others',
  'each',
  'himself',
  'herself',
  'themselves',
  'itself',
]);

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  ...MONTH_ABBREVIATIONS,
];
const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
];
const DATE_WORDS = new Set([...MONTHS, ...WEEKDAYS]);
/** Words that may stand beside a month or weekday in a date ("on Tuesday night", "early May", "Nov. 4"). */
const DATE_COMPANIONS = new Set([
  'on',
  'in',
  'by',
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid',
  'morning',
  'afternoon',
  'evening',
  'night',
  'the',
  'of',
]);

/** The reporting frame, as patterns over the lower-cased actor. */
const REPORTING = [
  /^(?:a |the |one |two |three |several )?(?:person|people|source|sources|official|officials)\s+(?:familiar with|close to|briefed on|with (?:direct )?knowledge)\b/,
  /^(?:a |the |one |two |three |several |other |senior |anonymous |unnamed |government )*sources?\b/,
  /\b(?:reporter|reporters|correspondent|correspondents|journalist|journalists)\b/,
  /\baccording to\b/,
  /\b(?:said|says|told|reported|reports|reportedly|added)$/,
  /\b(?:on condition of anonymity|asked not to be named|declined to be named|not authori[sz]ed to)\b/,
];

/** The words of a text: white-space separated, with leading and trailing punctuation removed, empty ones dropped. */
function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}]+$/u, ''))
    .filter((w) => w.length > 0);
}

/** Whether a word is a possessive: ends in 's or ’s ("Russia's", "the union’s"). */
function isPossessive(word: string): boolean {
  return /\p{L}['’]s$/iu.test(word);
}

/** Whether the actor names a date rather than a party: only date words, with at least one month or weekday. */
function isDate(actorWords: string[]): boolean {
  const lower = actorWords.map((w) => w.toLowerCase());
  const hasDay = lower.some((w) => DATE_WORDS.has(w));
  const hasMay = lower.includes('may');
  if (!hasDay && !hasMay) return false;
  const onlyDateWords = lower.every(
    (w) => DATE_WORDS.has(w) || w === 'may' || DATE_COMPANIONS.has(w) || /^\d+(?:st|nd|rd|th)?$/.test(w),
  );
  if (!onlyDateWords) return false;
  // "May" alone is as likely a name; with a number or another date word it is the month.
  return hasDay || lower.length > 1;
}

/** The names of the rules a position breaks; empty when it keeps them all. */
export function positionRuleBreaks(position: { actor: string; stance: string }): PositionRule[] {
  const broken: PositionRule[] = [];
  const stanceWords = words(position.stance);
  const last = stanceWords.at(-1);
  if (last !== undefined && (STANCE_FINAL.has(last.toLowerCase()) || isPossessive(last)))
    broken.push('stance-ends-on-function-word');
  if (stanceWords.length < MIN_STANCE_WORDS) broken.push('stance-too-short');

  const actorWords = words(position.actor);
  const actor = actorWords.join(' ').toLowerCase();
  if (PRONOUNS.has(actor)) broken.push('actor-pronoun');
  else if (isDate(actorWords)) broken.push('actor-date');
  else if (REPORTING.some((pattern) => pattern.test(actor))) broken.push('actor-reporting-phrase');
  return broken;
}
