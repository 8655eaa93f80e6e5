/**
 * Measures batch anchoring in real Chromium: bundles `lib/anchoring` with esbuild (installed with the build
 * tools), shows a ~20,000-word page, and times `anchorAll` for 100 highlights (a quarter found by quote, a
 * twentieth by fuzzy match). Two pages: real prose (article bodies from `../shared/corpus/extraction`, read at run
 * time, never copied into the repository) and the invented 26-word-vocabulary worst case. Not part of `npm test`.
 * Run: `npx tsx tests/lib/anchoring/bench-chromium.ts` (needs `/usr/bin/chromium`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { makeHighlights, makeLongPage, makeProsePage } from './long-page';

/** Word count of the page the budget is set for. */
const TARGET_WORDS = 20_000;
const CORPUS = path.join(import.meta.dirname, '../../../../shared/corpus/extraction/ground-truth.json');

/** Paragraphs of real article bodies, about `TARGET_WORDS` words in all, or null without the corpus. */
function readProse(): string[] | null {
  if (!existsSync(CORPUS)) return null;
  const truth = JSON.parse(readFileSync(CORPUS, 'utf8')) as Record<string, { articleBody: string }>;
  const paragraphs: string[] = [];
  let words = 0;
  for (const { articleBody } of Object.values(truth)) {
    for (const paragraph of articleBody.split(/\n+/).map((p) => p.trim()).filter(Boolean)) {
      paragraphs.push(paragraph);
      words += paragraph.split(/\s+/).length;
      if (words >= TARGET_WORDS) return paragraphs;
    }
  }
  return paragraphs;
}

/** Shows `html`, anchors 100 highlights five times, and prints the times. */
async function measure(page: Page, label: string, html: string, script: string): Promise<void> {
  await page.setContent(`<!doctype html><html><body>${html}</body></html>`);
  const text = await page.evaluate(() => document.body.textContent ?? '');
  await page.addScriptTag({ content: script });
  const highlights = makeHighlights(text, 100);
  const runs = await page.evaluate((lists) => {
    const api = (window as unknown as { cruxAnchoring: typeof import('../../../lib/anchoring/anchor') }).cruxAnchoring;
    const times: number[] = [];
    let placed = 0;
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      placed = api.anchorAll(document.body, lists).filter(Boolean).length;
      times.push(performance.now() - started);
    }
    return { times, placed };
  }, highlights);
  const words = text.split(/\s+/).filter(Boolean).length;
  console.log(`${label}: ${runs.placed}/100 highlights on ${words} words; runs (ms): ${runs.times.map((t) => t.toFixed(1)).join(', ')}`);
}

const entry = path.join(import.meta.dirname, '../../../lib/anchoring/anchor.ts');
const bundle = await build({ entryPoints: [entry], bundle: true, format: 'iife', globalName: 'cruxAnchoring', write: false });
const script = bundle.outputFiles[0]!.text;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  const prose = readProse();
  if (prose) await measure(page, 'Real prose', makeProsePage(prose), script);
  else console.log('Real prose: skipped (no ../shared/corpus)');
  await measure(page, 'Invented 26-word vocabulary (fuzzy worst case)', makeLongPage(400), script);
} finally {
  await browser.close();
}
