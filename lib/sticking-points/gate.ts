/**
 * The gate: which candidate sticking points are shown. Each candidate carries a few features (how contentious its
 * sentences are, how many parties take stances on it, whether they oppose each other…); its score is their weighted
 * sum, and a candidate is shown when the score reaches the threshold. The weights and the threshold are not set by
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
  'settled',
  'crime',
] as const;

/** One feature's name. */
export type GateFeature = (typeof GATE_FEATURES)[number];

/** A candidate point's features. */
export type GateFeatures = Record<GateFeature, number>;

/** The gate's parameters. */
export interface GateParams {
  /** Weight of each feature in a candidate's score. */
  weights: GateFeatures;
  /** A candidate is shown when its score reaches this. */
  threshold: number;
}

/** The fitted parameters the extension and the command line use. */
export const FITTED_GATE: GateParams = fitted as GateParams;

/** A candidate's gate score: the weighted sum of its features. */
export function gateScore(features: GateFeatures, params: GateParams): number {
  let score = 0;
  for (const name of GATE_FEATURES) score += (params.weights[name] ?? 0) * features[name];
  return score;
}
