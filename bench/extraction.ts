/**
 * Extraction speed under Node (linkedom): Crux's `extractArticle` (Readability + cleanup + blocks) beside plain
 * Readability on the same parsed pages, in the same run. Pages: the extraction corpus and the mission page in
 * `../shared/corpus` (skipped with a note when that folder is absent).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/article/extract';
import { median, timeRuns, ms, printTable } from './stats';

/** Runs per page: enough for a stable median on a noisy 2-core machine, few enough to finish in seconds. */
const RUNS = 5;

/** Benchmarks extraction on every page found in `corpusDir`. */
export function benchExtraction(corpusDir: string): void {
  const pages = listPages(corpusDir);
  if (pages.length === 0) {
    console.log(`extraction: no pages found under ${corpusDir} — skipped.`);
    return;
  }
  const crux: number[] = [];
  const baseline: number[] = [];
  for (const file of pages) {
    const html = fs.readFileSync(file, 'utf8');
    const url = 'https://example.com/article';
    baseline.push(median(timeRuns(() => new Readability(parseHTML(html).document).parse(), RUNS)));
    crux.push(median(timeRuns(() => extractArticle(parseHTML(html).document, { url }), RUNS)));
  }
  const b = median(baseline);
  const c = median(crux);
  console.log(
    `\n## Extraction under Node (linkedom parse included), ${pages.length} pages, median of ${RUNS} runs each`,
  );
  printTable(
    ['system', 'median page', 'slowest page', 'ratio to baseline'],
    [
      ['plain Readability (baseline)', ms(b), ms(Math.max(...baseline)), '1.00'],
      ['Crux extractArticle', ms(c), ms(Math.max(...crux)), (c / b).toFixed(2)],
    ],
  );
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
