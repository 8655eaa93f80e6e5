/**
 * Who wants what: reads the parties' positions out of evidence sentences. A position is an actor (a proper-name
 * sequence such as "Doctors for Camp Closure", or a group such as "motoring groups") before a stance verb ("wants",
 * "insists", "has pushed for", "rejected", "said"), and the stance is the phrase after the verb, up to the end of
 * its clause. English only; no parser, so it reads the common news patterns and leaves the rest out.
 */
import type { Position } from './types';

/** Stance verbs, strongest forms first so "has pushed for" wins over "pushed". Reporting verbs ("said") last. */
const STANCE_VERB =
  /\b(?:(?:has|have|had) )?(?:(?:repeatedly|consistently|also|long|still|now) )?(?:wants?|wanted|insist(?:s|ed)?(?: on)?|demand(?:s|ed)?|push(?:es|ed)? for|press(?:es|ed)? for|call(?:s|ed)? (?:for|on)|urg(?:es|ed|ing)|propos(?:es|ed)|offer(?:s|ed)|reject(?:s|ed)?|refus(?:es|ed)(?: to)?|oppos(?:es|ed)|seeks?|sought|argu(?:es|ed)|claim(?:s|ed)|(?:den(?:ies|ied)|disput(?:es|ed))(?= (?:the|that|a|an|its|their|his|her|any|liability|responsibility|wrongdoing)\b)|stated|hinted at|vow(?:s|ed)|warn(?:s|ed)|accus(?:es|ed)|condemn(?:s|ed)|criticis(?:es|ed)|criticiz(?:es|ed)|welcom(?:es|ed)|declin(?:es|ed)(?: to)?|plead(?:s|ed) with|did not accept|does not accept|will not|won't|is unlikely to|are unlikely to|considers|said|says|told|added|saying|arguing|claiming|insisting|demanding|accusing|urging|calling for|vowing)\b/g;

/** {@link STANCE_VERB} anchored at the start of a string, without the global flag's shared state. */
const STANCE_VERB_AT_START = new RegExp(`^(?:${STANCE_VERB.source})`);

/** Words that end a clause: the stance phrase stops there and the actor is looked for after the previous one. */
const CLAUSE_BREAK = /[,;:!?()“”"]|\s[–—-]\s|\.(?:\s|$)|\b(?:while|whereas|but|although|because|which|who)\b/g;

/** A capitalised word (names, "U.S.", "GOP-dominated"). */
const NAME_WORD = "[A-Z][\\p{L}\\p{N}'’.-]*";

/** A proper-name sequence: capitalised words, joined by a few lower-case connectors ("Department of Homeland Security"). */
const NAME_SEQ = new RegExp(`${NAME_WORD}(?:\\s+(?:(?:of|for|and|the|de|van|von|der|al)\\s+)*${NAME_WORD})*`, 'gu');

/** Collective parties news prose names without a proper name. */
const GROUP_SEQ =
  /(?:[\p{L}'’-]+\s+){0,2}?(?:teachers|unions?|doctors|physicians|nurses|workers|employees|staff|employers|residents|critics|opponents|supporters|protesters|campaigners|lawmakers|legislators|officials|ministers|government|administration|company|firms?|council|court|judges|landlords|tenants|parents|farmers|students|negotiators|prosecutors|regulators|activists|groups|allies|leaders|investors|shareholders|board|management|analysts|businesses|bosses|owners|drivers|motorists|families|states|countries|members|sources|lawyers|barristers|attorneys|councillors|councilors|regulator|club|clubs|couple|bloc|nations|claimants?|plaintiffs?)\b/giu;

/**
 * Capitalised words that begin sentences or clauses but name nobody; stripped from the front of a candidate.
 * Days and months are dropped too: "on Tuesday" is a time, not a party.
 */
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'However', 'While', 'But', 'And', 'In', 'On', 'At', 'As', 'If', 'When', 'This', 'That', 'These',
  'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'Despite', 'Following', 'After', 'Before', 'For', 'Some',
  'Many', 'Most', 'Others', 'One', 'Perhaps', 'Without', 'Even', 'Under', 'Yesterday', 'Today', 'Meanwhile',
  'Speaking', 'Indeed', 'Still', 'Yet', 'Also', 'Both', 'Several', 'Other', 'His', 'Her', 'Their', 'Its', 'Our',
  'My', 'Your', 'There', 'Here', 'With', 'By', 'From', 'To', 'Of', 'Although', 'Since', 'Until', 'Now', 'Then',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Mr', 'Mrs', 'Ms',
  'Mr.', 'Mrs.', 'Ms.', 'Dr', 'Dr.', 'Thousands', 'Hundreds', 'Dozens', 'Millions', 'Scores', 'Scroll', 'Sir', 'Lord', 'Justice', 'Image', 'Photo', 'FILE', 'READ', 'MORE',
]);

/** Function words and quantities that cannot begin a group's name. */
const LINK_WORD =
  /^(?:by|after|before|from|of|to|in|on|at|with|for|and|or|but|as|that|which|who|some|many|most|two|three|four|several|thousand|thousands|hundreds|dozens|the|a|an|its|their|his|her|our|is|are|was|were|has|have|had|said|says)$/i;

/** Subject pronouns that stand for the last named actor. */
const PRONOUN = /^\s*(?:he|she|they|it)\b/i;

/** Longest stance phrase kept, in words: a position is a phrase, not a paragraph. */
const MAX_STANCE_WORDS = 12;

/** Shortest stance phrase worth showing, in words. */
const MIN_STANCE_WORDS = 2;

interface Span {
  text: string;
  start: number;
  end: number;
}

/**
 * Proper-name and group candidates in `text`, in order, with leading non-names stripped; a capitalised word the
 * article also writes in lower case ("Oil fell…", "High school teacher…") is a common word, not a name.
 */
function actorCandidates(text: string, isCommonWord: (word: string) => boolean): Span[] {
  const out: Span[] = [];
  for (const re of [NAME_SEQ, GROUP_SEQ]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const words = m[0].split(/\s+/);
      let skip = 0;
      while (
        skip < words.length &&
        (NOT_NAMES.has(words[skip]!) ||
          /^(?:the|a|an|of|and|for)$/i.test(words[skip]!) ||
          (re === NAME_SEQ && isCommonWord(words[skip]!)))
      ) {
        skip += 1;
      }
      while (words.length > skip && NOT_NAMES.has(words[words.length - 1]!)) words.pop();
      if (skip >= words.length) continue;
      if (re === GROUP_SEQ) {
        // "condemned by some groups", "fell after sources": keep the modifiers after the last function word.
        let cut = skip;
        for (let i = skip; i < words.length - 1; i += 1) if (LINK_WORD.test(words[i]!)) cut = i + 1;
        skip = cut;
      }
      const kept = words.slice(skip).join(' ');
      const start = m.index + m[0].indexOf(words[skip]!);
      out.push({ text: kept.replace(/[’']s$/, ''), start, end: start + kept.length });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Offsets where clauses break in `text`. */
function clauseBreaks(text: string): number[] {
  const out: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) out.push(m.index + m[0].length);
  return out;
}

/** The stance phrase after a verb: up to the clause's end, at most {@link MAX_STANCE_WORDS} words. */
function stanceAfter(text: string, from: number): string {
  const rest = text.slice(from).replace(/^\s*[:,]?\s*[‘'“"]?/, ' '); // "said: 'I think …'"
  // A stance ends with its clause: punctuation (also a comma closing a quotation, `compromises,” a phrase…`), a
  // dash, a subordinating word, or a second verb joined by "and" (`will not surrender its land and insists …`).
  const end = rest.search(
    /[;:!?()]|,[”"’']?\s|['’](?:\s|$)|\.(?:\s|$)|\s[–—]\s|\s(?:while|whereas|because|arguing|saying)\s|\sand\s(?:insists?|says?|argues?|wants?|demands?|warns?|adds?|said|insisted|argued|warned|added|called|urged)\b/,
  );
  const phrase = (end < 0 ? rest : rest.slice(0, end))
    .replace(/^[\s“”"']+|[\s“”"']+$/g, '')
    .replace(/^(?:that|to)\s+/i, '');
  const words = phrase.split(/\s+/).filter(Boolean);
  return balanceQuotes(words.slice(0, MAX_STANCE_WORDS).join(' ').replace(/[,;]+$/, ''));
}

/** Closes a quotation the clause cut open (`the need for “realistic compromises` → `… compromises”`). */
function balanceQuotes(phrase: string): string {
  const opened = (phrase.match(/“/g) ?? []).length - (phrase.match(/”/g) ?? []).length;
  if (opened > 0) return `${phrase}”`;
  return (phrase.match(/"/g) ?? []).length % 2 ? `${phrase}"` : phrase;
}

/** Auxiliary and common verbs that may follow a party's name ("Greens have …", "Unions say …"). */
const AUXILIARY = /^(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|must|do|does|did|also|still|now|say|says|said|want|wants|wanted|believe|believes|fear|fears|hope|hopes|plan|plans|expect|expects)$/;

/** Abbreviated months and days ("Nov.", "Tue"), which NOT_NAMES lists only in full. */
const SHORT_DATE = /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;

/**
 * Whether a one-word actor can be a party: not an adverb ("Separately"), not an abbreviated date ("Nov."), and
 * not a capitalised modifier opening the sentence ("High school teacher Ann Ruiz said …" gives "High").
 */
function isPlausibleActor(actor: string, sentence: string): boolean {
  if (/\s/.test(actor)) return true;
  if (SHORT_DATE.test(actor) || /^\p{Lu}\p{Ll}+ly$/u.test(actor)) return false;
  const opens = sentence.replace(/^[^\p{L}]+/u, '');
  if (!opens.startsWith(`${actor} `)) return true;
  // "High school math teacher Angela Cooper said": a capitalised first word, lower-case words that are no verb,
  // then a name — the first word modifies a noun, and the party is the name.
  const run = /^\s+((?:\p{Ll}+\s+){1,4})\p{Lu}/u.exec(opens.slice(actor.length));
  if (!run) return true;
  const next = run[1]!.trim().split(/\s+/)[0]!;
  return AUXILIARY.test(next) || STANCE_VERB_AT_START.test(run[1]!);
}

/**
 * Reads the positions stated in one sentence.
 * @param sentence the sentence text
 * @param previousActor the actor named last before this sentence, for "he", "she", "they"
 * @returns the positions found (possibly none) and the actor a following pronoun would refer to
 */
export function readPositions(
  sentence: string,
  previousActor: string | null,
  isCommonWord: (word: string) => boolean = () => false,
): { positions: Position[]; lastActor: string | null } {
  const positions: Position[] = [];
  const candidates = actorCandidates(sentence, isCommonWord);
  const breaks = clauseBreaks(sentence);
  let lastActor = previousActor;
  STANCE_VERB.lastIndex = 0;
  for (let m = STANCE_VERB.exec(sentence); m; m = STANCE_VERB.exec(sentence)) {
    const verbStart = m.index;
    const clauseStart = breaks.filter((b) => b <= verbStart).pop() ?? 0;
    const inClause = candidates.filter(
      (c) => c.start >= clauseStart && c.end <= verbStart && isPlausibleActor(c.text, sentence),
    );
    let actor = inClause[0]?.text ?? null;
    if (!actor && PRONOUN.test(sentence.slice(clauseStart, verbStart))) actor = lastActor;
    const isReport = /^(?:said|says|told|added)$/.test(m[0]);
    let stance: string;
    if (isReport && /[”"]\s*,?\s*$|,[”"]?\s*$/.test(sentence.slice(0, verbStart).replace(/\s*\S+\s*$/, ''))) {
      // "“The issue is funding,” Gambill said": the quote before the attribution is the stance.
      const quote = sentence.slice(0, verbStart).replace(/[,”"\s]+[^,”"]*$/, '');
      actor = candidates.find((c) => c.start > quote.length && c.end <= verbStart)?.text ?? actor;
      stance = quote.replace(/^[“"'\s]+/, '').split(/\s+/).slice(0, MAX_STANCE_WORDS).join(' ');
    } else {
      if (!actor) actor = candidates.find((c) => c.end <= verbStart)?.text ?? null;
      let from = verbStart + m[0].length;
      // "told reporters that …", "told The Herald there is …": the stance is what was told, not to whom.
      if (m[0] === 'told') {
        const that = /^\s+(?:[^,.;]*?\s)?that\s/.exec(sentence.slice(from));
        const named = candidates.find((c) => c.start >= from && c.start <= from + 2);
        if (that) from += that[0].length;
        else if (named) from = named.end;
      }
      stance = stanceAfter(sentence, from);
    }
    if (!actor || !isPlausibleActor(actor, sentence) || stance.split(/\s+/).length < MIN_STANCE_WORDS) continue;
    if (!positions.some((p) => p.actor === actor)) positions.push({ actor, stance });
    lastActor = actor;
  }
  // "One of the central demands from Kyiv is …", "the union's demand for …".
  const demand = /\bdemands? (?:from|of|by) ((?:[A-Z][\p{L}'’.-]*\s?)+) (?:is|are|was|were|include|includes) ([^.;]+)/u.exec(sentence);
  if (demand && !positions.some((p) => p.actor === demand[1]!.trim())) {
    positions.unshift({ actor: demand[1]!.trim(), stance: demand[2]!.split(/\s+/).slice(0, MAX_STANCE_WORDS).join(' ') });
  }
  // With no stance here, a following "he" or "they" most likely means the last person named in this sentence.
  if (positions.length === 0) {
    const named = candidates.filter((c) => /^\p{Lu}/u.test(c.text));
    lastActor = named[named.length - 1]?.text ?? candidates[0]?.text ?? lastActor;
  }
  return { positions, lastActor };
}
