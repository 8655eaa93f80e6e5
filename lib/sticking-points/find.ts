/**
 * Finds the sticking points of an article: the open disputes, demands, refusals and obstacles it reports as
 * standing in the way of an agreement or decision. Pure and deterministic; no network. Positions come first: the
 * parties' stances are read from the tagged sentences (`stances.ts`), contentious sentences are scored with a cue
 * lexicon (`lexicon.ts`), and both are grouped by the issue they concern (a section, or the issue noun they share).
 * Each group becomes a candidate point with a label (`label.ts`) and a few features; a gate whose weights are fitted
 * on the dev gold (`gate.ts`, `scripts/fit-gate.ts`) decides which candidates are shown. See README.md here.
 */
import type { Article, Block } from '../article/types';
import type { TaggedSentence } from '../text/tagger';
import { tagText } from '../text/tagger';
import {
  CONTENTION_CUES,
  CRIME_CONTEXT,
  DECISION_CONTEXT,
  MAX_CUE_SCORE,
  SETTLED,
  SETTLED_PENALTY,
  SPORT_CONTEXT,
} from './lexicon';
import { chooseLabel, isLabelHeading, nounPhrases, type NounPhrase } from './label';
import { readStances, type Stance } from './stances';
import { applyGate, FITTED_GATE, gateScore, type GateFeatures, type GateParams } from './gate';
import type { Position, StickingPoint, StickingPointsResult } from './types';

/** Evidence sentences per point: a point is one issue, not a catch-all. */
export const MAX_EVIDENCE = 3;

/** Points returned at most: the popup shows a handful and the eval reads the top 5. */
const MAX_POINTS = 5;

/** Positions kept per point. */
const MAX_POSITIONS = 6;

/** Sentences shorter than this are not read (captions, fragments). */
const MIN_SENTENCE_WORDS = 4;

/** A sentence with at least this contention score is evidence of a dispute even without a stance in it. */
const MIN_CONTENTION = 2;

/** Share of the rarer issue word's sentences that must also hold the other for two groups to be one issue. */
const SAME_ISSUE_COOCCURRENCE = 0.5;

/** Weight of an issue word that the headline uses too: headlines name what a story is about. */
const TITLE_FACTOR = 2;

/** Weight of an issue word inside a stance clause: what a party wants names the issue. */
const STANCE_FACTOR = 2;

/** Extra weight of an issue noun per further party whose stance names it: what several parties take sides on. */
const CONTESTED_FACTOR = 1;

/** A party's stances on one point joined into its position, at most ("wants X; rejected Y"): more would be a paragraph. */
const STANCES_PER_PARTY = 2;

/** Sentences before and after a point's sentence whose stances are read as positions on it. */
const NEARBY_SENTENCES = 2;

/** Issue nouns of a point tried for its label, best-ranked first. */
const MAX_LABEL_ANCHORS = 4;

/** Label score bonus of a phrase holding the noun the point's sentences were grouped by. */
const ANCHOR_LABEL_BONUS = 2;

/** Evidence scores are summed with these weights, best first: more evidence, more contention. */
const EVIDENCE_WEIGHTS = [1, 0.6, 0.4] as const;

/** Caps of the count features, so one long point does not outweigh everything. */
const MAX_COUNTED_STANCES = 4;
const MAX_COUNTED_PARTIES = 3;
const MAX_COUNTED_SENTENCES = 5;
const MAX_COUNTED_ARTICLE_PARTIES = 8;
/** Parties with any stance counted in an article, at most. */
const MAX_COUNTED_SPEAKERS = 16;
const MAX_COUNTED_CONTENTIOUS = 10;
const MAX_COUNTED_REFUSALS = 4;

/** Shares of the article's sentences (institutions, sport) are multiplied by this, to read on the others' scale. */
const SHARE_SCALE = 10;

/** The article's contention per sentence is multiplied by this, so the feature reads on the scale of the others. */
const CONTENTION_DENSITY_SCALE = 10;

/** Heading words that mark a section as being about disputes. */
const HEADING_CUE =
  /\b(?:disput\w*|sticking|block\w*|obstacles?|issues?|divi\w+|demands?|rows?|clash\w*|impasse|deadlock|unresolved|red lines?|at odds|differences)\b/i;

/** Lemmas that never name an issue: time, quantity, reporting, procedure, people, and the contention words. */
const NON_ISSUE: ReadonlySet<string> = new Set([
  'year',
  'day',
  'time',
  'week',
  'month',
  'people',
  'percent',
  'thing',
  'way',
  'lot',
  'number',
  'report',
  'statement',
  'official',
  'issue',
  'part',
  'place',
  'member',
  'country',
  'world',
  'today',
  'move',
  'decision',
  'matter',
  'question',
  'case',
  'state',
  'news',
  'end',
  'side',
  'point',
  'demand',
  'dispute',
  'talk',
  'negotiation',
  'deal',
  'agreement',
  'call',
  'criticism',
  'concern',
  'fear',
  'need',
  'commitment',
  'compromise',
  'concession',
  'breakthrough',
  'progress',
  'division',
  'action',
  'plan',
  'group',
  'leader',
  'government',
  'administration',
  'source',
  'weekend',
  'million',
  'billion',
  'series',
  'measure',
  'potential',
  'reality',
  'fact',
  'meeting',
  'debate',
  'session',
  'conference',
  'summit',
  'hearing',
  'body',
  'letter',
  'interview',
  'visit',
  'speech',
  'round',
  'power',
  'vote',
  'minister',
  'secretary',
  'chief',
  'executive',
  'chairman',
  'chair',
  'manager',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'man',
  'woman',
  'boy',
  'girl',
  'child',
  'person',
  'mother',
  'father',
  'son',
  'daughter',
  'wife',
  'husband',
  'friend',
  'expert',
  'reporter',
  'correspondent',
  'journalist',
  'editor',
  'comment',
  'situation',
  'problem',
  'response',
  'attempt',
  'effort',
  'hope',
  'view',
  'opinion',
  'claim',
  'allegation',
  'warning',
  'threat',
  'refusal',
  'rejection',
  'opposition',
  'row',
  'clash',
  'argument',
  'stance',
  'position',
  'proposal',
  'offer',
  'request',
  'appeal',
  'pressure',
  'obstacle',
  'impasse',
  'deadlock',
  'stalemate',
  'tension',
  'difference',
  'disagreement',
  'conflict',
  'standoff',
  'change',
  'idea',
  'word',
  'term',
  'kind',
  'sort',
  'level',
  'area',
  'example',
  'reason',
  'result',
  'moment',
  'future',
  'past',
  'week',
  'hour',
  'minute',
  'second',
  'night',
  'morning',
  'evening',
  'afternoon',
  'season',
  'period',
  'date',
  'deadline',
  'spokesman',
  'official',
  'aide',
  'adviser',
  'advisor',
  'lawyer',
  'team',
  'side',
  'party',
  'company',
  'firm',
  'council',
  'court',
  'judge',
  'committee',
  'union',
  'ministry',
  'department',
  'agency',
  'authority',
  'board',
  'club',
  'couple',
  'family',
  'resident',
  'worker',
  'employee',
  'staff',
  'critic',
  'supporter',
  'campaigner',
  'activist',
  'protester',
  'lawmaker',
  'politician',
  'nation',
  'bloc',
  'ally',
  'analyst',
  'observer',
  'investor',
  'owner',
  'parent',
  'student',
  'teacher',
  'doctor',
  'nurse',
  'officer',
  'police',
  'president',
  'prime',
  'mp',
  'senator',
  'governor',
  'mayor',
  'head',
  // People named by what they do or undergo: parties or those affected, not issues.
  'driver',
  'passenger',
  'pilot',
  'farmer',
  'fisherman',
  'miner',
  'tenant',
  'landlord',
  'voter',
  'customer',
  'consumer',
  'user',
  'patient',
  'victim',
  'player',
  'fan',
  'shareholder',
  'creditor',
  'lender',
  'borrower',
  'buyer',
  'seller',
  'migrant',
  'refugee',
  'immigrant',
  'citizen',
  'taxpayer',
  'motorist',
  'commuter',
  'pupil',
  'people',
  'individual',
  'owner',
  'operator',
  'developer',
  'contractor',
  'supplier',
  'provider',
  'applicant',
  'claimant',
]);

/** A sentence with its reading. */
interface ReadSentence {
  tagged: TaggedSentence;
  /** Contention score after context factors. */
  contention: number;
  /** Whether a weight-3 cue matched (the sentence states a dispute outright). */
  strong: boolean;
  settled: boolean;
  crime: boolean;
  stances: Stance[];
  /** Issue-word candidates, best-placed first (those in stance clauses, then the rest). */
  issues: string[];
}

/** A candidate point: a group of sentences about one issue, before the gate. */
export interface Candidate {
  /** The point as it would be shown. */
  point: StickingPoint;
  /** What the gate weighs. */
  features: GateFeatures;
}

/**
 * Reads the contention of one sentence from the cue lexicon.
 * @returns its score (0 when no cue matched) and whether a cue stating a dispute outright matched
 */
export function scoreSentence(text: string): { score: number; strong: boolean } {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  let score = 0;
  let strong = false;
  let best = 0;
  for (const cue of CONTENTION_CUES) {
    if (!cue.pattern.test(lower)) continue;
    score += cue.weight;
    best = Math.max(best, cue.weight);
    if (cue.weight >= 3) strong = true;
  }
  if (best < 2) score *= 0.5; // hedges and stance words alone ("wants", "however") are not a dispute
  score = Math.min(score, MAX_CUE_SCORE);
  if (!DECISION_CONTEXT.test(lower) && !strong) score *= 0.5;
  if (SETTLED.test(lower)) score -= SETTLED_PENALTY;
  return { score: Math.max(0, score), strong };
}

/** For each block, the index of the heading block its section starts with (or -1 before the first heading). */
function sectionOfBlocks(blocks: readonly Block[]): number[] {
  let current = -1;
  return blocks.map((block, i) => {
    if (block.kind === 'heading') current = i;
    return current;
  });
}

/** Whether a heading, or the heading above it, names a dispute ("The issues still blocking a deal"). */
function disputeSections(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  let parent = -1;
  blocks.forEach((b, i) => {
    if (b.kind !== 'heading') return;
    const level = b.level ?? 2;
    if (
      HEADING_CUE.test(b.text) ||
      (parent >= 0 && HEADING_CUE.test(blocks[parent]!.text) && (blocks[parent]!.level ?? 2) < level)
    )
      out.add(i);
    if (parent < 0 || (blocks[parent]!.level ?? 2) >= level || !HEADING_CUE.test(blocks[parent]!.text)) parent = i;
  });
  return out;
}

/** Headings with subheadings under them ("The issues still blocking a deal"): an umbrella, not one issue. */
function umbrellaHeadings(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  blocks.forEach((b, i) => {
    if (b.kind !== 'heading') return;
    const next = blocks.slice(i + 1).find((x) => x.kind === 'heading');
    if (next && (next.level ?? 2) > (b.level ?? 2)) out.add(i);
  });
  return out;
}

/** The lemmas naming the article's parties, read from the stances' actors. */
function partyLemmasOf(stances: readonly Stance[]): Set<string> {
  const out = new Set<string>();
  for (const s of stances)
    for (const word of s.actor.toLowerCase().split(/[^\p{L}]+/u)) if (word) out.add(word.replace(/s$/, ''));
  return out;
}

/**
 * Finds the candidate sticking points of an English article, before the gate: every group of contentious
 * sentences about one issue that has a label. `findStickingPoints` shows those the gate lets through; the gate's
 * fitting script reads them all.
 *
 * Steps: 1. read the stances of every sentence; 2. score each body sentence's contention and note settlements and
 * crime; 3. keep the contentious sentences (a cue, or a party's stance); 4. rank issue nouns over the article
 * (contention × frequency, more in stance clauses and the headline) and give each sentence its best; 5. group
 * sentences by dispute section, else by issue noun, merging issue nouns that keep company; 6. label each group
 * (its section's heading, else its best noun phrase) and drop those without a label; 7. collect evidence,
 * positions and features.
 * @returns the candidates in no particular order; empty when nothing is contentious
 */
export function findCandidates(article: Article, tagged: readonly TaggedSentence[]): Candidate[] {
  const blocks = article.blocks;
  const readStancesOnce = readStances(tagged);
  const partyLemmas = partyLemmasOf(readStancesOnce);
  const isIssue = (lemma: string): boolean =>
    lemma.length >= 3 && !NON_ISSUE.has(lemma) && !partyLemmas.has(lemma.replace(/s$/, ''));
  // Plain reported speech takes a side when another party's stance names the same issue noun: "Turkey insists the
  // jet ignored warnings to leave its airspace" against "Russia says it was shot down within Syrian airspace".
  // Only an answer to a side taken counts: the noun must be named in another party's contentious stance.
  const holders = new Map<string, Set<string>>();
  const sided = new Map<string, Set<string>>();
  for (const s of readStancesOnce) {
    for (const lemma of s.nouns) {
      if (!isIssue(lemma)) continue;
      holders.set(lemma, (holders.get(lemma) ?? new Set()).add(s.actor));
      if (s.contentious) sided.set(lemma, (sided.get(lemma) ?? new Set()).add(s.actor));
    }
  }
  const answers = (s: Stance): boolean =>
    s.nouns.some((n) => [...(sided.get(n) ?? [])].some((actor) => actor !== s.actor));
  const stances = readStancesOnce.map((s) => (s.contentious || !answers(s) ? s : { ...s, contentious: true }));
  const stancesAt = new Map<number, Stance[]>();
  for (const s of stances) stancesAt.set(s.sentence, [...(stancesAt.get(s.sentence) ?? []), s]);
  const titleLemmas = new Set(
    tagText(article.title)
      .filter((t) => t.word)
      .map((t) => t.lemma),
  );
  const sectionOf = sectionOfBlocks(blocks);
  const disputed = disputeSections(blocks);
  const umbrellas = umbrellaHeadings(blocks);

  // 1–3. Read every body sentence; keep the contentious ones.
  const counts = new Map<string, number>();
  const read: ReadSentence[] = [];
  for (const ts of tagged) {
    for (const t of ts.tokens) if (t.pos === 'NOUN') counts.set(t.lemma, (counts.get(t.lemma) ?? 0) + 1);
    const block = blocks[ts.sentence.blockIndex];
    if (!block || block.kind === 'heading' || block.kind === 'preformatted') continue;
    if (ts.tokens.filter((t) => t.word).length < MIN_SENTENCE_WORDS) continue;
    const { score, strong } = scoreSentence(ts.sentence.text);
    const own = (stancesAt.get(ts.sentence.index) ?? []).filter((s) => s.contentious);
    if (score < MIN_CONTENTION && own.length === 0) continue;
    const lower = ts.sentence.text.toLowerCase();
    const stanceNouns = own.flatMap((s) => s.nouns).filter(isIssue);
    const otherNouns = ts.tokens.filter((t) => t.pos === 'NOUN' && isIssue(t.lemma)).map((t) => t.lemma);
    read.push({
      tagged: ts,
      contention: score,
      strong,
      settled: SETTLED.test(lower),
      crime: CRIME_CONTEXT.test(lower),
      stances: own,
      issues: [...new Set([...stanceNouns, ...otherNouns])],
    });
  }
  if (read.length === 0) return [];

  // 4. Rank issue nouns over the article. A noun in the stances of several parties is what they contest.
  const rank = new Map<string, number>();
  for (const r of read) {
    const inStance = new Set(r.stances.flatMap((s) => s.nouns));
    for (const lemma of r.issues) {
      const weight =
        (r.contention + r.stances.length) *
        Math.log1p(counts.get(lemma) ?? 0) *
        (titleLemmas.has(lemma) ? TITLE_FACTOR : 1) *
        (inStance.has(lemma) ? STANCE_FACTOR : 1) *
        (1 + CONTESTED_FACTOR * Math.max(0, (holders.get(lemma)?.size ?? 0) - 1));
      rank.set(lemma, (rank.get(lemma) ?? 0) + weight);
    }
  }

  // 5. Group: a dispute section with a label heading is one point; the rest by issue noun.
  interface Group {
    heading: number;
    anchor: string | null;
    members: ReadSentence[];
    anchors: Set<string>;
  }
  const groups: Group[] = [];
  const bySection = new Map<number, Group>();
  const byAnchor = new Map<string, Group>();
  for (const r of read) {
    const heading = sectionOf[r.tagged.sentence.blockIndex] ?? -1;
    if (heading >= 0 && disputed.has(heading) && !umbrellas.has(heading) && isLabelHeading(blocks[heading]!.text)) {
      let g = bySection.get(heading);
      if (!g) {
        g = { heading, anchor: null, members: [], anchors: new Set() };
        bySection.set(heading, g);
        groups.push(g);
      }
      g.members.push(r);
      continue;
    }
    const anchor = [...r.issues].sort((a, b) => (rank.get(b) ?? 0) - (rank.get(a) ?? 0) || (a < b ? -1 : 1))[0];
    if (!anchor) continue;
    let g = byAnchor.get(anchor);
    if (!g) {
      g = { heading: -1, anchor, members: [], anchors: new Set([anchor]) };
      byAnchor.set(anchor, g);
      groups.push(g);
    }
    g.members.push(r);
  }
  // Issue nouns that keep company ("flu" and "vaccine", "parking" and "fine") are one issue.
  const sentencesWith = new Map<string, Set<number>>();
  tagged.forEach((ts, i) => {
    for (const t of ts.tokens)
      if (t.pos === 'NOUN' && byAnchor.has(t.lemma)) {
        let set = sentencesWith.get(t.lemma);
        if (!set) sentencesWith.set(t.lemma, (set = new Set()));
        set.add(i);
      }
  });
  const cooccurrence = (a: string, b: string): number => {
    const setA = sentencesWith.get(a) ?? new Set<number>();
    const setB = sentencesWith.get(b) ?? new Set<number>();
    let both = 0;
    for (const i of setA) if (setB.has(i)) both += 1;
    return both / Math.max(1, Math.min(setA.size, setB.size));
  };
  const anchored = groups
    .filter((g) => g.anchor !== null)
    .sort((a, b) => (rank.get(b.anchor!) ?? 0) - (rank.get(a.anchor!) ?? 0));
  for (let i = anchored.length - 1; i > 0; i -= 1) {
    const weak = anchored[i]!;
    const strong = anchored.slice(0, i).find((g) => cooccurrence(g.anchor!, weak.anchor!) >= SAME_ISSUE_COOCCURRENCE);
    if (!strong) continue;
    strong.members.push(...weak.members);
    for (const a of weak.anchors) strong.anchors.add(a);
    groups.splice(groups.indexOf(weak), 1);
  }

  // 6–7. Label, evidence, positions, features.
  const articlePhrases = tagged.flatMap((ts) => nounPhrases(ts.sentence.text, ts.tokens));
  const out: Candidate[] = [];
  const bestRank = Math.max(1e-9, ...groups.map((g) => (g.anchor ? (rank.get(g.anchor) ?? 0) : 0)));
  // Every party with a stance, contentious or not: a dispute is reported through many voices.
  const articleSpeakers = Math.min(MAX_COUNTED_SPEAKERS, new Set(stances.map((s) => s.actor)).size);
  const articleParties = Math.min(
    MAX_COUNTED_ARTICLE_PARTIES,
    new Set(stances.filter((s) => s.contentious).map((s) => s.actor)).size,
  );
  const articleContention =
    (read.reduce((sum, r) => sum + r.contention, 0) / Math.max(1, tagged.length)) * CONTENTION_DENSITY_SCALE;
  const articleContentious = Math.min(
    MAX_COUNTED_CONTENTIOUS,
    read.filter((r) => r.contention >= MIN_CONTENTION).length,
  );
  const bodyTexts = tagged.map((ts) => ts.sentence.text.toLowerCase());
  const shareOf = (pattern: RegExp): number =>
    (bodyTexts.filter((t) => pattern.test(t)).length / Math.max(1, bodyTexts.length)) * SHARE_SCALE;
  const articleInstitutional = shareOf(DECISION_CONTEXT);
  const articleSport = shareOf(SPORT_CONTEXT);
  const articleCrime = shareOf(CRIME_CONTEXT);
  const articleRefusals = Math.min(MAX_COUNTED_REFUSALS, stances.filter((s) => s.refusal && s.contentious).length);
  for (const g of groups) {
    const label = labelOf(g, blocks, {
      articlePhrases,
      partyLemmas,
      titleLemmas,
      isIssue,
      rank,
      countOf: (lemma) => counts.get(lemma) ?? 0,
    });
    // The point's issue nouns: those its sentences were grouped by, and the nouns of its label.
    const issueNouns = new Set([
      ...g.anchors,
      ...(label
        ? tagText(label)
            .filter((t) => t.pos === 'NOUN' && isIssue(t.lemma))
            .map((t) => t.lemma)
        : []),
    ]);
    if (!label) continue;
    const members = [...g.members].sort((a, b) => b.contention + b.stances.length - (a.contention + a.stances.length));
    const evidence = chooseEvidence(members)
      .sort((a, b) => a.tagged.sentence.index - b.tagged.sentence.index)
      .map((m) => ({ text: m.tagged.sentence.text, index: m.tagged.sentence.index }));
    const memberIndexes = new Set(g.members.map((m) => m.tagged.sentence.index));
    const related = stances.filter(
      (s) =>
        !memberIndexes.has(s.sentence) &&
        (s.nouns.some((n) => issueNouns.has(n)) ||
          (g.heading >= 0 && sectionOf[tagged[s.sentence]!.sentence.blockIndex] === g.heading)),
    );
    // Then the stances next to the point's sentences (the same paragraph, or the sentences just before and after
    // it in the same section): a claim and the reply to it stand together, even where every sentence is a paragraph.
    const memberBlocks = new Set(g.members.map((m) => m.tagged.sentence.blockIndex));
    const near = (i: number): boolean =>
      memberBlocks.has(tagged[i]!.sentence.blockIndex) ||
      g.members.some(
        (m) =>
          Math.abs(m.tagged.sentence.index - i) <= NEARBY_SENTENCES &&
          sectionOf[m.tagged.sentence.blockIndex] === sectionOf[tagged[i]!.sentence.blockIndex],
      );
    const nearby = stances.filter((s) => !memberIndexes.has(s.sentence) && !related.includes(s) && near(s.sentence));
    const own = g.members.flatMap((m) => m.stances);
    // Positions: the contentious stances of the point's sentences, then the other stances of its sentences, then
    // stances elsewhere on its issue noun or in its section.
    const plain = g.members.flatMap((m) =>
      (stancesAt.get(m.tagged.sentence.index) ?? []).filter((s) => !s.contentious),
    );
    const positions: Position[] = [];
    for (const s of [...own, ...plain, ...related, ...nearby]) {
      const same = positions.find((p) => p.actor === s.actor);
      // A party's further stances on the point join its first ("wants X; rejected Y"), up to STANCES_PER_PARTY.
      if (same && same.stance.split('; ').length < STANCES_PER_PARTY && !same.stance.includes(s.stance))
        same.stance = `${same.stance}; ${s.stance}`;
      else if (!same && positions.length < MAX_POSITIONS) positions.push({ actor: s.actor, stance: s.stance });
    }
    const contentions = members.map((m) => m.contention).sort((a, b) => b - a);
    const parties = new Set(own.map((s) => s.actor));
    const point: StickingPoint = { label, evidence, positions, confidence: 0 };
    out.push({
      point,
      features: {
        contention: EVIDENCE_WEIGHTS.reduce((sum, w, i) => sum + w * (contentions[i] ?? 0), 0),
        strong: members.some((m) => m.strong) ? 1 : 0,
        stances: Math.min(MAX_COUNTED_STANCES, own.length),
        parties: Math.min(MAX_COUNTED_PARTIES, parties.size),
        opposed: parties.size >= 2 ? 1 : 0,
        refusal: own.some((s) => s.refusal) ? 1 : 0,
        sentences: Math.min(MAX_COUNTED_SENTENCES, g.members.length),
        headline: label
          .toLowerCase()
          .split(/\s+/)
          .some((w) => [...titleLemmas].some((l) => l.length > 3 && w.startsWith(l)))
          ? 1
          : 0,
        section: g.heading >= 0 ? 1 : 0,
        rank: g.anchor ? (rank.get(g.anchor) ?? 0) / bestRank : 1,
        articleParties,
        articleSpeakers,
        articleContention,
        articleContentious,
        articleRefusals,
        articleInstitutional,
        articleSport,
        articleCrime,
        settled: g.members.filter((m) => m.settled).length / g.members.length,
        crime: g.members.filter((m) => m.crime).length / g.members.length,
      },
    });
  }
  return out;
}

/**
 * The evidence of a point: its most contentious sentence, then, while there is room, sentences that add a party's
 * stance not yet shown (both sides of a dispute before a second sentence of the same side), then the next most
 * contentious.
 * @param members the point's sentences, most contentious first
 */
function chooseEvidence(members: readonly ReadSentence[]): ReadSentence[] {
  const chosen = members.slice(0, 1);
  const parties = new Set(chosen.flatMap((m) => m.stances.map((s) => s.actor)));
  for (const m of members.slice(1)) {
    if (chosen.length >= MAX_EVIDENCE) break;
    if (m.stances.some((s) => !parties.has(s.actor))) {
      chosen.push(m);
      for (const s of m.stances) parties.add(s.actor);
    }
  }
  for (const m of members) if (chosen.length < MAX_EVIDENCE && !chosen.includes(m)) chosen.push(m);
  return chosen;
}

/** What labelling a group needs from the article. */
interface LabelInputs {
  articlePhrases: readonly NounPhrase[];
  partyLemmas: ReadonlySet<string>;
  titleLemmas: ReadonlySet<string>;
  isIssue: (lemma: string) => boolean;
  rank: ReadonlyMap<string, number>;
  countOf: (lemma: string) => number;
}

/** The label of a group: its section's heading, else the best noun phrase holding its issue noun. */
function labelOf(
  g: { heading: number; anchor: string | null; members: ReadSentence[] },
  blocks: readonly Block[],
  inputs: LabelInputs,
): string | null {
  if (g.heading >= 0) return blocks[g.heading]!.text.trim();
  if (!g.anchor) return null;
  const phrases = g.members.flatMap((m) => {
    const text = m.tagged.sentence.text;
    const stanceSpans = m.stances.map((s) => text.indexOf(s.stance)).filter((i) => i >= 0);
    return nounPhrases(text, m.tagged.tokens).map((phrase) => ({
      phrase,
      inStance: m.stances.some((s, k) => {
        const at = stanceSpans[k] ?? -1;
        return at >= 0 && phrase.tokens[0]!.start >= at && phrase.tokens[0]!.start < at + s.stance.length;
      }),
    }));
  });
  // The group's issue noun first; when no phrase of 2–7 words holds it ("the drug"), its other issue nouns in rank
  // order ("list price", "price review").
  const others = [...new Set(g.members.flatMap((m) => m.issues))]
    .filter((lemma) => lemma !== g.anchor)
    .sort((a, b) => (inputs.rank.get(b) ?? 0) - (inputs.rank.get(a) ?? 0));
  let best: { text: string; score: number } | null = null;
  const anchors = [g.anchor, ...others].slice(0, MAX_LABEL_ANCHORS);
  for (const [i, anchor] of anchors.entries()) {
    const label = chooseLabel(phrases, {
      anchor,
      partyLemmas: inputs.partyLemmas,
      titleLemmas: inputs.titleLemmas,
      articlePhrases: inputs.articlePhrases,
      isNonIssue: (lemma) => !inputs.isIssue(lemma),
      countOf: inputs.countOf,
    });
    // The grouping noun is preferred; another of the point's issue nouns wins only with a clearly better phrase.
    const score = (label?.score ?? -Infinity) + (i === 0 ? ANCHOR_LABEL_BONUS : 0);
    if (label && (!best || score > best.score)) best = { text: label.text, score };
  }
  return best?.text ?? null;
}

/**
 * Finds the sticking points of an English article.
 *
 * Steps: 1. find the candidate points (`findCandidates`); 2. score each with the gate (the weighted sum of its
 * features) and the article by its candidates' highest features; the article speaks when its score reaches the
 * gate's threshold, and then shows its best candidate and those that reach the point threshold; 3. merge candidates with the same label; 4. sort by
 * score, keep at most five, and turn each score into a confidence between 0 and 1.
 * @param gate the gate's parameters; the fitted ones by default
 * @returns the points, most confident first; an empty list when the article reports no open dispute
 */
export function findStickingPoints(
  article: Article,
  tagged: readonly TaggedSentence[],
  gate: GateParams = FITTED_GATE,
): StickingPointsResult {
  const candidates = findCandidates(article, tagged);
  const shown = applyGate(
    candidates.map((c) => c.features),
    gate,
  ).map((i) => ({
    ...candidates[i]!.point,
    score: gateScore(candidates[i]!.features, gate),
  }));
  const points: StickingPoint[] = [];
  for (const { score, ...point } of shown) {
    if (points.some((p) => p.label.toLowerCase() === point.label.toLowerCase())) continue;
    // Confidence rises from 0.5 at the point threshold towards 1 (a logistic of the margin).
    points.push({ ...point, confidence: Math.round(1000 / (1 + Math.exp(-(score - gate.pointThreshold)))) / 1000 });
    if (points.length >= MAX_POINTS) break;
  }
  return { stickingPoints: points };
}
