/**
 * The notes library at 10,000 notes, in headless Chromium with the e2e build and the extension's real IndexedDB:
 * insert 10,000 highlights over 500 pages; the library's first screen (the App's `crux:library-first-screen`
 * mark, from navigation start); the in-memory search index the library then loads in the background (reading all
 * notes, building the index, and updating it after an edit: the `crux:library-index-*` marks); a search as typed once
 * the index is ready (per keystroke: `crux:library-search-input` → the next `crux:library-results-shown`, median);
 * export and import of all 10,000 (the library's own code paths).
 *
 * The notes are written by a small esbuild bundle of `lib/db` evaluated in the library page (so the shipped build
 * carries no test-only globals). Baselines, same run: a raw Dexie `toArray()` of all highlights (what a library
 * that loaded everything would pay before rendering anything), and a blank extension page's load.
 */
import { bundleForPage } from './bundle';
import type { Page } from 'playwright-core';
import { launchExtension } from '../tests/e2e/support/browser';
import { median, ms, printTable } from './stats';

/** The bench's view of the bundled store code. */
type BenchApi = typeof import('../lib/db/schema') &
  typeof import('../lib/db/words') &
  typeof import('../lib/db/word-index') &
  typeof import('../lib/db/export-query') &
  typeof import('../lib/db/import') &
  typeof import('../lib/export/web-annotation') &
  typeof import('../lib/export/markdown') &
  typeof import('../lib/export/parse-annotations') &
  typeof import('./invented-words');

const ENTRY = `
export { createCruxDb } from './db/schema';
export { indexWords } from './db/words';
export { writeWordRows } from './db/word-index';
export { collectForExport } from './db/export-query';
export { importAnnotations } from './db/import';
export { toWebAnnotations, serializeWebAnnotations } from './export/web-annotation';
export { toMarkdown } from './export/markdown';
export { parseAnnotationFile } from './export/parse-annotations';
export { inventWords } from '../bench/invented-words';
`;

const NOTES = 10_000;
const PAGES = 500;
const RUNS = 7;

/** Milliseconds between two marks of the page (the last of each name). */
async function marks(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate(() => {
    const out: Record<string, number[]> = {};
    for (const entry of performance.getEntriesByType('mark')) (out[entry.name] ??= []).push(entry.startTime);
    return out;
  });
}

/** Runs the library bench and prints its table. */
export async function benchLibrary(): Promise<void> {
  const script = await bundleForPage(ENTRY, 'cruxBench');
  const browser = await launchExtension({ build: 'e2e' });
  try {
    const base = `chrome-extension://${browser.extensionId}`;
    const page = await browser.context.newPage();
    // tsx compiles this file with esbuild's keepNames, which wraps evaluated functions' inner functions in `__name`.
    await page.addInitScript('window.__name = (fn) => fn;');
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(`${base}/library.html`);
    await page
      .getByRole('status')
      .filter({ hasText: /notes?$/ })
      .waitFor();
    // Evaluated through DevTools, so the page's CSP (no inline scripts) does not apply.
    await page.evaluate(`${script}`);

    const insertMs = await page.evaluate(
      async ({ notes, pages }) => {
        const api = (window as unknown as { cruxBench: BenchApi }).cruxBench;
        const { word } = api.inventWords(7);
        const colours = ['key', 'evidence', 'question', 'disagree'] as const;
        const now = Date.now();
        const db = api.createCruxDb('crux');
        const pageRows = Array.from({ length: pages }, (_, p) => {
          const title = Array.from({ length: 8 }, word).join(' ');
          const key = `https://site${p % 60}.example/story-${p}`;
          return {
            key,
            site: `site${p % 60}.example`,
            title,
            urls: [key],
            firstSeen: now - 1e9,
            lastSeen: now,
            words: api.indexWords(title),
          };
        });
        const rows = Array.from({ length: notes }, (_, i) => {
          const quote = Array.from({ length: 25 }, word).join(' ');
          const note = i % 3 === 0 ? Array.from({ length: 8 }, word).join(' ') : '';
          const tags = i % 10 === 0 ? ['method'] : [];
          const p = pageRows[i % pages]!;
          const time = now - (notes - i) * 60_000;
          return {
            id: crypto.randomUUID(),
            pageKey: p.key,
            site: p.site,
            url: p.key,
            quote,
            selectors: [{ type: 'TextQuoteSelector' as const, exact: quote, prefix: '', suffix: '' }],
            colour: colours[i % 4]!,
            note,
            tags,
            words: api.indexWords(quote, note, tags.join(' ')),
            created: time,
            modified: time,
          };
        });
        const started = performance.now();
        await db.transaction('rw', db.pages, db.highlights, db.highlightWords, async () => {
          await db.pages.bulkAdd(pageRows);
          await db.highlights.bulkAdd(rows);
          await api.writeWordRows(db, 'highlights', rows);
        });
        const elapsed = performance.now() - started;
        db.close();
        return elapsed;
      },
      { notes: NOTES, pages: PAGES },
    );

    // First screen: reload the library; the App marks when the first results are in the DOM.
    const firstScreen: number[] = [];
    const indexLoad: number[] = [];
    const indexBuild: number[] = [];
    const blank: number[] = [];
    const rawAll: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${base}/library.html`);
      await page.waitForFunction(() => performance.getEntriesByName('crux:library-first-screen').length > 0);
      firstScreen.push((await marks(page))['crux:library-first-screen']!.at(-1)!);
      const shown = await page.locator('.note-card').count();
      if (shown !== 50) throw new Error(`the first screen showed ${shown} notes, not 50`);
      await page.waitForFunction(() => performance.getEntriesByName('crux:library-index-ready').length > 0, undefined, {
        timeout: 10_000,
      });
      const index = await marks(page);
      indexLoad.push(index['crux:library-index-loaded']![0]! - index['crux:library-index-load-start']![0]!);
      indexBuild.push(index['crux:library-index-ready']![0]! - index['crux:library-index-loaded']![0]!);
      await page.evaluate(`${script}`);
      rawAll.push(
        await page.evaluate(async () => {
          const api = (window as unknown as { cruxBench: BenchApi }).cruxBench;
          const db = api.createCruxDb('crux');
          await db.open();
          const started = performance.now();
          const all = await db.highlights.toArray();
          const elapsed = performance.now() - started;
          if (all.length < 10_000) throw new Error('not all notes were read');
          db.close();
          return elapsed;
        }),
      );
      await page.goto(`${base}/popup.html?bench-blank`, { waitUntil: 'domcontentloaded' }).catch(() => {});
      blank.push(
        await page.evaluate(
          () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
        ),
      );
    }

    // Search as typed: one key at a time, waiting for that keystroke's results (once the index is ready).
    await page.goto(`${base}/library.html`);
    await page.waitForFunction(() => performance.getEntriesByName('crux:library-index-ready').length > 0, undefined, {
      timeout: 10_000,
    });
    const box = page.getByRole('searchbox', { name: 'Search your notes' });
    const queries = await page.evaluate(async () => {
      // Words that occur in the notes: a common one, a rarer one, and a page-title word.
      const request = indexedDB.open('crux');
      const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
      const read = (store: string, index: number) =>
        new Promise<{ quote?: string; title?: string }>((resolve) => {
          const cursor = db.transaction(store).objectStore(store).openCursor();
          let i = 0;
          cursor.onsuccess = () => {
            if (i++ === index || !cursor.result) resolve(cursor.result?.value ?? {});
            else cursor.result.continue();
          };
        });
      const a = (await read('highlights', 10)).quote!.split(' ');
      const b = (await read('highlights', 4321)).quote!.split(' ');
      const t = (await read('pages', 77)).title!.split(' ');
      db.close();
      return [`${a[0]} ${b[b.length - 1]}`, t[3]!, b[7]!];
    });
    const perKey: number[] = [];
    for (const query of queries) {
      await box.fill('');
      await page.waitForTimeout(200);
      for (const char of query) {
        const before = (await marks(page))['crux:library-results-shown']?.length ?? 0;
        await box.press(char === ' ' ? 'Space' : char);
        await page.waitForFunction(
          (n) => performance.getEntriesByName('crux:library-results-shown').length > n,
          before,
        );
        const all = await marks(page);
        perKey.push(all['crux:library-results-shown']!.at(-1)! - all['crux:library-search-input']!.at(-1)!);
      }
    }

    // An edit from another context (a Dexie instance of the bench bundle: its change reaches the library's Dexie through
    // the BroadcastChannel, as a save from the background would): the index reads the row and is built again.
    await page.evaluate(`${script}`);
    const indexUpdate: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const before = (await marks(page))['crux:library-index-updated']?.length ?? 0;
      await page.evaluate(async (run) => {
        const api = (window as unknown as { cruxBench: BenchApi }).cruxBench;
        const db = api.createCruxDb('crux');
        const note = (await db.highlights.orderBy('modified').first())!;
        await db.highlights.put({
          ...note,
          note: `edited ${run}`,
          words: api.indexWords(note.quote, `edited ${run}`),
          modified: Date.now(),
        });
        db.close();
      }, run);
      await page.waitForFunction((n) => performance.getEntriesByName('crux:library-index-updated').length > n, before, {
        timeout: 10_000,
      });
      const all = await marks(page);
      indexUpdate.push(all['crux:library-index-updated']!.at(-1)! - all['crux:library-index-update-start']!.at(-1)!);
    }

    // Export and import of all notes: the library's code paths (collect → JSON; parse → merge), timed in the page.
    const io = await page.evaluate(async () => {
      const api = (window as unknown as { cruxBench: BenchApi }).cruxBench;
      const db = api.createCruxDb('crux');
      let started = performance.now();
      const data = await api.collectForExport(db, { kind: 'all' });
      if (!data.ok) throw new Error(`export failed: ${JSON.stringify(data.error)}`);
      const json = api.serializeWebAnnotations(api.toWebAnnotations(data.value, { now: Date.now() }));
      const exportJson = performance.now() - started;
      started = performance.now();
      const markdown = api.toMarkdown(
        (
          (await api.collectForExport(db, { kind: 'all' })) as {
            ok: true;
            value: Parameters<BenchApi['toMarkdown']>[0];
          }
        ).value,
        { now: Date.now() },
      );
      const exportMarkdown = performance.now() - started;
      started = performance.now();
      const batch = api.parseAnnotationFile(json);
      if (!batch.ok) throw new Error(`import refused: ${JSON.stringify(batch.error)}`);
      const parse = performance.now() - started;
      const fresh = api.createCruxDb(`crux-bench-import-${Date.now()}`);
      started = performance.now();
      const merged = await api.importAnnotations(fresh, batch.value);
      const importFresh = performance.now() - started;
      started = performance.now();
      const again = await api.importAnnotations(fresh, batch.value);
      const importAgain = performance.now() - started;
      if (!merged.ok || merged.value.added !== 10_000 || !again.ok || again.value.unchanged !== 10_000)
        throw new Error('import did not merge all notes');
      await fresh.delete();
      db.close();
      return {
        exportJson,
        exportMarkdown,
        parse,
        importFresh,
        importAgain,
        jsonMb: json.length / 1e6,
        mdMb: markdown.length / 1e6,
      };
    });

    console.log(
      `\n## Library: ${NOTES.toLocaleString('en')} notes over ${PAGES} pages (headless Chromium, real IndexedDB; medians of ${RUNS} runs)`,
    );
    printTable(
      ['measure', 'Crux', 'baseline (same run)', 'budget'],
      [
        ['insert 10,000 notes (one transaction)', ms(insertMs), '', ''],
        [
          'library first screen (navigation → 50 notes in the DOM)',
          ms(median(firstScreen)),
          `blank extension page DOM ready ${ms(median(blank))}; Dexie toArray() of all 10,000 ${ms(median(rawAll))}`,
          '≤ 200 ms',
        ],
        [
          'in-memory index: read all notes and pages (in the background, after the first screen)',
          ms(median(indexLoad)),
          '',
          'report',
        ],
        ['in-memory index built (10,000 notes)', ms(median(indexBuild)), '', 'report'],
        ['in-memory index updated after an edit (read the row, build again)', ms(median(indexUpdate)), '', '≤ 150 ms'],
        [
          `search as typed (${perKey.length} keystrokes: input → results in the DOM)`,
          `${ms(median(perKey))} (max ${ms(Math.max(...perKey))})`,
          '',
          '≤ 30 ms',
        ],
        [`export all as Web Annotation JSON (${io.jsonMb.toFixed(1)} MB)`, ms(io.exportJson), '', 'report'],
        [`export all as Markdown (${io.mdMb.toFixed(1)} MB)`, ms(io.exportMarkdown), '', 'report'],
        ['import: read and check the JSON file', ms(io.parse), '', 'report'],
        ['import: merge 10,000 into an empty store', ms(io.importFresh), '', 'report'],
        ['import the same file again (all unchanged)', ms(io.importAgain), '', 'report'],
      ],
    );
  } finally {
    await browser.close();
  }
}
