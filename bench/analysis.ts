/**
 * Analysis speed (tagging + summary + sticking points) under Node, each figure beside a baseline of the same run:
 * on the real pages of the extraction corpus beside plain Readability's parse of the same pages (and Crux's whole
 * extraction), on generated articles of growing length (the cost must stay near-linear), and the English tagger's
 * load (module import + construction), measured apart in fresh Node processes because a process loads it once.
 * Targets (issue 5): median analysis ≤ 0.5 × plain Readability on real pages, 20,000 words ≤ 400 ms.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/article/extract';
import { analyzeArticle } from '../lib/analysis/analyze';
import { makeSyntheticArticle } from './synthetic-article';
import type { Article } from '../lib/article/types';
import { selectSummary } from '../lib/summary/select';
import { median, timeRuns, ms, printTable } from './stats';

/** Runs per measurement: a stable median on a noisy 2-core machine within seconds. */
const RUNS = 7;
/** Fresh processes for the tagger's load time (each loads it once). */
const LOAD_RUNS = 5;

/**
 * Loads `wink-nlp` and its English model and builds the tagger as lib/text/tagger.ts does, in a fresh Node process.
 * Node reads the model's JSON with its own JSON.parse; the extension's bundle parses it in the page (see the
 * popup benchmark's analysis.js injection).
 */
const LOAD_SCRIPT = `
const r0 = performance.now();
require('@mozilla/readability');
const r1 = performance.now();
const t0 = performance.now();
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const t1 = performance.now();
winkNLP(model, ['pos', 'negation']);
const t2 = performance.now();
console.log(JSON.stringify({ readability: r1 - r0, load: t1 - t0, construct: t2 - t1 }));`;

/** Benchmarks the tagger's load, then analysis against Readability on the corpus pages, then long generated articles. */
export function benchAnalysis(corpusDir: string): void {
  const loads = Array.from(
    { length: LOAD_RUNS },
    () =>
      JSON.parse(execFileSync(process.execPath, ['-e', LOAD_SCRIPT], { encoding: 'utf8' })) as {
        readability: number;
        load: number;
        construct: number;
      },
  );
  console.log(
    `\n## English tagger load under Node (fresh process each, median of ${LOAD_RUNS}; paid once per page, before the first analysis)`,
  );
  const readability = median(loads.map((l) => l.readability));
  const load = median(loads.map((l) => l.load));
  const construct = median(loads.map((l) => l.construct));
  printTable(
    ['step', 'median', 'ratio to importing Readability'],
    [
      ['import @mozilla/readability (baseline, same processes)', ms(readability), '1.0'],
      ['import wink-nlp + wink-eng-lite-web-model', ms(load), (load / readability).toFixed(1)],
      ['construct the tagger (winkNLP(model, [pos, negation]))', ms(construct), (construct / readability).toFixed(1)],
    ],
  );

  // Warm: the tagger is loaded and built before any analysis is timed.
  analyzeArticle(makeSyntheticArticle(300));

  const dir = path.join(corpusDir, 'extraction');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
  if (files.length) {
    const readabilityTimes: number[] = [];
    const extractTimes: number[] = [];
    const analyzeTimes: number[] = [];
    const ratios: number[] = [];
    for (const file of files) {
      const html = fs.readFileSync(path.join(dir, file), 'utf8');
      const url = 'https://example.com/article';
      const result = extractArticle(parseHTML(html).document, { url });
      if (!result.ok) continue;
      const r = median(timeRuns(() => new Readability(parseHTML(html).document).parse(), RUNS));
      const a = median(timeRuns(() => analyzeArticle(result.value), RUNS));
      readabilityTimes.push(r);
      extractTimes.push(median(timeRuns(() => extractArticle(parseHTML(html).document, { url }), RUNS)));
      analyzeTimes.push(a);
      ratios.push(a / r);
    }
    const r = median(readabilityTimes);
    const e = median(extractTimes);
    const a = median(analyzeTimes);
    console.log(
      `\n## Analysis vs plain Readability on ${analyzeTimes.length} real pages (median of per-page medians, ${RUNS} runs; tagger loaded)`,
    );
    printTable(
      ['step', 'median page', 'ratio to Readability', 'target'],
      [
        ['plain Readability (linkedom parse + parse(); baseline)', ms(r), '1.00', ''],
        ['Crux extraction (parse + Readability + cleanup)', ms(e), (e / r).toFixed(2), ''],
        ['analysis (tagging + summary + sticking points)', ms(a), (a / r).toFixed(2), '≤ 0.50'],
        ['  per page: median of analysis / Readability', '', median(ratios).toFixed(2), '≤ 0.50'],
        ['  per page: worst analysis / Readability', '', Math.max(...ratios).toFixed(2), ''],
      ],
    );
  } else {
    console.log(`\nanalysis on real pages: no pages under ${dir} — skipped.`);
  }

  console.log(
    `\n## Analysis on generated articles (median of ${RUNS} runs; tagger loaded), beside plain Readability on the same article as HTML`,
  );
  const rows: string[][] = [];
  for (const words of [1_000, 5_000, 20_000, 40_000]) {
    const article = makeSyntheticArticle(words);
    const html = articleHtml(article);
    const r = median(timeRuns(() => new Readability(parseHTML(html).document).parse(), RUNS));
    const t = median(timeRuns(() => analyzeArticle(article), RUNS));
    const analysis = analyzeArticle(article);
    const rerank = median(timeRuns(() => selectSummary(analysis.sentences, 5), RUNS));
    rows.push([
      `${words.toLocaleString('en')} words`,
      ms(r),
      ms(t),
      (t / r).toFixed(2),
      ms((t / words) * 1000),
      ms(rerank),
      words === 20_000 ? '≤ 400 ms' : '',
    ]);
  }
  printTable(
    [
      'article',
      'plain Readability (baseline)',
      'analysis',
      'ratio',
      'analysis per 1,000 words',
      're-rank to 5 sentences',
      'target',
    ],
    rows,
  );
}

/** A generated article as a plain HTML page (title, headings, paragraphs), for Readability to parse. */
function articleHtml(article: Article): string {
  const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = article.blocks
    .map((b) => (b.kind === 'heading' ? `<h2>${escapeHtml(b.text)}</h2>` : `<p>${escapeHtml(b.text)}</p>`))
    .join('\n');
  return `<!doctype html><html><head><title>${escapeHtml(article.title)}</title></head><body><article><h1>${escapeHtml(article.title)}</h1>${body}</article></body></html>`;
}
