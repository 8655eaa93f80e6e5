/**
 * Measures `searchNotes` on 10,000 highlights in real Chromium IndexedDB (the budget is 30 ms per keystroke).
 * Bundles `lib/db` with esbuild, serves a page on a fake origin (IndexedDB needs one), fills a database with
 * invented notes (`invented-words.ts`: a 3,000-word vocabulary drawn with a Zipf-like skew, as prose is) and times
 * queries as typed.
 * Not part of `npm test`. Run: `npx tsx bench/search-chromium.ts` (needs `/usr/bin/chromium`).
 */
import { bundleForPage } from './bundle';
import { chromium } from 'playwright-core';

const ENTRY = `
import { createCruxDb } from './db/schema';
import { searchNotes } from './db/search';
import { indexWords } from './db/words';
import { writeWordRows } from './db/word-index';
import { inventWords } from '../bench/invented-words';
export { createCruxDb, searchNotes, indexWords, inventWords, writeWordRows };
`;

const script = await bundleForPage(ENTRY, 'cruxDb');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.route('http://localhost:9/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
  );
  await page.goto('http://localhost:9/');
  await page.addScriptTag({ content: script });
  // tsx compiles this file with esbuild's keepNames, which wraps the evaluated function's inner functions in
  // \`__name(...)\`; the page has no such helper.
  await page.addScriptTag({ content: 'window.__name = (fn) => fn;' });
  const report = await page.evaluate(async () => {
    type Api = typeof import('../lib/db/search') &
      typeof import('../lib/db/schema') &
      typeof import('../lib/db/words') &
      typeof import('../lib/db/word-index') &
      typeof import('./invented-words');
    const api = (window as unknown as { cruxDb: Api }).cruxDb;
    const { vocabulary, word } = api.inventWords(1);
    const db = api.createCruxDb(`bench-${Date.now()}`);
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const quote = Array.from({ length: 25 }, word).join(' ');
      const note = i % 3 === 0 ? Array.from({ length: 8 }, word).join(' ') : '';
      return {
        id: `h${i}`,
        pageKey: `https://site${i % 40}.example/p${i % 700}`,
        site: `site${i % 40}.example`,
        url: '',
        quote,
        selectors: [],
        colour: 'key' as const,
        note,
        tags: i % 10 === 0 ? ['method'] : [],
        words: api.indexWords(quote, note),
        created: i,
        modified: i,
      };
    });
    await db.transaction('rw', db.highlights, db.highlightWords, async () => {
      await db.highlights.bulkAdd(rows);
      await api.writeWordRows(db, 'highlights', rows);
    });
    const common = vocabulary[0]!;
    const rare = vocabulary[2500]!;
    const queries = [
      common[0]!,
      common.slice(0, 3),
      `${common} `,
      `${common} ${vocabulary[1]!.slice(0, 2)}`,
      rare.slice(0, 4),
      `${rare} `,
      'zzzz',
    ];
    const out: string[] = [];
    for (const query of queries) {
      await api.searchNotes(db, query); // warm
      const started = performance.now();
      const result = await api.searchNotes(db, query);
      const ms = performance.now() - started;
      out.push(`"${query}": ${ms.toFixed(1)} ms, ${result.ok ? result.value.total : 'error'} hits`);
    }
    const started = performance.now();
    const filtered = await api.searchNotes(db, '', { site: 'site10.example', tag: 'method' });
    out.push(
      `filters only (site + tag): ${(performance.now() - started).toFixed(1)} ms, ${filtered.ok ? filtered.value.total : 'error'} hits`,
    );
    db.close();
    return out;
  });
  console.log(`searchNotes on 10,000 highlights in Chromium IndexedDB:\n  ${report.join('\n  ')}`);
} finally {
  await browser.close();
}
