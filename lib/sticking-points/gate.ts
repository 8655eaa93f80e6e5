/**
 * The gate: which candidate sticking points are shown. Each candidate carries a few features (how contentious its
 * sentences are, how many parties take stances on it, whether they oppose each other…); its score is their weighted
 * sum. Whether an article holds a dispute at all is the harder call, so it has weights of its own: the article
 * speaks when the weighted sum of its candidates' highest features reaches the threshold, and then shows its best
 * candidate and every other that reaches the point threshold. The weights and the threshold are not set by
 * hand: `scripts/fit-gate.ts` fits them on the dev gold (maximum recall subject to precision ≥ 0.8 and few false
 * alarms) and writes `gate.json`, which the analysis reads.
 */
import fitted from './gate.json';

/** The features of a candidate point the gate weighs; every value is a number, most of them counts or 0/1. */
export const GATE_FEATURES = [
  'contention',
  'strong',
  'stances',
  'parties',
  'opposed',
  'refusal',
  'sentences',
  'headline',
  'section',
  'rank',
  'articleParties',
  'articleSpeakers',
  'articleContention',
  'articleContentious',
  'articleRefusals',
  'articleInstitutional',
  'articleSport',
  'articleCrime',
  'settled',
  'crime',
] as const;

/** One feature's name. */
export type GateFeature = (typeof GATE_FEATURES)[number];

/** A candidate point's features. */
export type GateFeatures = Record<GateFeature, number>;

/** The gate's parameters. */
export interface GateParams {
  /** Weight of each feature in a candidate's score (how likely it is a real point of the article). */
  weights: GateFeatures;
  /** Weight of each feature, at its highest over the article's candidates, in the article's score. */
  articleWeights: GateFeatures;
  /** An article speaks (shows any point) when its score reaches this. */
  threshold: number;
  /** In an article that speaks, the candidates whose score reaches this are shown (its best one always). */
  pointThreshold: number;
  /** At most this many points are shown besides the article's dispute sections (5 in all at most). */
  maxPoints: number;
}

/** The fitted parameters the extension and the command line use. */
export const FITTED_GATE: GateParams = fitted as GateParams;

/** A weighted sum of features. */
function weighted(features: GateFeatures, weights: GateFeatures): number {
  let score = 0;
  for (const name of GATE_FEATURES) score += (weights[name] ?? 0) * features[name];
  return score;
}

/** A candidate's score: the weighted sum of its features. */
export function gateScore(features: GateFeatures, params: Pick<GateParams, 'weights'>): number {
  return weighted(features, params.weights);
}

/** Each feature's highest value over some candidates (0 for none). */
export function highestFeatures(candidates: readonly GateFeatures[]): GateFeatures {
  return Object.fromEntries(GATE_FEATURES.map((f) => [f, Math.max(0, ...candidates.map((c) => c[f]))])) as GateFeatures;
}

/** An article's score: the weighted sum of its candidates' highest features. */
export function articleScore(candidates: readonly GateFeatures[], params: Pick<GateParams, 'articleWeights'>): number {
  return candidates.length === 0 ? -Infinity : weighted(highestFeatures(candidates), params.articleWeights);
}

/**
 * The gate itself: which of an article's candidates are shown.
 * @returns the indexes of the shown candidates, best first; empty when the article does not speak
 */
export function applyGate(candidates: readonly GateFeatures[], params: GateParams): number[] {
  if (articleScore(candidates, params) < params.threshold) return [];
  const order = candidates.map((f, i) => ({ i, score: gateScore(f, params) })).sort((a, b) => b.score - a.score);
  // A candidate from a section the article itself heads as a dispute ("The issues still blocking a deal") is shown
  // whenever the article speaks: the article names it as an issue, which no fitted weight can know from few examples.
  // The cap applies to the other candidates: the article's own dispute sections are all shown.
  let others = 0;
  return order
    .filter((x, rank) => rank === 0 || x.score >= params.pointThreshold || candidates[x.i]!.section > 0)
    .filter((x) => candidates[x.i]!.section > 0 || (others += 1) <= params.maxPoints)
    .map((x) => x.i);
}
