/**
 * Finds the sticking points of an article: the open disputes, demands, refusals and obstacles it reports as
 * standing in the way of an agreement or decision. Pure and deterministic; no model, no network. The method is a
 * weighted contention lexicon read in context (who is deciding what, whether it is settled, whether it is crime),
 * an article-level gate that wants several contentious sentences and more than one party before reporting
 * anything, and grouping of the contentious sentences into issues by section headings and shared issue words.
 * See README.md in this folder.
 */
import type { Article, Block } from '../article/types';
import type { Sentence } from '../text/sentences';
import type { TaggedSentence } from '../text/tagger';
import type { GateParams } from './gate';
import { baseLanguage, stopWords, tokenize, type Token } from '../text/words';
import { stemmer } from 'stemmer';
import {
  CONTENTION_CUES,
  COVERED_LANGUAGES,
  CRIME_CONTEXT,
  DECISION_CONTEXT,
  MAX_CUE_SCORE,
  SETTLED,
  SETTLED_PENALTY,
} from './lexicon';
import { isLabelHeading, labelFromSentences, MAX_LABEL_WORDS, type Label, type LabelContext } from './label';
import { readPositions } from './positions';
import type { Position, StickingPoint, StickingPointsResult } from './types';

/** Evidence sentences per point: a point is one issue, not a catch-all. */
export const MAX_EVIDENCE = 3;

/** Points returned at most: the popup shows a handful and the eval reads the top 5. */
const MAX_POINTS = 5;

/** Positions kept per point. */
const MAX_POSITIONS = 4;

/** A sentence with less than this contention score is not evidence of a sticking point. */
const MIN_SENTENCE_SCORE = 2.5;

/**
 * Sentences shorter than this are not scored (captions, fragments). Four words still admit a terse stance such as
 * "The council denies liability."
 */
const MIN_SENTENCE_WORDS = 4;

/** Multiplier for a cue in a sentence without decision vocabulary: "refused to wear it" is not a negotiation. */
const NO_CONTEXT_FACTOR = 0.5;

/** Multiplier for a sentence of a crime report without a strong cue ("refused to leave", "refused bail"). */
const CRIME_FACTOR = 0.3;

/** Bonus for a sentence in which a named party takes a stance: disputes are between parties. */
const STANCE_BONUS = 1;

/**
 * The article-level gate. An article is reported as holding sticking points only when at least
 * `MIN_EVIDENCE_SENTENCES` sentences pass, with `MIN_ARTICLE_SCORE` in total, and at least `MIN_PARTIES` distinct
 * actors take stances in them, or one sentence states the dispute outright (a weight-3 cue). A single "insisted"
 * or "refused" in a crime, health or product story falls short of it.
 */
const MIN_EVIDENCE_SENTENCES = 2;
const MIN_ARTICLE_SCORE = 7;
const MIN_PARTIES = 2;

/** A point is kept only if its score reaches this share of the best point's: weaker ones are side remarks. */
const RELATIVE_FLOOR = 0.35;

/** A point scores the sum of its evidence scores with these weights (best first): more evidence, more confidence. */
const EVIDENCE_WEIGHTS = [1, 0.6, 0.4] as const;

/** Bonus per distinct party with a stance on a point (up to 3). */
const PARTY_BONUS = 1;

/**
 * Bonus for each scored sentence of a section whose heading, or the heading above it, names a dispute: the article
 * itself says what follows is an open issue, so a plain stance ("Estmark wants a larger share") is evidence.
 */
const DISPUTE_SECTION_BONUS = 1.5;

/** Bonus for a section whose heading, or the heading above it, names a dispute ("Issues still blocking a deal"). */
const HEADING_CUE_BONUS = 3;

/** Point score at which confidence reaches about 0.63 (1 − 1/e); confidence = 1 − exp(−score / scale). */
const CONFIDENCE_SCALE = 8;

/** Share of the rarer anchor's sentences that must also hold the other for two anchors to be one issue. */
const SAME_ISSUE_COOCCURRENCE = 0.5;

/** Factor for a point resting on one sentence that names no party: often a summary remark, not an issue. */
const LONE_SENTENCE_FACTOR = 0.6;

/** Paragraphs apart within which a point that names no issue is folded into a named one: same or next paragraph. */
const NEIGHBOUR_BLOCKS = 1;

/** Weight of an issue word that the headline uses too: headlines name what a story is about. */
const TITLE_FACTOR = 2;

/** Share of English stop words among an untagged article's words below which it is taken as not English. */
const MIN_ENGLISH_STOP_SHARE = 0.25;

/** Heading words that mark a section as being about disputes. */
const HEADING_CUE = /\b(?:disput\w*|sticking|block\w*|obstacles?|issues?|divi\w+|demands?|rows?|clash\w*|impasse|deadlock|unresolved|red lines?|at odds|differences)\b/i;

/** Words that never name an issue on their own: time, quantity, reporting, and the contention words themselves. */
const NON_ISSUE_WORDS = [
  'year', 'years', 'day', 'days', 'time', 'week', 'month', 'people', 'percent', 'thing', 'way', 'lot', 'number',
  'report', 'statement', 'told', 'official', 'officials', 'issue', 'issues', 'part', 'place', 'member', 'country',
  'world', 'today', 'move', 'decision', 'matter', 'question', 'case', 'state', 'states', 'news', 'end', 'side',
  'sides', 'point', 'points', 'demand', 'demands', 'dispute', 'insist', 'refuse', 'reject', 'oppose', 'talks',
  'negotiations', 'deal', 'agreement', 'agree', 'agreed', 'call', 'urge', 'want', 'propose', 'offer', 'accept',
  'block', 'challenge', 'criticism', 'condemn', 'warn', 'concern', 'fear', 'need', 'feasible', 'commitment',
  'compromise', 'concessions', 'breakthrough', 'progress', 'remain', 'unresolved', 'division', 'divided', 'sticking',
  'action', 'plan', 'plans', 'group', 'groups', 'leaders', 'government', 'administration', 'teachers', 'doctors',
  'workers', 'union', 'unions', 'critics', 'judges', 'court', 'lawmakers', 'legislators', 'analysts', 'supporters',
  'allies', 'motorists', 'drivers', 'families', 'employees', 'businesses', 'companies', 'company', 'firms',
  'physicians', 'staff', 'residents', 'owners', 'parties', 'party', 'said', 'says', 'sources', 'weekend', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'million', 'billion', 'high', 'long', 'far',
  'likely', 'unlikely', 'major', 'key', 'many', 'several', 'whether', 'however', 'instead', 'including',
  'series', 'measures', 'potential', 'hardest', 'things', 'something', 'anything', 'reality', 'fact', 'apart',
  // Procedure, not issues: what a party calls for or holds while the issue is something else.
  'meeting', 'meetings', 'debate', 'session', 'conference', 'summit', 'hearing', 'body', 'letter', 'interview',
  'visit', 'speech', 'round', 'power', 'powers', 'vote', 'votes', 'hearing', 'tribunal',
  // Institutions and office holders: parties, not issues, even where the positions reader missed them as actors.
  'council', 'councillors', 'councils', 'regulator', 'authority', 'ministry', 'club', 'clubs', 'couple', 'bloc',
  'nations', 'countries', 'minister', 'ministers', 'secretary', 'chief', 'executive', 'chairman', 'chair',
  'leader', 'manager', 'commissioner', 'negotiators', 'campaigners', 'landlord', 'tenants', 'lawyers',
  // People named by what they are: parties, not issues.
  'man', 'men', 'woman', 'women', 'boy', 'girl', 'child', 'children', 'person', 'mother', 'father', 'son',
  'daughter', 'wife', 'husband', 'friend', 'spokesperson', 'spokesman', 'spokeswoman', 'expert', 'experts',
];
const NON_ISSUE_STEMS: ReadonlySet<string> = new Set(NON_ISSUE_WORDS.map((w) => stemmer(w)));

/** Whether two labels name one issue: the same head or synonyms, or a shared word other than a name. */
function sameIssue(a: Label | null | undefined, b: Label): boolean {
  if (!a) return false;
  return a.issue === b.issue || a.classes.some((c) => b.classes.includes(c));
}

/** A sentence with its contention reading. */
interface ScoredSentence {
  sentence: Sentence;
  /** Contention score after context factors and bonuses. */
  score: number;
  /** Whether a weight-3 cue matched (the sentence states a dispute outright). */
  strong: boolean;
  /** Positions stated in the sentence. */
  positions: Position[];
  /** Stems that could name the sentence's issue. */
  issueStems: string[];
  /** The issue stems inside its stance phrases (what a party wants names the issue best); may be empty. */
  stanceStems: string[];
}

/** A point being built. */
interface Draft {
  label: string | null;
  anchor: string | null;
  members: ScoredSentence[];
  bonus: number;
}

/**
 * Reads the contention of one sentence.
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
  if (!DECISION_CONTEXT.test(lower) && !strong) score *= NO_CONTEXT_FACTOR;
  if (CRIME_CONTEXT.test(lower) && !strong) score *= CRIME_FACTOR;
  if (SETTLED.test(lower)) score -= SETTLED_PENALTY;
  return { score: Math.max(0, score), strong };
}

/** Whether the article is in a language the lexicon covers; untagged articles are judged by their stop words. */
function isCoveredLanguage(article: Article): boolean {
  if (article.lang) return COVERED_LANGUAGES.has(baseLanguage(article.lang));
  const words = tokenize(article.text.slice(0, 5000), 'en');
  if (words.length < 20) return true;
  const english = stopWords('en');
  const share = words.filter((w) => english.has(w.lower)).length / words.length;
  return share >= MIN_ENGLISH_STOP_SHARE;
}

/** For each block, the index of the heading block its section starts with (or -1 before the first heading). */
function sectionOfBlocks(blocks: readonly Block[]): number[] {
  let current = -1;
  return blocks.map((block, i) => {
    if (block.kind === 'heading') current = i;
    return current;
  });
}

/** For each block that is a heading, the heading above it (the nearest earlier heading of a higher rank), or -1. */
function parentHeadings(blocks: readonly Block[]): Map<number, number> {
  const parents = new Map<number, number>();
  const stack: number[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'heading') return;
    const level = b.level ?? 2;
    while (stack.length > 0 && (blocks[stack[stack.length - 1]!]!.level ?? 2) >= level) stack.pop();
    parents.set(i, stack[stack.length - 1] ?? -1);
    stack.push(i);
  });
  return parents;
}

/**
 * The article's vocabulary: how often each stem occurs, the stems of words mostly written capitalised mid-sentence
 * (names, which label no issue), and the words seen in lower case (so a capitalised one is a common word).
 */
function articleVocabulary(sentences: readonly Sentence[]): {
  counts: Map<string, number>;
  names: Set<string>;
  lowerWords: Set<string>;
  stemsOf: Set<string>[];
  tokensOf: Token[][];
} {
  const stemsOf: Set<string>[] = [];
  const tokensOf: Token[][] = [];
  const counts = new Map<string, number>();
  const capital = new Map<string, number>();
  const lowerWords = new Set<string>();
  for (const s of sentences) {
    const stems = new Set<string>();
    stemsOf.push(stems);
    const tokens = tokenize(s.text, 'en');
    tokensOf.push(tokens);
    tokens.forEach((t, i) => {
      if (t.text === t.lower) lowerWords.add(t.lower);
      if (t.stop) return;
      stems.add(t.stem);
      counts.set(t.stem, (counts.get(t.stem) ?? 0) + 1);
      if (i > 0 && /^\p{Lu}/u.test(t.text)) capital.set(t.stem, (capital.get(t.stem) ?? 0) + 1);
    });
  }
  const names = new Set<string>();
  for (const [stem, n] of capital) if (n * 2 > (counts.get(stem) ?? 0)) names.add(stem);
  return { counts, names, lowerWords, stemsOf, tokensOf };
}

/** Issue-word candidates of a sentence: content stems that are not names, numbers or contention vocabulary. */
function issueStemsOf(tokens: readonly Token[], names: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.stop || t.lower.length < 3 || /\p{N}/u.test(t.lower)) continue;
    if (/(?:ly|ed|ous|ful)$/.test(t.lower)) continue; // adverbs, participles, adjectives: not issue names
    if (names.has(t.stem) || NON_ISSUE_STEMS.has(t.stem) || NON_ISSUE_STEMS.has(t.lower)) continue;
    if (!out.includes(t.stem)) out.push(t.stem);
  }
  return out;
}

/** The weighted score of a draft point. */
function draftScore(draft: Draft): number {
  const scores = draft.members.map((m) => m.score).sort((a, b) => b - a);
  let total = draft.bonus;
  EVIDENCE_WEIGHTS.forEach((w, i) => (total += w * (scores[i] ?? 0)));
  const parties = new Set(draft.members.flatMap((m) => m.positions.map((p) => p.actor)));
  return total + PARTY_BONUS * Math.min(3, parties.size);
}

/**
 * Finds the sticking points of an article.
 *
 * Steps: 1. return `reason: 'language'` for a language the lexicon does not cover; 2. score every body sentence
 * with the contention lexicon, damped outside decision contexts and in crime reports, penalised when it reports a
 * settlement, with a bonus when a named party takes a stance; 3. apply the article gate (enough contentious
 * sentences and parties, or an outright dispute) and return an empty list when it fails; 4. make one point per
 * section whose subheading reads as a label and whose text is contentious; 5. group the remaining contentious
 * sentences by their most central issue word (the anchor), one issue per point; 6. label each anchored point by
 * the noun phrase its sentences share (issue slots first), merge points that name one issue and fold unnamed ones
 * into a neighbouring point; 7. keep each point's best three sentences as evidence, collect the parties'
 * positions, drop weak points, sort by confidence and return at most five.
 * @returns the points, most confident first; an empty list when the article reports no open dispute
 */
export function findStickingPoints(article: Article, tagged: readonly TaggedSentence[], _gate?: GateParams): StickingPointsResult {
  const sentences: readonly Sentence[] = tagged.map((t) => t.sentence);
  if (!isCoveredLanguage(article)) return { stickingPoints: [], reason: 'language' };
  const blocks = article.blocks;
  const { counts, names, lowerWords, stemsOf, tokensOf } = articleVocabulary(sentences);
  const isCommonWord = (word: string): boolean => lowerWords.has(word.toLowerCase());

  const sectionOf = sectionOfBlocks(blocks);
  const parentOf = parentHeadings(blocks);
  const disputeSections = new Set<number>();
  blocks.forEach((b, i) => {
    if (b.kind !== 'heading') return;
    const parent = parentOf.get(i) ?? -1;
    if (HEADING_CUE.test(b.text) || (parent >= 0 && HEADING_CUE.test(blocks[parent]!.text))) disputeSections.add(i);
  });

  // 2. Score sentences, reading positions as we go (pronouns refer to the last actor named).
  const scored: ScoredSentence[] = [];
  const positionsAt = new Map<number, Position[]>();
  let lastActor: string | null = null;
  for (const sentence of sentences) {
    const block = blocks[sentence.blockIndex];
    if (!block || block.kind === 'heading' || block.kind === 'preformatted') continue;
    const read = readPositions(sentence.text, lastActor, isCommonWord);
    lastActor = read.lastActor;
    if (read.positions.length > 0) positionsAt.set(sentence.index, read.positions);
    if (sentence.text.split(/\s+/).length < MIN_SENTENCE_WORDS) continue;
    const { score, strong } = scoreSentence(sentence.text);
    if (score <= 0) continue;
    const section = sectionOf[sentence.blockIndex] ?? -1;
    const bonus =
      (read.positions.length > 0 ? STANCE_BONUS : 0) + (disputeSections.has(section) ? DISPUTE_SECTION_BONUS : 0);
    scored.push({
      sentence,
      score: score + bonus,
      strong,
      positions: read.positions,
      issueStems: issueStemsOf(tokensOf[sentence.index] ?? tokenize(sentence.text, 'en'), names),
      stanceStems: read.positions.flatMap((p) => issueStemsOf(tokenize(p.stance, 'en'), names)),
    });
  }
  const candidates = scored.filter((s) => s.score >= MIN_SENTENCE_SCORE);
  // The words the article names its parties with ("nurses", "health board"): parties hold issues, they are not one.
  const partyStems = new Set(
    [...positionsAt.values()].flatMap((ps) => ps.flatMap((p) => tokenize(p.actor, 'en').map((t) => t.stem))),
  );

  // 3. The article gate.
  const total = candidates.reduce((sum, s) => sum + s.score, 0);
  const parties = new Set(candidates.flatMap((s) => s.positions.map((p) => p.actor)));
  const outright = candidates.some((s) => s.strong);
  if (
    candidates.length < MIN_EVIDENCE_SENTENCES ||
    total < MIN_ARTICLE_SCORE ||
    (parties.size < MIN_PARTIES && !outright)
  ) {
    return { stickingPoints: [] };
  }

  // 4. Sections with a usable subheading.
  const drafts: Draft[] = [];
  const bySection = new Map<number, Draft>();
  const rest: ScoredSentence[] = [];
  for (const c of candidates) {
    const heading = sectionOf[c.sentence.blockIndex] ?? -1;
    const headingText = heading >= 0 ? blocks[heading]!.text : '';
    if (heading < 0 || !isLabelHeading(headingText)) {
      rest.push(c);
      continue;
    }
    let draft = bySection.get(heading);
    if (!draft) {
      draft = { label: headingText, anchor: null, members: [], bonus: disputeSections.has(heading) ? HEADING_CUE_BONUS : 0 };
      bySection.set(heading, draft);
      drafts.push(draft);
    }
    draft.members.push(c);
  }

  // 5. Group the rest by anchor. Issue words are ranked over the whole article (contention of the sentences that
  // hold them × how often the article uses them, more when the headline does); each sentence joins its best one.
  const titleStems = new Set(tokenize(article.title, 'en').map((t) => t.stem));
  const rank = new Map<string, number>();
  for (const c of rest) {
    for (const stem of c.issueStems) {
      const weight = c.score * Math.log1p(counts.get(stem) ?? 0) * (titleStems.has(stem) ? TITLE_FACTOR : 1);
      rank.set(stem, (rank.get(stem) ?? 0) + weight);
    }
  }
  const byAnchor = new Map<string, Draft>();
  for (const c of rest) {
    const pool = c.stanceStems.length > 0 ? c.stanceStems : c.issueStems;
    const anchor = [...pool].sort((a, b) => (rank.get(b) ?? 0) - (rank.get(a) ?? 0) || (a < b ? -1 : 1))[0];
    if (!anchor) continue;
    let draft = byAnchor.get(anchor);
    if (!draft) {
      draft = { label: null, anchor, members: [], bonus: 0 };
      byAnchor.set(anchor, draft);
      drafts.push(draft);
    }
    draft.members.push(c);
  }

  // Two anchors that keep company ("flu" and "vaccine", "parking" and "fine") name one issue: merge their points.
  const sentencesWith = new Map<string, number[]>();
  for (const d of drafts) if (d.anchor !== null) sentencesWith.set(d.anchor, []);
  stemsOf.forEach((stems, i) => {
    for (const stem of stems) sentencesWith.get(stem)?.push(i);
  });
  const cooccurrence = (a: string, b: string): number => {
    const listA = sentencesWith.get(a) ?? [];
    const setB = new Set(sentencesWith.get(b) ?? []);
    const both = listA.filter((i) => setB.has(i)).length;
    return both / Math.max(1, Math.min(listA.length, setB.size));
  };
  const anchored = drafts.filter((d) => d.anchor !== null).sort((a, b) => draftScore(b) - draftScore(a));
  for (let i = anchored.length - 1; i > 0; i -= 1) {
    const weak = anchored[i]!;
    const strong = anchored.slice(0, i).find((d) => cooccurrence(d.anchor!, weak.anchor!) >= SAME_ISSUE_COOCCURRENCE);
    if (!strong) continue;
    strong.members.push(...weak.members);
    drafts.splice(drafts.indexOf(weak), 1);
  }

  // A heading whose subsections are points is their umbrella ("The issues still blocking a deal"), not a point.
  const umbrellas = new Set([...bySection.keys()].map((h) => parentOf.get(h) ?? -1));
  for (const [heading, draft] of bySection) {
    if (umbrellas.has(heading)) drafts.splice(drafts.indexOf(draft), 1);
  }

  // 6. Name the anchored points by the noun phrase their sentences share; points that name one issue ("pay" and
  // "salaries", "fine" and "penalty") become one, and a point with no nameable issue is a facet of its neighbour
  // (folded into a point with a sentence in the same or the next paragraph) or a side remark (dropped).
  const labelContext: Omit<LabelContext, 'anchor'> = {
    titleStems,
    isIssueStem: (stem) => !names.has(stem) && !NON_ISSUE_STEMS.has(stem) && !partyStems.has(stem),
    countOf: (stem) => counts.get(stem) ?? 0,
    isCommonWord,
  };
  const labels = new Map<Draft, Label | null>();
  const relabel = (d: Draft): void => {
    const texts = [...d.members].sort((a, b) => b.score - a.score).map((m) => m.sentence.text);
    labels.set(d, labelFromSentences(texts, { ...labelContext, anchor: d.anchor }));
  };
  const named = drafts.filter((d) => d.label === null).sort((a, b) => draftScore(b) - draftScore(a));
  named.forEach(relabel);
  for (let i = named.length - 1; i > 0; i -= 1) {
    const weak = named[i]!;
    const label = labels.get(weak);
    const strong = label ? named.slice(0, i).find((d) => sameIssue(labels.get(d), label)) : undefined;
    if (!strong) continue;
    strong.members.push(...weak.members);
    drafts.splice(drafts.indexOf(weak), 1);
    named.splice(i, 1);
  }
  for (const d of [...named].reverse()) {
    if (labels.get(d)) continue;
    const blocksOf = (x: Draft): number[] => x.members.map((m) => m.sentence.blockIndex);
    const near = named.find(
      (x) => x !== d && labels.get(x) && blocksOf(x).some((b) => blocksOf(d).some((c) => Math.abs(b - c) <= NEIGHBOUR_BLOCKS)),
    );
    if (near) near.members.push(...d.members);
    drafts.splice(drafts.indexOf(d), 1);
    named.splice(named.indexOf(d), 1);
  }
  for (const d of named) {
    relabel(d);
    d.label = labels.get(d)?.text ?? null;
  }

  // 7. Evidence, positions, confidence.
  const headingOfDraft = new Map<Draft, number>([...bySection].map(([h, d]) => [d, h]));
  const pointScore = (d: Draft): number => {
    const lone = d.members.length === 1 && d.members[0]!.positions.length === 0;
    return draftScore(d) * (lone ? LONE_SENTENCE_FACTOR : 1);
  };
  const scoredDrafts = drafts.map((d) => ({ draft: d, score: pointScore(d) })).sort((a, b) => b.score - a.score);
  const best = scoredDrafts[0]?.score ?? 0;
  const points: StickingPoint[] = [];
  for (const { draft, score } of scoredDrafts) {
    if (score < best * RELATIVE_FLOOR) continue;
    const top = [...draft.members].sort((a, b) => b.score - a.score).slice(0, MAX_EVIDENCE);
    top.sort((a, b) => a.sentence.index - b.sentence.index);
    const label = draft.label;
    if (!label) continue;
    // Positions: first those in the evidence, then those stated elsewhere about the same issue (its anchor
    // word, or its section).
    const memberIndexes = draft.members.map((m) => m.sentence.index);
    const heading = headingOfDraft.get(draft);
    const related = [...positionsAt.keys()].filter(
      (i) =>
        !memberIndexes.includes(i) &&
        ((draft.anchor !== null && stemsOf[i]?.has(draft.anchor)) ||
          (heading !== undefined && sectionOf[sentences[i]!.blockIndex] === heading)),
    );
    const positions: Position[] = [];
    for (const i of [...memberIndexes, ...related]) {
      for (const p of positionsAt.get(i) ?? []) {
        if (positions.length < MAX_POSITIONS && !positions.some((q) => q.actor === p.actor)) positions.push(p);
      }
    }
    points.push({
      label: label.split(/\s+/).slice(0, MAX_LABEL_WORDS).join(' '),
      evidence: top.map((m) => ({ text: m.sentence.text, index: m.sentence.index })),
      positions,
      confidence: Math.round((1 - Math.exp(-score / CONFIDENCE_SCALE)) * 1000) / 1000,
    });
    if (points.length >= MAX_POINTS) break;
  }
  return { stickingPoints: points };
}
