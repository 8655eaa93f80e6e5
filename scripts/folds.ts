/**
 * The folds of the dev gold set for sticking points (../shared/corpus/sticking-points): five folds, so that a gate
 * fitted on four of them is scored on the fifth. The ids (file names without `.json`) are sorted by name, separately
 * for `kind: "dispute"` and `kind: "none"`, and each list is dealt round-robin: fold = position % 5 + 1. Every fold
 * thus gets 5 or 6 of the 29 dispute articles and 17 of the 85 `none` articles, whatever their points.
 *
 *   npx tsx scripts/folds.ts [GOLDDIR] --fold K    the comma-separated ids of fold K (for the scorer's --only)
 *   npx tsx scripts/folds.ts [GOLDDIR] --folds     a table: dispute articles, points, positions, none articles per fold
 *   npx tsx scripts/folds.ts [GOLDDIR] --pages     every page the gold folder references, one absolute path a line
 *
 * GOLDDIR defaults to ../shared/corpus/sticking-points beside this repository. Other scripts import `readFolds`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** How many folds the gold set is dealt into. */
export const FOLD_COUNT = 5;

/** The gold folder used when none is given: ../shared/corpus/sticking-points next to the repository. */
export const DEFAULT_GOLD_DIR = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'sticking-points');

/** One gold article and its fold. */
export interface FoldEntry {
  /** The gold file's name without `.json`. */
  id: string;
  /** Whether the article has sticking points. */
  kind: 'dispute' | 'none';
  /** 1 to FOLD_COUNT. */
  fold: number;
  /** The page, as an absolute path ("file" resolved against the gold folder). */
  page: string;
  /** Gold sticking points (0 for `none`). */
  points: number;
  /** Gold positions over those points. */
  positions: number;
}

interface GoldFile {
  file?: unknown;
  kind?: unknown;
  stickingPoints?: Array<{ positions?: unknown[] }>;
}

/** Reads a gold folder and deals its articles into folds; throws an Error with a plain sentence on bad input. */
export function readFolds(goldDir: string = DEFAULT_GOLD_DIR): FoldEntry[] {
  const dir = path.resolve(goldDir);
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    throw new Error(`The gold folder ${dir} could not be read.`);
  }
  const byKind: Record<'dispute' | 'none', Array<Omit<FoldEntry, 'fold'>>> = { dispute: [], none: [] };
  for (const name of names) {
    let gold: GoldFile;
    try {
      gold = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as GoldFile;
    } catch {
      throw new Error(`The gold file ${path.join(dir, name)} is not valid JSON.`);
    }
    if (gold.kind !== 'dispute' && gold.kind !== 'none') {
      throw new Error(`The gold file ${path.join(dir, name)} has no "kind" of "dispute" or "none".`);
    }
    if (typeof gold.file !== 'string' || !gold.file)
      throw new Error(`The gold file ${path.join(dir, name)} has no "file".`);
    const points = gold.kind === 'dispute' ? (gold.stickingPoints ?? []) : [];
    byKind[gold.kind].push({
      id: name.slice(0, -'.json'.length),
      kind: gold.kind,
      page: path.resolve(dir, gold.file),
      points: points.length,
      positions: points.reduce((n, p) => n + (Array.isArray(p.positions) ? p.positions.length : 0), 0),
    });
  }
  if (!byKind.dispute.length && !byKind.none.length) throw new Error(`The gold folder ${dir} holds no gold files.`);
  const dealt = (list: Array<Omit<FoldEntry, 'fold'>>): FoldEntry[] =>
    [...list]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((entry, position) => ({ ...entry, fold: (position % FOLD_COUNT) + 1 }));
  return [...dealt(byKind.dispute), ...dealt(byKind.none)];
}

/** The ids of fold `k`, dispute articles first, each list in name order. */
export function foldIds(entries: FoldEntry[], k: number): string[] {
  return entries.filter((e) => e.fold === k).map((e) => e.id);
}

/** The folds other than `k`, as the comma-separated list fit-gate.ts takes ("2,3,4,5" for k = 1). */
export function otherFolds(k: number): string {
  return Array.from({ length: FOLD_COUNT }, (_, i) => i + 1)
    .filter((f) => f !== k)
    .join(',');
}

/** The per-fold table printed by `--folds`. */
export function formatFoldTable(entries: FoldEntry[]): string {
  const rows = [['fold', 'disputes', 'points', 'positions', 'none']];
  const total = [0, 0, 0, 0];
  for (let k = 1; k <= FOLD_COUNT; k++) {
    const inFold = entries.filter((e) => e.fold === k);
    const disputes = inFold.filter((e) => e.kind === 'dispute');
    const row = [
      disputes.length,
      disputes.reduce((n, e) => n + e.points, 0),
      disputes.reduce((n, e) => n + e.positions, 0),
      inFold.length - disputes.length,
    ];
    row.forEach((v, i) => (total[i]! += v));
    rows.push([String(k), ...row.map(String)]);
  }
  rows.push(['all', ...total.map(String)]);
  return `${rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(5) : cell.padStart(10))).join('')).join('\n')}\n`;
}

const USAGE = 'Usage: npx tsx scripts/folds.ts [GOLDDIR] (--fold K | --folds | --pages)';

function main(argv: string[]): number {
  let goldDir: string | undefined;
  let mode: 'fold' | 'folds' | 'pages' | undefined;
  let k = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--fold' || arg.startsWith('--fold=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      k = Number(value);
      if (!Number.isInteger(k) || k < 1 || k > FOLD_COUNT) {
        process.stderr.write(`--fold needs a fold number from 1 to ${FOLD_COUNT}. ${USAGE}\n`);
        return 2;
      }
      mode = 'fold';
    } else if (arg === '--folds') mode = 'folds';
    else if (arg === '--pages') mode = 'pages';
    else if (arg.startsWith('--') || goldDir !== undefined) {
      process.stderr.write(
        `${arg.startsWith('--') ? `Unknown option ${arg}.` : 'Only one gold folder can be given.'} ${USAGE}\n`,
      );
      return 2;
    } else goldDir = arg;
  }
  if (!mode) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let entries: FoldEntry[];
  try {
    entries = readFolds(goldDir);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  if (mode === 'fold') process.stdout.write(`${foldIds(entries, k).join(',')}\n`);
  else if (mode === 'folds') process.stdout.write(formatFoldTable(entries));
  else process.stdout.write([...new Set(entries.map((e) => e.page))].map((p) => `${p}\n`).join(''));
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
