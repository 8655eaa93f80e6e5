/**
 * Highlights in headless Chromium: re-anchoring and painting a page's 100 stored highlights (what the highlighter
 * does when Crux is opened on a page), beside the time to extract the same page's article in the same browser —
 * the work Crux already does on every open. The library code is bundled with esbuild, exactly the modules the
 * content script uses (`anchorHighlights`, `createPainter` with the CSS Custom Highlight API, `extractArticle`).
 *
 * Pages of about 20,000 words: real prose (article bodies from `../shared/corpus/extraction`, read at run time,
 * never copied) when the corpus is there, and the invented 26-word-vocabulary page, the fuzzy-matching worst case.
 * Highlights: 100 of 60–260 characters, a quarter with a stale position (found by quote), a twentieth edited
 * (found by fuzzy match). Budget: median ≤ 100 ms for anchor + paint.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleForPage } from './bundle';
import { chromium, type Page } from 'playwright-core';
import { makeSelectorLists, makeLongPage, makeProsePage } from '../tests/lib/anchoring/long-page';
import { median, ms, printTable } from './stats';

/** Runs per page: the median of these is quoted (the first, cold run included). */
const RUNS = 7;
/** Highlights per page. */
const HIGHLIGHTS = 100;
/** Words on the measured page. */
const TARGET_WORDS = 20_000;
/** The budget for anchor + paint of 100 highlights, from the issue. */
const BUDGET_MS = 100;

/** What the bundle exposes to the page. */
const ENTRY = `
export { anchorHighlights } from './anchoring/anchor';
export { createPainter } from './anchoring/paint';
export { COLOUR_LIST } from './db/colours';
export { extractArticle } from './article/extract';
`;

/** Paragraphs of real article bodies, about `TARGET_WORDS` words, or null without the corpus. */
function readProse(corpusDir: string): string[] | null {
  const file = path.join(corpusDir, 'extraction', 'ground-truth.json');
  if (!existsSync(file)) return null;
  const truth = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { articleBody: string }>;
  const paragraphs: string[] = [];
  let words = 0;
  for (const { articleBody } of Object.values(truth)) {
    for (const paragraph of articleBody
      .split(/\n+/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      paragraphs.push(paragraph);
      words += paragraph.split(/\s+/).length;
      if (words >= TARGET_WORDS) return paragraphs;
    }
  }
  return paragraphs;
}

/** One page's figures. */
interface PageFigures {
  label: string;
  words: number;
  placed: number;
  paint: 'highlight-api' | 'mark';
  anchorPaint: number[];
  extract: number[];
}

/** Shows a page, then times anchor + paint of 100 highlights and article extraction, `RUNS` times each. */
async function measure(page: Page, label: string, articleHtml: string, script: string): Promise<PageFigures> {
  await page.setContent(
    `<!doctype html><html><head><title>${label}</title></head><body><h1>${label}</h1>${articleHtml}</body></html>`,
  );
  await page.addScriptTag({ content: script });
  // tsx compiles this file with esbuild's keepNames, which wraps functions evaluated in the page in `__name(...)`.
  await page.addScriptTag({ content: 'window.__name = (fn) => fn;' });
  const text = await page.evaluate(() => document.body.textContent ?? '');
  const lists = makeSelectorLists(text, HIGHLIGHTS);
  const figures = await page.evaluate(
    ({ lists, runs }) => {
      type Api = typeof import('../lib/anchoring/anchor') &
        typeof import('../lib/anchoring/paint') &
        typeof import('../lib/db/colours') &
        typeof import('../lib/article/extract');
      const api = (window as unknown as { cruxBench: Api }).cruxBench;
      const items = lists.map((selectors, i) => ({
        id: `h${i}`,
        colour: api.COLOUR_LIST[i % api.COLOUR_LIST.length]!.name,
        selectors,
      }));
      const painter = api.createPainter(document, api.COLOUR_LIST);
      const anchorPaint: number[] = [];
      const extract: number[] = [];
      let placed = 0;
      for (let run = 0; run < runs; run++) {
        painter.unpaintAll();
        const started = performance.now();
        const outcome = api.anchorHighlights(document.body, items);
        for (const { item, range } of outcome.placed) painter.paint(item.id, item.colour, range);
        anchorPaint.push(performance.now() - started);
        placed = outcome.placed.length;
      }
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        api.extractArticle(document, { url: location.href });
        extract.push(performance.now() - started);
      }
      return { anchorPaint, extract, placed, paint: painter.mode };
    },
    { lists, runs: RUNS },
  );
  return { label, words: text.split(/\s+/).filter(Boolean).length, ...figures };
}

/** Benchmarks highlight repaint beside extraction, in headless Chromium (skipped with a note when it is missing). */
export async function benchHighlights(corpusDir: string): Promise<void> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.log(`\nhighlights: no Chromium at ${executablePath} — skipped.`);
    return;
  }
  const script = await bundleForPage(ENTRY, 'cruxBench');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const results: PageFigures[] = [];
  try {
    const page = await browser.newPage();
    const prose = readProse(corpusDir);
    if (prose) results.push(await measure(page, 'Real prose', makeProsePage(prose), script));
    results.push(await measure(page, 'Invented 26-word vocabulary (fuzzy worst case)', makeLongPage(400), script));
    if (!prose) console.log(`(real prose skipped: no ${corpusDir}/extraction)`);
  } finally {
    await browser.close();
  }
  console.log(
    `\n## Highlights in headless Chromium: re-anchor + paint ${HIGHLIGHTS} highlights vs extracting the same page, median of ${RUNS} runs`,
  );
  printTable(
    ['page', 'words', 'placed', 'anchor + paint', 'slowest run', `≤ ${BUDGET_MS} ms`, 'extract (baseline)', 'ratio'],
    results.map((r) => {
      const a = median(r.anchorPaint);
      const e = median(r.extract);
      return [
        r.label,
        String(r.words),
        `${r.placed}/${HIGHLIGHTS}`,
        ms(a),
        ms(Math.max(...r.anchorPaint)),
        a <= BUDGET_MS ? 'yes' : 'NO',
        ms(e),
        (a / e).toFixed(2),
      ];
    }),
  );
  console.log(`Paint: ${results[0]?.paint ?? '?'}.`);
}

// Run directly: `npx tsx bench/highlights.ts`.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await benchHighlights(process.env.CRUX_CORPUS ?? path.resolve(import.meta.dirname, '../../shared/corpus'));
}
