/**
 * Pools the sticking-points scorer's `--json` outputs (../shared/eval/score-sticking-points.mjs) into one table row
 * per system, so that five folds scored separately read as one figure each.
 *
 *   npx tsx scripts/cross-fold.ts [--gold GOLDDIR] --row NAME FILE.json… [--row NAME FILE.json…]…
 *
 * Each `--row` names a line of the table and the scorer outputs pooled into it: one file for a whole-set run, or
 * one per fold. Files written with `--label-only` (their `summary.labelOnly` is true) feed the label-only recall
 * column; the others feed every other column. The figures are recomputed from the per-article rows, pooled over
 * the files: recall = matched / gold points, label-only recall likewise, precision = system points matching a gold
 * point / system points (dispute articles), false alarms = `none` articles with a point / `none` articles,
 * positions = credited / gold positions, one-to-one recall = maximum one-to-one matches / gold points, "no point" =
 * dispute articles for which the system reported nothing, and failed = articles whose command failed.
 *
 * Each row's articles must be the gold folder's (GOLDDIR, by default ../shared/corpus/sticking-points), each once:
 * a fold that is missing or scored twice is reported on stderr and the exit code is 1 (the table is still printed).
 */
import { readFileSync } from 'node:fs';
import { readFolds } from './folds';

/** One article row of the scorer's --json, the fields read here. */
interface ArticleRow {
  id: string;
  kind: 'dispute' | 'none';
  error?: string | null;
  goldPoints?: number;
  matched?: number;
  matched1to1?: number;
  sysPoints: number;
  sysMatched?: number;
  goldPositions?: number;
  positionsCredited?: number;
  falseAlarm?: boolean;
}

interface ScorerJson {
  summary: { labelOnly?: boolean };
  articles: ArticleRow[];
}

/** Pooled figures of one row. */
export interface Pooled {
  articles: number;
  failed: number;
  goldPoints: number;
  matched: number;
  matched1to1: number;
  sysPoints: number;
  sysMatched: number;
  goldPositions: number;
  positionsCredited: number;
  disputeArticles: number;
  disputeWithoutPoint: number;
  noneArticles: number;
  falseAlarms: number;
}

/** Sums the article rows of several scorer outputs. */
export function pool(rows: ArticleRow[]): Pooled {
  const t: Pooled = {
    articles: rows.length,
    failed: 0,
    goldPoints: 0,
    matched: 0,
    matched1to1: 0,
    sysPoints: 0,
    sysMatched: 0,
    goldPositions: 0,
    positionsCredited: 0,
    disputeArticles: 0,
    disputeWithoutPoint: 0,
    noneArticles: 0,
    falseAlarms: 0,
  };
  for (const r of rows) {
    if (r.error) t.failed++;
    if (r.kind === 'none') {
      t.noneArticles++;
      if (r.falseAlarm) t.falseAlarms++;
      continue;
    }
    t.disputeArticles++;
    if (!r.sysPoints) t.disputeWithoutPoint++;
    t.goldPoints += r.goldPoints ?? 0;
    t.matched += r.matched ?? 0;
    t.matched1to1 += r.matched1to1 ?? 0;
    t.sysPoints += r.sysPoints ?? 0;
    t.sysMatched += r.sysMatched ?? 0;
    t.goldPositions += r.goldPositions ?? 0;
    t.positionsCredited += r.positionsCredited ?? 0;
  }
  return t;
}

const ratio = (a: number, b: number): string => `${b ? (a / b).toFixed(2) : 'nan'} (${a}/${b})`;

/** The cells of one table row. */
export function rowCells(name: string, all: Pooled, labelOnly: Pooled | null): string[] {
  return [
    name,
    ratio(all.matched, all.goldPoints),
    labelOnly ? ratio(labelOnly.matched, labelOnly.goldPoints) : '-',
    ratio(all.sysMatched, all.sysPoints),
    `${all.falseAlarms}/${all.noneArticles}`,
    ratio(all.positionsCredited, all.goldPositions),
    ratio(all.matched1to1, all.goldPoints),
    `${all.disputeWithoutPoint} of ${all.disputeArticles}`,
    String(all.articles),
    String(all.failed + (labelOnly?.failed ?? 0)),
  ];
}

const HEADER = [
  'system',
  'recall',
  'label-only recall',
  'precision',
  'false alarms',
  'positions',
  'one-to-one recall',
  'dispute articles with no point',
  'n',
  'failed',
];

/** Lays out rows as aligned columns. */
export function formatTable(rows: string[][]): string {
  const all = [HEADER, ...rows];
  const widths = HEADER.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return `${all
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

/** Coverage problems of a pool against the gold ids: ids missing, unknown or scored more than once. */
export function coverageProblems(rows: ArticleRow[], goldIds: string[]): string[] {
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
  const problems: string[] = [];
  const twice = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  const missing = goldIds.filter((id) => !seen.has(id));
  const unknown = [...seen.keys()].filter((id) => !goldIds.includes(id));
  if (twice.length) problems.push(`${twice.length} articles scored more than once (${twice.slice(0, 3).join(', ')}…)`);
  if (missing.length) problems.push(`${missing.length} of ${goldIds.length} gold articles missing`);
  if (unknown.length)
    problems.push(`${unknown.length} articles not in the gold folder (${unknown.slice(0, 3).join(', ')})`);
  return problems;
}

const USAGE = 'Usage: npx tsx scripts/cross-fold.ts [--gold GOLDDIR] --row NAME FILE.json… [--row NAME FILE.json…]…';

function main(argv: string[]): number {
  let goldDir: string | undefined;
  const rows: Array<{ name: string; files: string[] }> = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--gold') goldDir = argv[++i];
    else if (arg === '--row') {
      const name = argv[++i];
      if (!name) break;
      rows.push({ name, files: [] });
    } else if (arg.startsWith('--') || !rows.length) {
      process.stderr.write(
        `${arg.startsWith('--') ? `Unknown option ${arg}.` : `${arg} comes before any --row.`} ${USAGE}\n`,
      );
      return 2;
    } else rows.at(-1)!.files.push(arg);
  }
  if (!rows.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let goldIds: string[];
  try {
    goldIds = readFolds(goldDir).map((e) => e.id);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  let status = 0;
  const cells: string[][] = [];
  for (const row of rows) {
    const plain: ArticleRow[] = [];
    const labelOnly: ArticleRow[] = [];
    let unreadable = 0;
    for (const file of row.files) {
      let json: ScorerJson;
      try {
        json = JSON.parse(readFileSync(file, 'utf8')) as ScorerJson;
        if (!Array.isArray(json.articles)) throw new Error('no articles');
      } catch {
        process.stderr.write(`${row.name}: ${file} is missing or is not the scorer's --json output.\n`);
        unreadable++;
        continue;
      }
      (json.summary?.labelOnly ? labelOnly : plain).push(...json.articles);
    }
    if (unreadable) status = 1;
    const problems = coverageProblems(plain, goldIds).map((p) => `${p}`);
    if (labelOnly.length) problems.push(...coverageProblems(labelOnly, goldIds).map((p) => `label-only: ${p}`));
    if (problems.length) {
      process.stderr.write(`${row.name}: ${problems.join('; ')}.\n`);
      status = 1;
    }
    cells.push(rowCells(row.name, pool(plain), labelOnly.length ? pool(labelOnly) : null));
  }
  process.stdout.write(formatTable(cells));
  return status;
}

process.exitCode = main(process.argv.slice(2));
