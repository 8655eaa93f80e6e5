/**
 * Extraction speed under Node (linkedom), as the command line runs it: Crux's `extractArticle` on a freshly parsed
 * document it owns, beside plain Readability on the same page, parse included for both, in the same run. The two
 * alternate run by run (which one goes first flips each time), so neither pays for the other's garbage. Then the
 * breakdown of Crux's time by step (`onStep`), and the pathological pages of `tests/lib/article/stress-pages.ts`
 * through the real command line: time and peak memory. Pages: the extraction corpus and the mission page in
 * `../shared/corpus` (skipped with a note when that folder is absent).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { type ExtractStep, extractArticle } from '../lib/article/extract';
import { makeDeepPage, makeManyParagraphsPage, type StressPage } from '../tests/lib/article/stress-pages';
import { median, ms, printTable } from './stats';

/** Runs per page and system: enough for a stable median on a noisy 2-core machine, few enough to finish in seconds. */
const RUNS = 7;

/** The command line's budget for the stress pages (issue #12): seconds and megabytes. */
const STRESS_BUDGET = { seconds: 15, megabytes: 1024 };

/** Benchmarks extraction on every page found in `corpusDir`, then the stress pages through the command line. */
export function benchExtraction(corpusDir: string): void {
  benchCorpus(corpusDir);
  benchStressPages();
}

function benchCorpus(corpusDir: string): void {
  const pages = listPages(corpusDir);
  if (pages.length === 0) {
    console.log(`extraction: no pages found under ${corpusDir} — skipped.`);
    return;
  }
  const url = 'https://example.com/article';
  const crux: number[] = [];
  const baseline: number[] = [];
  const ratios: number[] = [];
  const parse: number[] = [];
  const steps = new Map<ExtractStep, number[]>();
  for (const file of pages) {
    const html = fs.readFileSync(file, 'utf8');
    const runBaseline = (): number => {
      const t0 = performance.now();
      new Readability(parseHTML(html).document).parse();
      return performance.now() - t0;
    };
    const pageSteps = new Map<ExtractStep, number[]>();
    const pageParse: number[] = [];
    const runCrux = (): number => {
      const lap = new Map<ExtractStep, number>();
      const t0 = performance.now();
      const doc = parseHTML(html).document as unknown as Document;
      pageParse.push(performance.now() - t0);
      extractArticle(doc, {
        url,
        ownsDocument: true,
        onStep: (step, time) => lap.set(step, (lap.get(step) ?? 0) + time),
      });
      const total = performance.now() - t0;
      for (const [step, time] of lap) pageSteps.set(step, [...(pageSteps.get(step) ?? []), time]);
      return total;
    };
    runBaseline();
    runCrux();
    pageSteps.clear();
    pageParse.length = 0;
    const b: number[] = [];
    const c: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      if (run % 2) {
        b.push(runBaseline());
        c.push(runCrux());
      } else {
        c.push(runCrux());
        b.push(runBaseline());
      }
    }
    baseline.push(median(b));
    crux.push(median(c));
    ratios.push(median(c) / median(b));
    parse.push(median(pageParse));
    for (const [step, times] of pageSteps) steps.set(step, [...(steps.get(step) ?? []), median(times)]);
  }
  const b = median(baseline);
  const c = median(crux);
  console.log(
    `\n## Extraction under Node (linkedom parse included), ${pages.length} pages, median of ${RUNS} alternating runs each`,
  );
  printTable(
    ['system', 'median page', 'slowest page', 'ratio to baseline'],
    [
      ['plain Readability (baseline)', ms(b), ms(Math.max(...baseline)), '1.00'],
      [
        'Crux extractArticle (the command line: owns its document)',
        ms(c),
        ms(Math.max(...crux)),
        `${(c / b).toFixed(2)} (per page: median ${median(ratios).toFixed(2)}, worst ${Math.max(...ratios).toFixed(2)})`,
      ],
    ],
  );
  console.log("\nWhere Crux's time goes (median over pages of each page's median):");
  const rows = [['parse (linkedom)', ms(median(parse))]];
  for (const [step, times] of steps) rows.push([step, ms(median(times))]);
  printTable(['step', 'median page'], rows);
}

/** The stress pages: nested 2,000, 5,000 and 20,000 deep, and 200,000 paragraphs. */
function stressPages(): [string, StressPage][] {
  return [
    ['2,000 <div>s deep', makeDeepPage(2_000)],
    ['5,000 <div>s deep', makeDeepPage(5_000)],
    ['20,000 <div>s deep', makeDeepPage(20_000)],
    ['200,000 paragraphs', makeManyParagraphsPage(200_000)],
  ];
}

/**
 * Runs `npm run analyze -- --json` on each stress page (a real process: its own start-up, parse, extraction,
 * analysis and output), with `/usr/bin/time` for the peak memory when it is installed.
 */
function benchStressPages(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crux-stress-'));
  const root = path.resolve(import.meta.dirname, '..');
  const timer = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const rows: string[][] = [];
  try {
    for (const [name, page] of stressPages()) {
      const file = path.join(dir, 'page.html');
      fs.writeFileSync(file, page.html);
      const command = ['npm', 'run', '--silent', 'analyze', '--', '--json', file];
      const t0 = performance.now();
      const run = timer
        ? spawnSync(timer, ['-f', 'peak-kb=%M', ...command], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 })
        : spawnSync(command[0]!, command.slice(1), { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
      const seconds = (performance.now() - t0) / 1000;
      const peak = /peak-kb=(\d+)/.exec(run.stderr ?? '')?.[1];
      const megabytes = peak ? Number(peak) / 1024 : NaN;
      const line = (run.stdout ?? '').trim().split('\n').pop() ?? '';
      let result = 'no result';
      try {
        const json = JSON.parse(line) as { text?: string; timings?: { extractMs: number; analyzeMs: number } };
        const lines = new Set((json.text ?? '').split('\n\n'));
        const missing = page.paragraphs.filter((p) => !lines.has(p)).length;
        result = `${missing === 0 ? 'every paragraph' : `${missing} paragraphs missing`}; extract ${ms(json.timings?.extractMs ?? NaN)}, analyse ${ms(json.timings?.analyzeMs ?? NaN)}`;
      } catch {
        result = `no result (exit ${run.status})`;
      }
      const within =
        seconds <= STRESS_BUDGET.seconds && (Number.isNaN(megabytes) || megabytes <= STRESS_BUDGET.megabytes);
      rows.push([
        name,
        `${(page.html.length / 1e6).toFixed(1)} MB`,
        `${seconds.toFixed(1)} s`,
        Number.isNaN(megabytes) ? 'n/a' : `${Math.round(megabytes)} MB`,
        within ? 'yes' : 'NO',
        result,
      ]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\n## Stress pages through the command line (budget ${STRESS_BUDGET.seconds} s, ${STRESS_BUDGET.megabytes} MB each)`,
  );
  printTable(['page', 'size', 'time', 'peak memory', 'within budget', 'result'], rows);
}

function listPages(corpusDir: string): string[] {
  const dirs = [path.join(corpusDir, 'extraction'), path.join(corpusDir, 'mission')];
  return dirs
    .filter((d) => fs.existsSync(d))
    .flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((f) => f.endsWith('.html'))
        .map((f) => path.join(d, f)),
    );
}
