/**
 * Fits the sticking-points gate (lib/sticking-points/gate.ts) on the dev gold: `npx tsx scripts/fit-gate.ts
 * [--gold DIR] [--train-folds 1,2,3,4] [--out FILE] [--cv]`.
 *
 * Every gold article of the training folds is read and analysed once, with no gate (all candidate points and their
 * features). Then the weights and the threshold are chosen to maximise recall subject to precision ≥ 0.8 and false
 * alarms ≤ 8 of 85 (the same share of the training folds' `none` articles), scored the way
 * `../shared/eval/score-sticking-points.mjs` scores (a point matches a gold point when one of its `anyOf` terms is
 * in the label or the evidence; first 5 points), with the label-only recall and the positions as tie-breaks. The
 * weights come from two logistic regressions (see {@link fitGate}); only the two thresholds are searched.
 *
 * `--out FILE` writes the parameters (default: print them). `--cv` also fits on four folds and scores the fifth,
 * for each fold, and prints the pooled held-out figures (a quick check; `npm run eval` gives the official ones);
 * `--explain 1,2,3` adds each held-out article of those folds with its score and the points it would show;
 * `--resplit SEED` deals the articles into five other folds (a seeded hash of their ids), to check that a choice
 * made on the official folds holds on others.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extractArticle } from '../lib/article/extract';
import { parseHtml } from './cli/parse-html';
import { segmentSentences } from '../lib/text/sentences';
import { tagSentences } from '../lib/text/tagger';
import { findCandidates, type Candidate } from '../lib/sticking-points/find';
import {
  applyGate,
  articleScore,
  GATE_FEATURES,
  gateScore,
  highestFeatures,
  type GateFeature,
  type GateFeatures,
  type GateParams,
} from '../lib/sticking-points/gate';
import { DEFAULT_GOLD_DIR, FOLD_COUNT, readFolds, type FoldEntry } from './folds';

/** The constraints of the fit (issue #9): precision at least this… */
const MIN_PRECISION = 0.8;
/**
 * …and at most this share of `none` articles with a point: 7 of 85 on the training folds, one under the target of 8
 * of 85, as a margin for articles the fit has not seen (held out, the false alarms vary by two or three either way).
 */
const MAX_FALSE_ALARM_SHARE = 7 / 85;
/** Points the scorer reads per article. */
const TOP_K = 5;

interface GoldPoint {
  anyOf: string[];
  positions: { actorAnyOf: string[]; stanceAnyOf: string[] }[];
}

/** One article: its gold and its candidates, each with what it matches. */
interface Item {
  entry: FoldEntry;
  gold: GoldPoint[];
  candidates: { features: GateFeatures; label: string; matches: number[]; labelMatches: number[]; credits: string[] }[];
}

/** The scorer's normalisation: case, curly quotes, dashes and white space. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const has = (text: string, terms: readonly string[]): boolean => terms.some((t) => text.includes(normalise(t)));

/** Reads one article and matches its candidates with its gold points. */
function readItem(entry: FoldEntry, goldDir: string): Item {
  const gold = JSON.parse(readFileSync(`${goldDir}/${entry.id}.json`, 'utf8')) as { stickingPoints?: GoldPoint[] };
  const points = gold.stickingPoints ?? [];
  const html = readFileSync(entry.page, 'utf8');
  const result = extractArticle(parseHtml(html, `file://${entry.page}`), { url: `file://${entry.page}` });
  let candidates: Candidate[] = [];
  if (result.ok) {
    const article = result.value;
    const sentences = segmentSentences(article.text, article.blocks, article.lang ?? 'en');
    candidates = findCandidates(article, tagSentences(article.text, sentences));
  }
  return {
    entry,
    gold: points,
    candidates: candidates.map((c) => {
      const label = normalise(c.point.label);
      const all = normalise([c.point.label, ...c.point.evidence.map((e) => e.text)].join(' \n '));
      const evidence = normalise(c.point.evidence.map((e) => e.text).join(' \n '));
      const credits: string[] = [];
      points.forEach((g, gi) =>
        g.positions.forEach((p, pi) => {
          if (!has(all, g.anyOf)) return;
          const credited = c.point.positions.some(
            (q) =>
              has(normalise(q.actor), p.actorAnyOf) &&
              (has(normalise(q.stance), p.stanceAnyOf) || has(evidence, p.stanceAnyOf)),
          );
          if (credited) credits.push(`${gi}:${pi}`);
        }),
      );
      return {
        features: c.features,
        label,
        matches: points.flatMap((g, i) => (has(all, g.anyOf) ? [i] : [])),
        labelMatches: points.flatMap((g, i) => (has(label, g.anyOf) ? [i] : [])),
        credits,
      };
    }),
  };
}

/** Figures of a parameter set on some articles. */
interface Figures {
  matched: number;
  labelMatched: number;
  goldPoints: number;
  goodPoints: number;
  shownPoints: number;
  falseAlarms: number;
  noneArticles: number;
  silentDisputes: number;
  disputes: number;
  credited: number;
  goldPositions: number;
}

/** Scores parameters on items, as the scorer would. */
function evaluate(items: readonly Item[], params: GateParams): Figures {
  const f: Figures = {
    matched: 0,
    labelMatched: 0,
    goldPoints: 0,
    goodPoints: 0,
    shownPoints: 0,
    falseAlarms: 0,
    noneArticles: 0,
    silentDisputes: 0,
    disputes: 0,
    credited: 0,
    goldPositions: 0,
  };
  for (const item of items) {
    const shown = applyGate(
      item.candidates.map((c) => c.features),
      params,
    ).map((i) => item.candidates[i]!);
    const seen = new Set<string>();
    const top = shown.filter((c) => !seen.has(c.label) && seen.add(c.label)).slice(0, TOP_K);
    if (item.entry.kind === 'none') {
      f.noneArticles += 1;
      if (top.length > 0) f.falseAlarms += 1;
      continue;
    }
    f.disputes += 1;
    if (top.length === 0) f.silentDisputes += 1;
    f.goldPoints += item.gold.length;
    f.goldPositions += item.gold.reduce((n, g) => n + g.positions.length, 0);
    f.matched += new Set(top.flatMap((c) => c.matches)).size;
    f.labelMatched += new Set(top.flatMap((c) => c.labelMatches)).size;
    f.shownPoints += top.length;
    f.goodPoints += top.filter((c) => c.matches.length > 0).length;
    f.credited += new Set(top.flatMap((c) => c.credits)).size;
  }
  return f;
}

/** The objective: recall under the constraints, then label-only recall, then positions; -1 when a constraint fails. */
function objective(f: Figures): number {
  const precision = f.shownPoints === 0 ? 0 : f.goodPoints / f.shownPoints;
  if (precision < MIN_PRECISION || f.falseAlarms > MAX_FALSE_ALARM_SHARE * f.noneArticles) return -1;
  return f.matched + 0.5 * f.labelMatched + 0.1 * f.credited;
}

/** How many point thresholds are tried: quantiles of the training candidates' scores. */
const POINT_THRESHOLD_STEPS = 20;

/** The thresholds for fixed weights: the article threshold swept over the articles' scores, the point one over quantiles. */
function bestThresholds(items: readonly Item[], weights: GateFeatures, articleWeights: GateFeatures): GateParams {
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const articleScores = [
    ...new Set(
      items.map((i) =>
        round(
          articleScore(
            i.candidates.map((c) => c.features),
            { articleWeights },
          ),
        ),
      ),
    ),
  ]
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const pointScores = items
    .flatMap((i) => i.candidates.map((c) => gateScore(c.features, { weights })))
    .sort((a, b) => a - b);
  const pointThresholds = [
    ...new Set(
      Array.from({ length: POINT_THRESHOLD_STEPS + 1 }, (_, k) =>
        round(pointScores[Math.floor((k / POINT_THRESHOLD_STEPS) * (pointScores.length - 1))] ?? 0),
      ),
    ),
  ];
  let best: GateParams = { weights, articleWeights, threshold: Infinity, pointThreshold: Infinity, maxPoints: TOP_K };
  let value = -1;
  for (const threshold of articleScores) {
    for (const pointThreshold of pointThresholds) {
      for (let maxPoints = 1; maxPoints <= TOP_K; maxPoints += 1) {
        const params = { weights, articleWeights, threshold, pointThreshold, maxPoints };
        const v = objective(evaluate(items, params));
        if (v > value) [best, value] = [params, v];
      }
    }
  }
  return best;
}

/**
 * The features the article model reads: few, so that about ninety training articles can fit them. The others
 * describe a point, not whether the article holds a dispute.
 */
const ARTICLE_FEATURES: readonly GateFeature[] =
  'articleSpeakers,articleParties,articleContentious,contention,strong,opposed,articleInstitutional,articleSport,articleCrime'.split(
    ',',
  ) as GateFeature[];

/** L2 penalty of the logistic regressions: keeps weights small, so a handful of articles cannot dominate them. */
const L2 = 1;
/** Gradient-descent steps and step size of the regressions. */
const STEPS = 3000;
const STEP_SIZE = 0.2;

/** An L2-penalised logistic regression by gradient descent; returns the feature weights (the bias is dropped). */
function logisticWeights(
  rows: readonly { x: GateFeatures; y: number }[],
  only: readonly GateFeature[] = GATE_FEATURES,
): GateFeatures {
  // Features are standardised (mean 0, unit deviation) so that the penalty weighs them alike, then the weights are
  // scaled back to the raw features (the shift only moves the bias, which the thresholds absorb).
  const raw = rows.map((r) => GATE_FEATURES.map((f) => (only.includes(f) ? r.x[f] : 0)));
  const n = Math.max(1, rows.length);
  const mean = GATE_FEATURES.map((_, i) => raw.reduce((sum, x) => sum + x[i]!, 0) / n);
  const sd = GATE_FEATURES.map((_, i) => Math.sqrt(raw.reduce((sum, x) => sum + (x[i]! - mean[i]!) ** 2, 0) / n) || 1);
  const xs = raw.map((x) => x.map((v, i) => (v - mean[i]!) / sd[i]!));
  const w = new Array<number>(GATE_FEATURES.length).fill(0);
  let bias = 0;
  for (let step = 0; step < STEPS; step += 1) {
    const grad = new Array<number>(w.length).fill(0);
    let gradBias = 0;
    xs.forEach((x, r) => {
      const z = bias + x.reduce((sum, v, i) => sum + v * w[i]!, 0);
      const error = 1 / (1 + Math.exp(-z)) - rows[r]!.y;
      x.forEach((v, i) => (grad[i]! += error * v));
      gradBias += error;
    });
    w.forEach((_, i) => (w[i] = w[i]! - STEP_SIZE * (grad[i]! / n + L2 * w[i]!)));
    bias -= STEP_SIZE * (gradBias / n);
  }
  return Object.fromEntries(
    GATE_FEATURES.map((f, i) => [f, Math.round((w[i]! / sd[i]!) * 1000) / 1000]),
  ) as GateFeatures;
}

/**
 * Fits the gate on some articles. 1. The article weights: a logistic regression of "the article is a dispute" on
 * its candidates' highest features. 2. The point weights: a logistic regression of "the candidate matches a gold
 * point" on the features of the dispute articles' candidates. 3. The two thresholds that maximise recall under the
 * precision and false-alarm constraints.
 */
export function fitGate(items: readonly Item[]): GateParams {
  const articleWeights = logisticWeights(
    items
      .filter((i) => i.candidates.length > 0)
      .map((i) => ({ x: highestFeatures(i.candidates.map((c) => c.features)), y: i.entry.kind === 'dispute' ? 1 : 0 })),
    ARTICLE_FEATURES,
  );
  const weights = logisticWeights(
    items
      .filter((i) => i.entry.kind === 'dispute')
      .flatMap((i) => i.candidates.map((c) => ({ x: c.features, y: c.matches.length > 0 ? 1 : 0 }))),
  );
  return bestThresholds(items, weights, articleWeights);
}

function format(f: Figures): string {
  const r = (a: number, b: number): string => (b === 0 ? 'nan' : (a / b).toFixed(2));
  return (
    `recall=${r(f.matched, f.goldPoints)} (${f.matched}/${f.goldPoints}) labelOnly=${r(f.labelMatched, f.goldPoints)} ` +
    `precision=${r(f.goodPoints, f.shownPoints)} (${f.goodPoints}/${f.shownPoints}) falseAlarms=${f.falseAlarms}/${f.noneArticles} ` +
    `positions=${r(f.credited, f.goldPositions)} silentDisputes=${f.silentDisputes}/${f.disputes}`
  );
}

function sum(a: Figures, b: Figures): Figures {
  return Object.fromEntries(
    Object.keys(a).map((k) => [k, a[k as keyof Figures] + b[k as keyof Figures]]),
  ) as unknown as Figures;
}

/**
 * Another five folds, for checking that a choice made on the official folds is no accident of them: each kind's
 * articles in the order of a seeded hash of their id, dealt round-robin (`--resplit SEED`, with `--cv`).
 */
function resplit(entries: readonly FoldEntry[], seed: number): FoldEntry[] {
  const hash = (id: string): number => [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_003, seed);
  const kinds = [...new Set(entries.map((e) => e.kind))];
  return kinds.flatMap((kind) =>
    entries
      .filter((e) => e.kind === kind)
      .sort((a, b) => hash(a.id) - hash(b.id))
      .map((e, i) => ({ ...e, fold: (i % FOLD_COUNT) + 1 })),
  );
}

function main(): number {
  const argv = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const goldDir = option('--gold') ?? DEFAULT_GOLD_DIR;
  const folds = (option('--train-folds') ?? '1,2,3,4,5').split(',').map(Number);
  if (folds.some((k) => !Number.isInteger(k) || k < 1 || k > FOLD_COUNT)) {
    console.error(`--train-folds takes fold numbers from 1 to ${FOLD_COUNT}, separated by commas.`);
    return 2;
  }
  let entries: FoldEntry[];
  try {
    entries = readFolds(goldDir);
    const seed = option('--resplit');
    if (seed !== undefined) entries = resplit(entries, Number(seed));
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
  const cv = argv.includes('--cv');
  // --explain 1,2,3: with --cv, print each held-out article of those folds with its score and shown points.
  const explain = (option('--explain') ?? '').split(',').filter(Boolean).map(Number);
  const wanted = cv ? entries : entries.filter((e) => folds.includes(e.fold));
  const items = wanted.map((e) => readItem(e, goldDir));
  const train = items.filter((i) => folds.includes(i.entry.fold));
  const params = fitGate(train);
  console.error(`fitted on folds ${folds.join(',')}: ${format(evaluate(train, params))}`);
  if (cv) {
    let pooled: Figures | null = null;
    for (let k = 1; k <= FOLD_COUNT; k += 1) {
      const p = fitGate(items.filter((i) => i.entry.fold !== k));
      const heldItems = items.filter((i) => i.entry.fold === k);
      const held = evaluate(heldItems, p);
      if (explain.includes(k)) {
        for (const item of heldItems) {
          const score = articleScore(
            item.candidates.map((c) => c.features),
            p,
          );
          const shown = applyGate(
            item.candidates.map((c) => c.features),
            p,
          ).map((i) => item.candidates[i]!);
          console.error(
            `  ${score >= p.threshold ? 'speaks' : 'silent'} ${item.entry.kind.padEnd(7)} ${score.toFixed(2)} (threshold ${p.threshold}) ${item.entry.id.slice(0, 12)} ` +
              `${shown.map((c) => `${c.label}${c.matches.length ? '✓' : ''}`).join(' | ')} gold ${item.gold.length}`,
          );
        }
      }
      console.error(`fold ${k} held out: ${format(held)}`);
      pooled = pooled ? sum(pooled, held) : held;
    }
    console.error(`cross-fold (pooled): ${format(pooled!)}`);
  }
  const text = `${JSON.stringify(params, null, 2)}\n`;
  const out = option('--out');
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
  return 0;
}

process.exitCode = main();
