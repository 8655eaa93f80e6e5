/**
 * Crux on the command line: `npm run analyze -- <file.html | URL | -> ... [--json]`. Reads each page with the same
 * lib code the extension runs (under Node with linkedom) and prints the article: readable text by default, or one
 * JSON line per page with `--json`. A thin layer: argument parsing and I/O only.
 *
 * Exit codes: 0 when every page was read (or, with several pages and `--json`, once every page has its line, errors
 * included as `{"file", "error"}` lines); 1 when a page could not be read; 2 for a usage error.
 */
import { extractArticle } from '../lib/article/extract';
import { parseHtml } from './cli/parse-html';
import { readInput } from './cli/read-input';
import {
  buildAnalysisExtras,
  buildArticleRecord,
  buildErrorRecord,
  formatAnalysis,
  formatArticleBody,
  formatArticleHeader,
  type Timings,
} from './cli/report';
import type { Article } from '../lib/article/types';
import { analyzeArticle, type Analysis } from '../lib/analysis/analyze';
import { type Result, ok, err } from '../lib/result';
import type { GateParams } from '../lib/sticking-points/gate';
import { readGateFile } from './gate-file';

const USAGE = 'Usage: npm run analyze -- <file.html | URL | -> [more files…] [--json] [--sentences N] [--gate FILE]';

/** Parsed command line. */
interface Options {
  /** Print JSON lines instead of text. */
  json: boolean;
  /** Files, URLs or "-". */
  sources: string[];
  /** Summary length; the article-adapted default when absent. */
  sentences?: number;
  /** Sticking-points gate parameters read from `--gate FILE`; the committed ones when absent. */
  gate?: GateParams;
}

function parseArgs(argv: string[]): Result<Options, string> {
  const options: Options = { json: false, sources: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--sentences' || arg.startsWith('--sentences=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) return err(`--sentences needs a whole number of at least 1. ${USAGE}`);
      options.sentences = n;
    } else if (arg === '--gate' || arg.startsWith('--gate=')) {
      const file = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!file) return err(`--gate needs a file of gate parameters (JSON). ${USAGE}`);
      const gate = readGateFile(file);
      if (!gate.ok) return gate;
      options.gate = gate.value;
    } else if (arg === '--help' || arg === '-h') return err(USAGE);
    else if (arg.startsWith('--')) return err(`Unknown option ${arg}. ${USAGE}`);
    else options.sources.push(arg);
  }
  if (options.sources.length === 0) return err(`No page given. ${USAGE}`);
  return ok(options);
}

/** One page read and analysed. */
interface Analysed {
  article: Article;
  analysis: Analysis;
  timings: Timings;
}

/** Reads, extracts and analyses one page; every failure, expected or not, becomes one plain sentence. */
async function analyzeSource(
  source: string,
  sentences: number | undefined,
  gate: GateParams | undefined,
): Promise<Result<Analysed, string>> {
  try {
    const input = await readInput(source);
    if (!input.ok) return input;
    const t0 = performance.now();
    const result = extractArticle(parseHtml(input.value.html, input.value.url), {
      url: input.value.url,
      ownsDocument: true,
    });
    const t1 = performance.now();
    if (!result.ok) return err(`${source === '-' ? 'The input on stdin' : `"${source}"`}: ${result.error.message}`);
    const analysis = analyzeArticle(result.value, { sentences, gate });
    const timings = { extractMs: t1 - t0, analyzeMs: performance.now() - t1 };
    return ok({ article: result.value, analysis, timings });
  } catch (e) {
    return err(`Crux could not read ${source === '-' ? 'stdin' : `"${source}"`} (${plain(e)}).`);
  }
}

function plain(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0]!.replace(/\.$/, '') || 'unexpected error';
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  const { json, sources, sentences, gate } = parsed.value;
  const several = sources.length > 1;
  let failures = 0;
  for (const source of sources) {
    const result = await analyzeSource(source, sentences, gate);
    if (result.ok) {
      const { article, analysis, timings } = result.value;
      process.stdout.write(
        json
          ? `${JSON.stringify(buildArticleRecord(source, article, buildAnalysisExtras(analysis, timings)))}\n`
          : `${formatArticleHeader(article)}\n${formatAnalysis(analysis)}\n## Article\n\n${formatArticleBody(article)}`,
      );
      if (!json && several) process.stdout.write('\n');
      continue;
    }
    failures++;
    process.stderr.write(`${result.error}\n`);
    if (json && several) process.stdout.write(`${JSON.stringify(buildErrorRecord(source, result.error))}\n`);
  }
  if (json && several) return 0;
  return failures ? 1 : 0;
}

process.on('uncaughtException', (e) => {
  process.stderr.write(`Crux stopped unexpectedly (${plain(e)}).\n`);
  process.exit(1);
});
process.stdout.on('error', () => process.exit(0)); // reader went away (`| head`): nothing left to say

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Crux stopped unexpectedly (${plain(e)}).\n`);
    process.exitCode = 1;
  },
);
