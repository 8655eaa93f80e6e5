/**
 * Sentence centrality over a bounded similarity graph. LexRank and TextRank (Erkan & Radev 2004,
 * https://arxiv.org/abs/1109.2128; Mihalcea & Tarau 2004, https://aclanthology.org/W04-3252/) compare every pair
 * of sentences, which is quadratic: a 1,000-sentence page means a million comparisons. Here each sentence is
 * compared only with the sentences that share a content stem with it, found through an inverted index, and keeps
 * its {@link NEIGHBOURS} most similar ones; stems so common that their posting list is longer than
 * {@link MAX_POSTINGS} are skipped when looking for neighbours (their idf is near zero anyway). Cost: about
 * sentences × stems per sentence × {@link MAX_POSTINGS}, near-linear in the article's length.
 *
 * Centrality is then the position-aware degree of PACSUM (Zheng & Lapata 2019, https://aclanthology.org/P19-1628/):
 * in news, a sentence that later sentences elaborate on matters more than one that repeats earlier ones, so edges to
 * following sentences count fully and edges to preceding ones count with {@link BACKWARD_WEIGHT}.
 */

/** How many most-similar sentences each sentence keeps as neighbours. */
const NEIGHBOURS = 12;
/**
 * Longest posting list followed when looking for neighbours. A stem found in more sentences than this is too
 * common to tell neighbours apart, and following it would make the cost quadratic on long pages.
 */
const MAX_POSTINGS = 80;
/** Weight of edges to preceding sentences in the directed degree (PACSUM's λ1 relative to λ2 = 1). */
const BACKWARD_WEIGHT = 0;
/**
 * Edges weaker than this fraction of the way from the weakest to the strongest edge are dropped, as in PACSUM's
 * threshold: a single shared rare word should not make two sentences neighbours.
 */
const EDGE_THRESHOLD = 0.1;

/** A sentence as a bag of term ids (distinct, any order). */
export type TermIds = readonly number[];

/** An undirected weighted edge list per sentence. */
export interface SimilarityGraph {
  /** For each sentence, its neighbours' indexes. */
  neighbours: number[][];
  /** For each sentence, the cosine similarity to each neighbour (parallel to `neighbours`). */
  weights: number[][];
}

/**
 * Inverse sentence frequency of each term: log(1 + N / df).
 * @param sentences term ids of every sentence
 * @param termCount number of distinct term ids
 */
export function inverseFrequencies(sentences: readonly TermIds[], termCount: number): Float64Array {
  const df = new Float64Array(termCount);
  for (const terms of sentences) for (const t of terms) df[t]!++;
  const idf = new Float64Array(termCount);
  const n = sentences.length;
  for (let t = 0; t < termCount; t++) idf[t] = Math.log(1 + n / Math.max(1, df[t]!));
  return idf;
}

/** The tf-idf norm of a bag of terms (binary term frequency). */
export function termNorm(terms: TermIds, idf: Float64Array): number {
  let sum = 0;
  for (const t of terms) sum += idf[t]! * idf[t]!;
  return Math.sqrt(sum);
}

/**
 * Builds the bounded similarity graph: each sentence linked to its nearest sentences by idf-weighted cosine,
 * then made symmetric.
 * @param sentences term ids of every sentence
 * @param idf inverse frequency of every term id
 */
export function buildSimilarityGraph(sentences: readonly TermIds[], idf: Float64Array): SimilarityGraph {
  const n = sentences.length;
  const postings = new Map<number, number[]>();
  sentences.forEach((terms, i) => {
    for (const t of terms) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const norms = sentences.map((terms) => termNorm(terms, idf));
  const edges = new Map<number, number>(); // key i * n + j with i < j → weight
  const scores = new Float64Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const terms = sentences[i]!;
    if (norms[i] === 0) continue;
    for (const t of terms) {
      const list = postings.get(t)!;
      if (list.length > MAX_POSTINGS) continue;
      const w = idf[t]! * idf[t]!;
      for (const j of list) {
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j]! += w;
      }
    }
    const candidates = touched.map((j) => ({ j, sim: scores[j]! / (norms[i]! * norms[j]!) }));
    for (const j of touched) scores[j] = 0;
    touched.length = 0;
    candidates.sort((a, b) => b.sim - a.sim || a.j - b.j);
    for (const { j, sim } of candidates.slice(0, NEIGHBOURS)) {
      const key = i < j ? i * n + j : j * n + i;
      edges.set(key, sim);
    }
  }
  let min = Infinity;
  let max = 0;
  for (const w of edges.values()) {
    min = Math.min(min, w);
    max = Math.max(max, w);
  }
  const floor = edges.size ? min + EDGE_THRESHOLD * (max - min) : 0;
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  const weights: number[][] = Array.from({ length: n }, () => []);
  const keys = [...edges.keys()].sort((a, b) => a - b); // a fixed order, so sums are the same on every run
  for (const key of keys) {
    const w = edges.get(key)!;
    if (w < floor) continue;
    const i = Math.floor(key / n);
    const j = key - i * n;
    neighbours[i]!.push(j);
    weights[i]!.push(w);
    neighbours[j]!.push(i);
    weights[j]!.push(w);
  }
  return { neighbours, weights };
}

/**
 * Position-aware degree centrality (PACSUM): the sum of a sentence's edge weights, edges to later sentences
 * counting fully and edges to earlier ones with {@link BACKWARD_WEIGHT}.
 * @returns one value per sentence, scaled so the largest is 1 (all 0 when the graph has no edges)
 */
export function directedCentrality(graph: SimilarityGraph): Float64Array {
  const n = graph.neighbours.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ns = graph.neighbours[i]!;
    const ws = graph.weights[i]!;
    let sum = 0;
    for (let e = 0; e < ns.length; e++) sum += ws[e]! * (ns[e]! > i ? 1 : BACKWARD_WEIGHT);
    out[i] = sum;
  }
  return scaleToUnit(out);
}

/** Divides every value by the largest (leaves all-zero input as is). */
export function scaleToUnit(values: Float64Array): Float64Array {
  let max = 0;
  for (const v of values) max = Math.max(max, v);
  if (max > 0) for (let i = 0; i < values.length; i++) values[i] = values[i]! / max;
  return values;
}
