/**
 * Stances: who wants, demands, refuses or disputes what, read from tagged sentences. A stance is a party (a named
 * person, organisation or group) with a stance verb ("wants", "insists", "refused", "did not accept", "called for")
 * and the complete clause that follows it, or a quotation attributed to a party ("“We will not sign,” Zelenskyy
 * said"). The holder is the verb's subject, never the nearest name: in "farmers told Trump that time is running out"
 * the farmers hold the stance. Pronouns and bare roles ("he", "they", "the union") stand for the nearest compatible
 * party named in the same paragraph or the two sentences before; a stance whose holder cannot be resolved is
 * dropped, and reporters, correspondents and "people familiar with…" are never parties.
 */
import type { TaggedSentence, TaggedToken } from '../text/tagger';
import { positionRuleBreaks } from './position-rules';

/** One party's stance, with where it was read. */
export interface Stance {
  /** The party, as the article names it ("Doctors for Camp Closure", "the Police Federation", "activists"). */
  actor: string;
  /** The verb and the clause it governs, or the quotation, in the article's words. */
  stance: string;
  /** Index of the sentence it was read from. */
  sentence: number;
  /** Lemmas of the nouns in the stance clause: what the stance is about. */
  nouns: string[];
  /** Whether the stance refuses or rejects (a negated agreement verb, "refuse", "reject", "oppose", "deny"). */
  refusal: boolean;
  /**
   * Whether it takes a side: a stance verb, or reported speech with a negation or a modal of obligation. Plain
   * reported speech ("X said the figures were published in May") is still a position on a point it is about, but
   * is not evidence that there is a dispute.
   */
  contentious: boolean;
}

/** A party named in the text, for resolving pronouns and roles. */
interface Party {
  text: string;
  /** A person (a name after a title, or a short name never used with an organisation word). */
  person: boolean;
  /** A plural group ("activists", "the Greens"). */
  plural: boolean;
  /** Named with a title ("Mr", "President"). */
  titled: boolean;
  sentence: number;
  block: number;
}

/** Verbs that refuse or reject by themselves. */
const REFUSAL_VERBS: ReadonlySet<string> = new Set([
  'refuse',
  'reject',
  'oppose',
  'deny',
  'dispute',
  'contest',
  'decline',
  'object',
  'resist',
  'block',
  'dismiss',
  'disagree',
  'challenge',
  'condemn',
]);

/** Verbs by which a party takes a stance (lemmas): the refusals and these, besides the reporting verbs below. */
const TAKING_VERBS = [
  ...REFUSAL_VERBS,
  'want',
  'demand',
  'insist',
  'urge',
  'propose',
  'offer',
  'seek',
  'argue',
  'claim',
  'accuse',
  'criticise',
  'criticize',
  'warn',
  'threaten',
  'vow',
  'maintain',
  'plead',
  'appeal',
  'pledge',
  'press',
  'push',
  'call',
  'ask',
  'request',
  'defend',
  'question',
  'blame',
  'vote',
  'lobby',
  'fight',
  'promise',
];

/** Verbs that report speech: a stance only when what is said is contentious (a quotation, a modal, a negation). */
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'state',
  'stress',
  'write',
  'announce',
  'suggest',
  'admit',
  'believe',
  'expect',
  'hope',
]);

/** Verbs by which a party takes a stance: the taking verbs and the reporting ones. */
const STANCE_VERBS: ReadonlySet<string> = new Set([...TAKING_VERBS, ...REPORTING_VERBS]);

/** Verbs that need a particle to be stances ("call for", "push for", "press for", "vote against"). */
const PARTICLE_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', new Set(['for', 'on'])],
  ['push', new Set(['for', 'to'])],
  ['press', new Set(['for', 'to'])],
  ['vote', new Set(['against'])],
  ['lobby', new Set(['for'])],
  ['fight', new Set(['for', 'against'])],
  ['ask', new Set(['for'])],
]);

/** Agreement verbs whose negation is a refusal ("did not accept", "won't sign"). */
const AGREEMENT_VERBS: ReadonlySet<string> = new Set([
  'accept',
  'agree',
  'sign',
  'approve',
  'budge',
  'back',
  'support',
  'allow',
  'release',
  'pay',
  'comply',
  'recognise',
  'recognize',
  'negotiate',
  'concede',
  'withdraw',
  'commit',
  'give',
  'surrender',
  'drop',
  'fund',
  'grant',
  'lift',
]);

/** Words that mark a contentious reported clause: modals of obligation and refusal. */
const CONTENTIOUS_MODALS: ReadonlySet<string> = new Set(['should', 'must', 'need', 'ought', 'cannot', 'will', 'would']);

/** Subject pronouns that stand for a party named before. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we']);
const THING_PRONOUNS: ReadonlySet<string> = new Set(['it']);

/** Nouns naming someone who reports or relays, not a party to the dispute. */
const REPORTER_NOUNS: ReadonlySet<string> = new Set([
  'reporter',
  'correspondent',
  'journalist',
  'editor',
  'source',
  'people',
  'person',
  'anchor',
  'host',
  'columnist',
  'analyst',
  'commentator',
  'witness',
  'observer',
  'poll',
  'survey',
  'report',
  'study',
  'statement',
  'document',
  'letter',
  'article',
  'story',
  'paper',
  'news',
]);

/** Title words before a person's name ("Mr", "Sen.", "President"). */
const TITLES =
  /^(?:mr|mrs|ms|miss|dr|prof|sir|lord|lady|dame|sen|rep|gov|gen|president|minister|secretary|chancellor|judge|justice|mayor|governor|senator|king|queen|prince|pope|rev|father|chief)\.?$/i;

/** Words of organisations: a name holding one is not a person. */
const ORGANISATION_WORDS =
  /\b(?:council|party|ministry|department|association|federation|union|government|commission|committee|society|network|bank|inc|ltd|corp|group|agency|office|court|university|police|board|league|club|company|trust|institute|organi[sz]ation|authority|service|assembly|parliament|congress|senate|house|administration|fund|foundation|church|school|hospital|army|forces|chamber|bureau|council|times|post|news)\b/i;

/** A stance longer than this many words is cut at a clause boundary (a comma, a semicolon), if it has one. */
const MAX_STANCE_WORDS = 28;

/** An appositive between a name and its verb is at most this many tokens long. */
const MAX_APPOSITIVE_TOKENS = 14;

/** Parties named this many sentences back (within the paragraph or across it) are candidates for a pronoun. */
const RESOLVE_SENTENCES = 2;

const isNominal = (t: TaggedToken): boolean => t.pos === 'PROPN' || t.pos === 'NOUN';
const isOpenQuote = (t: TaggedToken): boolean => /^[“"‘]$/.test(t.text);
const isCloseQuote = (t: TaggedToken): boolean => /^[”"’]$/.test(t.text);

/** The noun lemmas of a span of tokens (issue words of a stance). */
function nounsOf(tokens: readonly TaggedToken[]): string[] {
  return tokens.filter((t) => t.pos === 'NOUN').map((t) => t.lemma);
}

/** The text of a token span, as written. */
function spanText(sentence: string, tokens: readonly TaggedToken[]): string {
  if (tokens.length === 0) return '';
  return sentence.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
}

/**
 * The noun phrase ending just before `end` (exclusive): the subject of a verb there. Determiners, adjectives,
 * possessives, numbers and "of"/"for"/"and" between names belong to it ("the Transport Salaried Staffs
 * Association", "Doctors for Camp Closure").
 * @returns the phrase's token indexes [from, to), or null when no nominal stands there
 */
function subjectBefore(tokens: readonly TaggedToken[], end: number): [number, number] | null {
  let to = end;
  // Skip auxiliaries, adverbs and "not" between the subject and the verb: "has repeatedly refused".
  while (to > 0 && ['AUX', 'ADV', 'PART'].includes(tokens[to - 1]!.pos) && tokens[to - 1]!.lower !== "'s") to -= 1;
  if (to === 0) return null;
  // A name with an appositive before the verb: "Manuel Cortes, from the TSSA union, said…".
  if (tokens[to - 1]!.text === ',') {
    for (let k = to - 2; k >= Math.max(1, to - MAX_APPOSITIVE_TOKENS); k -= 1) {
      // An appositive describes the name; one holding a quotation is a clause of its own: in "X said the advert was
      // “unlawful”, adding…" the subject of "adding" is not "X, said the advert was “unlawful”".
      if (isOpenQuote(tokens[k]!) || isCloseQuote(tokens[k]!)) return null;
      if (tokens[k]!.text !== ',') continue;
      if (tokens[k - 1]!.pos !== 'PROPN') return null;
      let start = k - 1;
      while (start > 0 && tokens[start - 1]!.pos === 'PROPN') start -= 1;
      return [start, to - 1];
    }
    return null;
  }
  const last = tokens[to - 1]!;
  if (last.pos === 'PRON') return [to - 1, to];
  if (!isNominal(last)) return null;
  let from = to - 1;
  while (from > 0) {
    const prev = tokens[from - 1]!;
    const link =
      ['of', 'for', 'and', '&'].includes(prev.lower) &&
      from >= 2 &&
      tokens[from - 2]!.pos === 'PROPN' &&
      tokens[from]!.pos === 'PROPN';
    if (
      isNominal(prev) ||
      prev.pos === 'ADJ' ||
      prev.pos === 'NUM' ||
      prev.lower === "'s" ||
      prev.lower === '’s' ||
      link
    )
      from -= 1;
    else break;
  }
  // A role after the name it describes: "Mr Cortes, leader of the Transport Salaried Staffs Association said…".
  if (
    from >= 2 &&
    tokens[from - 1]!.text === ',' &&
    tokens[from - 2]!.pos === 'PROPN' &&
    tokens[from]!.pos !== 'PROPN'
  ) {
    let start = from - 2;
    while (start > 0 && tokens[start - 1]!.pos === 'PROPN') start -= 1;
    return [start, to];
  }
  return [from, to];
}

/** The noun phrase starting at `start` (the subject after an inverted "said"): "“…,” said Ms Jones". */
function subjectAfter(tokens: readonly TaggedToken[], start: number): [number, number] | null {
  let from = start;
  while (from < tokens.length && tokens[from]!.pos === 'DET') from += 1;
  let to = from;
  while (to < tokens.length && (isNominal(tokens[to]!) || tokens[to]!.pos === 'ADJ')) to += 1;
  if (to === from || !tokens.slice(from, to).some(isNominal)) return null;
  return [from, to];
}

/** What a pronoun or role can stand for: a person ("he"), a group ("they"), one organisation or country ("it"). */
type Want = 'person' | 'group' | 'thing' | 'any';

/** What a subject phrase names: a party, a pronoun or role to resolve, or nobody usable. */
type Holder =
  | { kind: 'party'; party: Omit<Party, 'sentence' | 'block'> }
  | { kind: 'refer'; want: Want; head?: string }
  | null;

/** Reads a subject phrase. */
function readHolder(sentence: string, tokens: readonly TaggedToken[], [from, to]: [number, number]): Holder {
  const span = tokens.slice(from, to);
  if (span.length === 1 && span[0]!.pos === 'PRON') {
    const lower = span[0]!.lower;
    if (PERSON_PRONOUNS.has(lower)) return { kind: 'refer', want: 'person' };
    if (GROUP_PRONOUNS.has(lower)) return { kind: 'refer', want: 'group' };
    if (THING_PRONOUNS.has(lower)) return { kind: 'refer', want: 'thing' };
    return null;
  }
  if (span.some((t) => REPORTER_NOUNS.has(t.lemma))) return null;
  // Keep the names: the proper-noun run with its "of"/"for" links, or, without one, the common nouns.
  const firstName = span.findIndex((t) => t.pos === 'PROPN');
  if (firstName >= 0) {
    let a = firstName;
    let b = span.length;
    while (b > a && span[b - 1]!.pos !== 'PROPN') b -= 1;
    // Drop a leading title ("Mr", "Sen.") but remember it marks a person; a title inside the name marks one too
    // ("Belgian Finance Minister Johan Van Overtveldt", kept whole: the role says who is speaking).
    let person = span.slice(a, b - 1).some((t) => TITLES.test(t.text));
    while (a < b - 1 && TITLES.test(span[a]!.text)) {
      person = true;
      a += 1;
    }
    // "Labour politicians", "Greek officials": a name modifying a plural noun is a group.
    const tail = span.slice(b);
    const groupNoun = tail.find((t) => t.pos === 'NOUN' && t.lower !== t.lemma);
    const names = span.slice(a, b);
    // "the Scottish government", "a senior Greek official", "Labour politicians": the name and the noun it modifies.
    const text = tail.some((t) => t.pos === 'NOUN')
      ? spanText(sentence, [...names, ...tail])
      : spanText(sentence, names);
    if (
      names.every((t) =>
        /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i.test(
          t.text,
        ),
      )
    )
      return null;
    const organisation = ORGANISATION_WORDS.test(
      spanText(sentence, names.slice(0, names.findIndex((t) => t.text === ',') >>> 0)),
    );
    return {
      kind: 'party',
      party: {
        text,
        titled: person,
        person:
          person ||
          (!organisation && (names.findIndex((t) => t.text === ',') > 0 || (tail.length === 0 && names.length <= 3))),
        plural: Boolean(groupNoun),
      },
    };
  }
  const head = span[span.length - 1]!;
  if (head.pos !== 'NOUN') return null;
  // A plural group names its party ("activists", "business leaders"); a singular role refers back ("the union").
  if (head.lower !== head.lemma && !span.some((t) => t.pos === 'DET' && /^(?:the|this|that)$/.test(t.lower))) {
    const words = span.filter((t) => t.pos !== 'DET');
    return { kind: 'party', party: { text: spanText(sentence, words), person: false, plural: true, titled: false } };
  }
  // A role refers to a party whose name holds its head noun ("the union" → "Riverton Teachers Union", "the health
  // service" → "National Health Service").
  return { kind: 'refer', want: head.lower !== head.lemma ? 'group' : 'any', head: head.lemma };
}

/**
 * The stance clause after a verb: from the verb group through its complement, to the end of the clause. Never cut
 * mid-phrase: it ends at punctuation, a quotation mark or a conjunction that opens another clause, and trailing
 * function words are dropped.
 */
function clauseAfter(tokens: readonly TaggedToken[], from: number, verbAt: number): [number, number] {
  let to = verbAt + 1;
  while (to < tokens.length) {
    const t = tokens[to]!;
    if (t.pos === 'PUNCT' && /^[.;:!?()[\]—–]$/.test(t.text)) break;
    if (t.text === ',') {
      const next = tokens[to + 1];
      if (
        !next ||
        ['SCONJ', 'CCONJ'].includes(next.pos) ||
        /^(?:which|who|while|whereas|although|but|according|as)$/i.test(next.lower) ||
        next.pos === 'PUNCT'
      )
        break;
      // ", arguing that…": a participle clause; ", Zelenskyy has pushed for…": a new subject and verb.
      if (next.pos === 'VERB' && /ing$/.test(next.lower)) break;
      if (opensClause(tokens, to + 1)) break;
      if (to - from >= MAX_STANCE_WORDS) break;
    }
    if (['while', 'whereas', 'although', 'but'].includes(t.lower) && to > verbAt + 1) break;
    to += 1;
  }
  return [from, to];
}

/** Whether a new clause starts at `i`: a noun phrase (or pronoun) followed by a verb or auxiliary. */
function opensClause(tokens: readonly TaggedToken[], i: number): boolean {
  let j = i;
  while (
    j < tokens.length &&
    (['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM'].includes(tokens[j]!.pos) || tokens[j]!.lower === "'s")
  )
    j += 1;
  if (j === i && tokens[j]?.pos === 'PRON') j += 1;
  return (
    j > i &&
    j < tokens.length &&
    (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') &&
    tokens.slice(i, j).some((t) => t.pos !== 'DET' && t.pos !== 'ADJ')
  );
}

/** Drops trailing function words and punctuation from a span, so a stance never ends on "the", "of" or "his". */
function trimEnd(tokens: readonly TaggedToken[], from: number, to: number): number {
  while (
    to > from &&
    (['DET', 'ADP', 'CCONJ', 'SCONJ', 'PUNCT', 'PART', 'AUX'].includes(tokens[to - 1]!.pos) ||
      (tokens[to - 1]!.pos === 'PRON' && /^(?:his|her|their|its|our|my|your)$/.test(tokens[to - 1]!.lower)) ||
      tokens[to - 1]!.lower === "'s" ||
      tokens[to - 1]!.lower === '’s')
  ) {
    to -= 1;
  }
  return to;
}

/** Whether a reported clause is contentious enough to be a stance: a negation, a modal of obligation or refusal. */
function isContentiousClause(tokens: readonly TaggedToken[]): boolean {
  return tokens.some(
    (t) =>
      t.negated ||
      t.lemma === 'not' ||
      (t.pos === 'AUX' && CONTENTIOUS_MODALS.has(t.lemma)) ||
      REFUSAL_VERBS.has(t.lemma) ||
      (STANCE_VERBS.has(t.lemma) && !REPORTING_VERBS.has(t.lemma) && t.pos === 'VERB'),
  );
}

/** A stance found in one sentence, before its holder is resolved. */
interface RawStance {
  holder: Holder;
  stance: [number, number];
  refusal: boolean;
  contentious: boolean;
}

/** Reads the raw stances of one sentence. */
function stancesIn(tagged: TaggedSentence): RawStance[] {
  const tokens = tagged.tokens;
  const text = tagged.sentence.text;
  const out: RawStance[] = [];
  const taken = new Set<number>();

  // Quotations attributed after the fact: “…,” X said / “…,” said X.
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isCloseQuote(tokens[i]!)) continue;
    const open = (() => {
      for (let j = i - 1; j >= 0; j -= 1) if (isOpenQuote(tokens[j]!)) return j;
      return -1;
    })();
    if (open < 0) continue;
    let k = i + 1;
    let subject: [number, number] | null = null;
    const verb = tokens[k];
    if (verb && verb.pos === 'VERB' && REPORTING_VERBS.has(verb.lemma)) {
      subject = subjectAfter(tokens, k + 1);
      k += 1;
    } else {
      const s = subjectAfter(tokens, k);
      if (s && tokens[s[1]] && tokens[s[1]]!.pos === 'VERB' && REPORTING_VERBS.has(tokens[s[1]]!.lemma)) subject = s;
      else {
        const pron = tokens[k];
        if (pron?.pos === 'PRON' && tokens[k + 1]?.pos === 'VERB' && REPORTING_VERBS.has(tokens[k + 1]!.lemma))
          subject = [k, k + 1];
      }
    }
    if (!subject) continue;
    const end = trimEnd(tokens, open + 1, i);
    const quote = tokens.slice(open + 1, end);
    out.push({
      holder: readHolder(text, tokens, subject),
      stance: [open + 1, end],
      refusal: quote.some((t) => t.negated || REFUSAL_VERBS.has(t.lemma)),
      contentious: isContentiousClause(quote),
    });
    // The quotation, its speaker and the reporting verb are read: "told Governor Ross" is no stance of its own.
    // A source that is no party ("sources told Reuters") leaves the words free for the parties inside them.
    if (out[out.length - 1]!.holder) for (let j = open; j <= Math.max(i + 1, subject[1]); j += 1) taken.add(j);
  }

  // Subject + stance verb + clause.
  for (let i = 0; i < tokens.length; i += 1) {
    if (taken.has(i)) continue;
    const t = tokens[i]!;
    if (t.pos !== 'VERB' && !(t.pos === 'ADJ' && /^(?:unlikely|unwilling|opposed|determined|reluctant)$/.test(t.lower)))
      continue;
    const particles = PARTICLE_VERBS.get(t.lemma);
    const stanceVerb = STANCE_VERBS.has(t.lemma) && (!particles || particles.has(tokens[i + 1]?.lower ?? ''));
    const negatedAgreement =
      AGREEMENT_VERBS.has(t.lemma) &&
      (t.negated || tokens.slice(Math.max(0, i - 3), i).some((x) => x.lemma === 'not' || x.lower === 'never'));
    const adjective = t.pos === 'ADJ';
    if (!stanceVerb && !negatedAgreement && !adjective) continue;
    // The verb group starts at its auxiliaries and "not": "did not accept", "has repeatedly called for".
    let groupFrom = i;
    while (
      groupFrom > 0 &&
      ['AUX', 'PART', 'ADV'].includes(tokens[groupFrom - 1]!.pos) &&
      tokens[groupFrom - 1]!.lower !== "'s"
    )
      groupFrom -= 1;
    const group = tokens.slice(groupFrom, i);
    // "was condemned", "have been warned": the subject undergoes the verb. "to grant": no subject of its own.
    if (t.pos === 'VERB' && group.some((x) => x.lemma === 'be') && !/ing$/.test(t.lower)) continue;
    if (group.some((x) => x.lower === 'to')) continue;
    const subject = subjectBefore(tokens, groupFrom);
    if (!subject) continue;
    // "X said: “…”": the stance is what follows the colon.
    const colon = tokens[i + 1]?.text === ':';
    const quoteAt = colon ? i + 2 + (tokens[i + 2] && isOpenQuote(tokens[i + 2]!) ? 1 : 0) : -1;
    const [from, rawTo] = colon ? clauseAfter(tokens, quoteAt, quoteAt - 1) : clauseAfter(tokens, groupFrom, i);
    const to = trimEnd(tokens, from, rawTo);
    const clause = tokens.slice(colon ? from : i + 1, to);
    out.push({
      holder: readHolder(text, tokens, subject),
      stance: [from, to],
      refusal:
        negatedAgreement || REFUSAL_VERBS.has(t.lemma) || /^(?:unlikely|unwilling|opposed|reluctant)$/.test(t.lower),
      contentious: !REPORTING_VERBS.has(t.lemma) || negatedAgreement || isContentiousClause(clause),
    });
    if (out[out.length - 1]!.holder) for (let j = from; j < to; j += 1) taken.add(j);
  }
  return out;
}

/** Whether a named party fits a pronoun or role. */
function fits(party: Party, want: Want): boolean {
  if (want === 'person') return party.person;
  if (want === 'group') return !party.person;
  // "It" is one organisation or country, never a plural group: "the teachers… It said" is not the teachers.
  if (want === 'thing') return !party.person && !party.plural;
  return true;
}

/**
 * Reads the stances of every sentence of an article, resolving pronouns and roles to the parties named before
 * them, and keeps only those that obey the rules a reader expects of a position (see `position-rules.ts`).
 * @param tagged the article's tagged sentences, in order
 * @returns the stances in reading order
 */
export function readStances(tagged: readonly TaggedSentence[]): Stance[] {
  const out: Stance[] = [];
  const parties: Party[] = [];
  const surnames = new Set<string>();
  // A one-word name is a person only when the article has used it as a surname ("Cortes" after "Manuel Cortes"),
  // or with a title: "Tube", "TfL" and "Russia" are not "he".
  const remember = (party: Omit<Party, 'sentence' | 'block'>, sentence: number, block: number): void => {
    const words = party.text.split(/[\s,]+/).filter(Boolean);
    if (party.person && words.length >= 2 && words.length <= 4) surnames.add(words[words.length - 1]!);
    const person = party.person && (words.length >= 2 || party.titled || surnames.has(words[0]!));
    parties.push({ ...party, person, sentence, block });
  };
  // The speaker of a quotation still open at the end of a sentence: "X said: “First. Second.”" is two sentences,
  // and the second is X's too.
  let open: { actor: string; block: number } | null = null;
  for (const ts of tagged) {
    const { index, blockIndex, text } = ts.sentence;
    // A quotation runs on into the next paragraph when that paragraph opens with a quotation mark (news style).
    if (open && open.block !== blockIndex)
      open = ts.tokens[0] && isOpenQuote(ts.tokens[0]) ? { actor: open.actor, block: blockIndex } : null;
    const raws = stancesIn(ts);
    if (open && raws.length === 0) {
      const words = ts.tokens.filter((t) => !isOpenQuote(t) && !isCloseQuote(t));
      const end = trimEnd(words, 0, words.length);
      const stance = { actor: open.actor, stance: spanText(text, words.slice(0, end)) };
      if (isContentiousClause(words) && positionRuleBreaks(stance).length === 0) {
        out.push({
          ...stance,
          sentence: index,
          nouns: nounsOf(words),
          refusal: words.some((t) => t.negated || REFUSAL_VERBS.has(t.lemma)),
          contentious: true,
        });
      }
    }
    const quoteBalance = ts.tokens.reduce((n, t) => n + (t.text === '“' ? 1 : t.text === '”' ? -1 : 0), 0);
    const straight = ts.tokens.filter((t) => t.text === '"').length;
    const closes = quoteBalance < 0 || (open !== null && straight % 2 === 1);
    if (closes) open = null;
    for (const raw of raws) {
      let actor: string | null = null;
      if (raw.holder?.kind === 'party') {
        actor = raw.holder.party.text;
      } else if (raw.holder?.kind === 'refer') {
        const { want, head } = raw.holder;
        const near: Party | undefined = [...parties].reverse().find(
          (p) =>
            (p.block === blockIndex || index - p.sentence <= RESOLVE_SENTENCES) &&
            fits(p, want) &&
            (!head ||
              p.text
                .toLowerCase()
                .split(/[^\p{L}]+/u)
                .some((w) => w === head || w === `${head}s`)),
        );
        actor = near?.text ?? null;
      }
      if (!actor) continue;
      // A pronoun or role that stands for a party mentions it again: "He said… He added…" stays with him even
      // when other names come between.
      const mentioned = raw.holder?.kind === 'party' ? raw.holder.party : parties.find((p) => p.text === actor);
      if (mentioned) remember(mentioned, index, blockIndex);
      const tokens = ts.tokens.slice(raw.stance[0], raw.stance[1]);
      const stance = { actor, stance: spanText(text, tokens) };
      if (positionRuleBreaks(stance).length > 0) continue;
      out.push({
        ...stance,
        sentence: index,
        nouns: nounsOf(tokens),
        refusal: raw.refusal,
        contentious: raw.contentious,
      });
      // A quotation this stance opens and the sentence leaves open continues in the next sentences.
      const opensQuote = quoteBalance > 0 || (straight % 2 === 1 && !closes);
      if (opensQuote && raw.stance[1] >= ts.tokens.length - 2) open = { actor, block: blockIndex };
    }
    // Remember the parties this sentence names, for the pronouns of the next ones.
    for (const party of namedParties(ts)) remember(party, index, blockIndex);
  }
  return out;
}

/** The parties a sentence names: its proper-noun runs, read as subjects are. */
function namedParties(ts: TaggedSentence): Omit<Party, 'sentence' | 'block'>[] {
  const out: Omit<Party, 'sentence' | 'block'>[] = [];
  const tokens = ts.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i]!.pos !== 'PROPN') continue;
    let j = i;
    while (
      j < tokens.length &&
      (tokens[j]!.pos === 'PROPN' || (['of', 'for'].includes(tokens[j]!.lower) && tokens[j + 1]?.pos === 'PROPN'))
    )
      j += 1;
    const holder = readHolder(ts.sentence.text, tokens, [i, j]);
    if (holder?.kind === 'party') out.push(holder.party);
    i = j;
  }
  return out;
}
