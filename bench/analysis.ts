/**
 * Analysis speed (summary + sticking points) beside extraction, in the same run, under Node: over the real pages of
 * the extraction corpus, on generated articles of growing length (the cost must stay near-linear), and per 1,000
 * words. Targets (issue 3): median analysis ≤ half the median extraction on real pages; 20,000 words ≤ 250 ms.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/article/extract';
import { analyzeArticle } from '../lib/analysis/analyze';
import { makeSyntheticArticle } from '../lib/analysis/synthetic-article';
import { selectSummary } from '../lib/summary/select';
import { median, timeRuns, ms, printTable } from './stats';

/** Runs per measurement: a stable median on a noisy 2-core machine within seconds. */
const RUNS = 7;

/** Benchmarks analysis against extraction on the corpus pages, then on generated long articles. */
export function benchAnalysis(corpusDir: string): void {
  const dir = path.join(corpusDir, 'extraction');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
  if (files.length) {
    const extractTimes: number[] = [];
    const analyzeTimes: number[] = [];
    for (const file of files) {
      const html = fs.readFileSync(path.join(dir, file), 'utf8');
      const url = 'https://example.com/article';
      const result = extractArticle(parseHTML(html).document, { url });
      if (!result.ok) continue;
      extractTimes.push(median(timeRuns(() => extractArticle(parseHTML(html).document, { url }), RUNS)));
      analyzeTimes.push(median(timeRuns(() => analyzeArticle(result.value), RUNS)));
    }
    const e = median(extractTimes);
    const a = median(analyzeTimes);
    console.log(`\n## Analysis vs extraction on ${analyzeTimes.length} real pages (median of per-page medians, ${RUNS} runs)`);
    printTable(
      ['step', 'median page', 'ratio to extraction', 'target'],
      [
        ['extraction (parse + Readability + cleanup)', ms(e), '1.00', ''],
        ['analysis (summary + sticking points)', ms(a), (a / e).toFixed(2), '≤ 0.50'],
      ],
    );
  } else {
    console.log(`\nanalysis on real pages: no pages under ${dir} — skipped.`);
  }

  console.log(`\n## Analysis on generated articles (median of ${RUNS} runs)`);
  const rows: string[][] = [];
  for (const words of [1_000, 5_000, 20_000, 40_000]) {
    const article = makeSyntheticArticle(words);
    const t = median(timeRuns(() => analyzeArticle(article), RUNS));
    const analysis = analyzeArticle(article);
    const rerank = median(timeRuns(() => selectSummary(analysis.sentences, 5), RUNS));
    rows.push([
      `${words.toLocaleString('en')} words`,
      ms(t),
      ms((t / words) * 1000),
      ms(rerank),
      words === 20_000 ? '≤ 250 ms' : '',
    ]);
  }
  printTable(['article', 'analysis', 'per 1,000 words', 're-rank to 5 sentences', 'target'], rows);
}
